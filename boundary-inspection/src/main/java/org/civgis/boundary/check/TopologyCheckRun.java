package org.civgis.boundary.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.LineSidePolygons;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.DataPrecision;
import org.civgis.geo.topology.Finding;
import org.civgis.geo.topology.LineDeviationCheck;
import org.civgis.geo.topology.MarkerCheck;
import org.civgis.geo.topology.RecordedLine;
import org.civgis.geo.topology.RecordedMarker;
import org.locationtech.jts.geom.Geometry;

/**
 * Runs the full topology check of a scope and stores its report; see the package contract. The
 * caller owns the transaction (a job's).
 */
public final class TopologyCheckRun {
  private static final int MAX_DIVISIONS = 1_000_000;
  private static final int MAX_MARKERS = 1_000_000;

  private final DivisionRepository divisions;
  private final BoundaryLineRepository lines;
  private final MarkerRepository markers;
  private final CheckRunRepository runs;

  public TopologyCheckRun(
      DivisionRepository divisions,
      BoundaryLineRepository lines,
      MarkerRepository markers,
      CheckRunRepository runs) {
    this.divisions = divisions;
    this.lines = lines;
    this.markers = markers;
    this.runs = runs;
  }

  /** The outcome: the stored run and the number of findings. */
  public record Outcome(long runId, int findings, Map<String, Integer> counts) {}

  /**
   * What a check found, before it is stored: the findings with the names of their subjects (in the
   * findings' order), what was checked and the tolerances used.
   */
  public record Report(
      List<Finding> findings,
      List<List<String>> subjectNames,
      CheckTolerances tolerances,
      int units,
      int lines,
      int markers) {
    /** The number of findings of each type and of each severity. */
    public Map<String, Integer> counts() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Finding finding : findings) {
        counts.merge(finding.type().name(), 1, Integer::sum);
        counts.merge(finding.severity().name(), 1, Integer::sum);
      }
      return counts;
    }
  }

  /**
   * Checks {@code scopeCode} as of {@code asOf} with the thresholds of {@code thresholds} (its grid
   * scale is replaced by the data's) and stores the report.
   */
  public Outcome run(
      String scopeCode,
      LocalDate asOf,
      CheckTolerances thresholds,
      String createdBy,
      CheckProgress progress) {
    long started = System.nanoTime();
    Report report = check(scopeCode, asOf, thresholds, (f, m) -> progress.update(0.95 * f, m));
    progress.update(0.95, "保存检查报告");
    long runId = runs.startRun(scopeCode, asOf, report.tolerances(), createdBy);
    for (int k = 0; k < report.findings().size(); k++) {
      runs.addFinding(runId, report.findings().get(k), report.subjectNames().get(k));
    }
    Map<String, Integer> counts = report.counts();
    long ms = (System.nanoTime() - started) / 1_000_000;
    runs.finishRun(runId, counts, report.units(), report.lines(), report.markers(), ms);
    progress.update(1, "检查完成");
    return new Outcome(runId, report.findings().size(), counts);
  }

  /**
   * Checks {@code scopeCode} as of {@code asOf} as {@link #run} does, without storing anything
   * (reads only).
   */
  public Report check(
      String scopeCode, LocalDate asOf, CheckTolerances thresholds, CheckProgress progress) {
    progress.update(0, "读取区划");
    List<Division> valid = divisions.find(DivisionQuery.asOf(asOf, MAX_DIVISIONS));
    Division scope =
        valid.stream()
            .filter(d -> d.code().equals(scopeCode))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException(asOf + " 没有区划代码为 " + scopeCode + " 的区划"));
    Map<String, String> names = new HashMap<>();
    List<CoverageUnit> units = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (Division d : valid) {
      names.put(d.code(), d.name());
      if (scope.contains(d.code())) {
        units.add(
            new CoverageUnit(
                d.code(), d.code().equals(scopeCode) ? null : d.parentCode(), d.geometry()));
        geometries.add(d.geometry());
      }
    }
    CheckTolerances tolerances = thresholds.withGridScale(DataPrecision.detect(geometries));

    List<Finding> findings =
        new ArrayList<>(
            new CoverageCheck(tolerances).run(units, (f, m) -> progress.update(0.05 + 0.8 * f, m)));

    progress.update(0.85, "检查界线");
    List<BoundaryLine> scopeLines = new ArrayList<>();
    List<RecordedLine> recorded = new ArrayList<>();
    Map<String, Geometry> lineGeometries = new HashMap<>();
    Map<String, String> lineNames = new HashMap<>();
    java.util.Set<String> allLines = new java.util.HashSet<>();
    for (BoundaryLine line : lines.current(asOf)) {
      allLines.add(line.lineCode());
      if (scope.contains(line.leftCode()) || scope.contains(line.rightCode())) {
        String id = "L:" + line.lineCode();
        scopeLines.add(line);
        recorded.add(new RecordedLine(id, line.leftCode(), line.rightCode(), line.geometry()));
        lineGeometries.put(id, line.geometry());
        lineNames.put(
            id,
            names.getOrDefault(line.leftCode(), line.leftCode())
                + "—"
                + names.getOrDefault(line.rightCode(), line.rightCode())
                + "界线");
      }
    }
    findings.addAll(
        LineDeviationCheck.check(recorded, LineSidePolygons.of(valid, scopeLines), tolerances));

    progress.update(0.95, "检查界桩");
    List<RecordedMarker> recordedMarkers = new ArrayList<>();
    for (BoundaryMarker marker :
        markers.find(new MarkerRepository.Query(null, null, false, MAX_MARKERS, 0))) {
      String lineId = "L:" + marker.lineCode();
      boolean ofScopeLine = lineGeometries.containsKey(lineId);
      boolean strayInScope =
          !allLines.contains(marker.lineCode())
              && scope.geometry() != null
              && scope.geometry().getEnvelopeInternal().contains(marker.position().getCoordinate());
      if (!ofScopeLine && !strayInScope) {
        continue;
      }
      String id = "M:" + marker.id();
      names.put(id, marker.number());
      recordedMarkers.add(
          new RecordedMarker(
              id,
              marker.number(),
              lineId,
              marker.sequence(),
              marker.typeCode(),
              marker.position()));
    }
    findings.addAll(MarkerCheck.check(recordedMarkers, lineGeometries, tolerances));

    names.putAll(lineNames);
    List<List<String>> subjectNames = new ArrayList<>();
    for (Finding finding : findings) {
      subjectNames.add(
          finding.subjects().stream()
              .map(s -> names.getOrDefault(s, s.startsWith("L:") ? s.substring(2) : s))
              .toList());
    }
    progress.update(1, "检查完成");
    return new Report(
        findings, subjectNames, tolerances, units.size(), recorded.size(), recordedMarkers.size());
  }
}

package org.civgis.boundary.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.division.Division;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.DataPrecision;
import org.civgis.geo.topology.Finding;
import org.civgis.geo.topology.FindingType;
import org.civgis.geo.topology.RecordedLine;
import org.civgis.geo.topology.Severity;
import org.civgis.geo.topology.SharedEdge;
import org.civgis.geo.topology.SharedEdgeFinder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The checks on save of a geometry edit.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The units checked are the parents of the edited divisions with all their children, and the
 *       edited divisions with their own children, as they are and as the edit leaves them ({@link
 *       CoverageCheck}); the recorded boundary lines with a side among the edited divisions are
 *       checked against the shared edges (the vertices' distance from it), except the lines between
 *       two edited divisions when they are derived again after the write.
 *   <li>A finding counts when it names an edited division and was not there before (same type and
 *       subjects) or grew (its measure by more than 0.1 %).
 *   <li>On save, a gap is a warning (the land stays in the parent; the topology check keeps
 *       reporting it until closed), and so is a boundary line left off the edge (a recorded line is
 *       a document, it is not rewritten by a polygon edit); informational findings do not count;
 *       the others keep their severity: overlaps, parts outside the parent and invalid polygons are
 *       errors.
 * </ol>
 */
final class SaveChecks {
  private SaveChecks() {}

  /** The findings an edit causes, split by what they do to the save. */
  record Result(List<Finding> errors, List<Finding> warnings) {
    /** Throws unless there are no errors and the warnings are none or acknowledged. */
    void requireAcceptable(boolean acknowledged) {
      if (!errors.isEmpty()) {
        List<Finding> all = new ArrayList<>(errors);
        all.addAll(warnings);
        throw new EditRefusedException(
            EditRefusedException.Reason.FINDINGS,
            "geometry",
            "修改后将出现 " + errors.size() + " 处错误：" + summary(errors) + "；修改未保存",
            all,
            false);
      }
      if (!warnings.isEmpty() && !acknowledged) {
        throw new EditRefusedException(
            EditRefusedException.Reason.FINDINGS,
            "acknowledgeWarnings",
            "修改后将出现 "
                + warnings.size()
                + " 处警告："
                + summary(warnings)
                + "；确认后保存（acknowledgeWarnings=true），确认将记入修改记录",
            warnings,
            true);
      }
    }
  }

  /**
   * The findings the edit {@code moved} (code → new geometry) causes among {@code valid}; the
   * coverage is checked inside {@code window} only (the extent of the changed vertices with a
   * margin: outside it nothing changed), the validity of the moved polygons in full.
   */
  static Result run(
      Map<String, Division> valid,
      Map<String, Geometry> moved,
      List<BoundaryLine> currentLines,
      boolean linesFollow,
      Envelope window) {
    Set<String> groups = new LinkedHashSet<>();
    for (String code : moved.keySet()) {
      Division d = valid.get(code);
      if (d != null && d.parentCode() != null) {
        groups.add(d.parentCode());
      }
      groups.add(code);
    }
    Geometry clip = null;
    List<CoverageUnit> before = new ArrayList<>();
    List<CoverageUnit> after = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (Division d : valid.values()) {
      if (groups.contains(d.code())
          || (d.parentCode() != null && groups.contains(d.parentCode()))) {
        Geometry was = d.geometry();
        Geometry will = moved.getOrDefault(d.code(), d.geometry());
        if (was != null) {
          geometries.add(was);
        }
        if (window != null) {
          if (clip == null) {
            clip = (was != null ? was : will).getFactory().toGeometry(window);
          }
          Geometry wasClipped = clipped(was, clip, window);
          Geometry willClipped = clipped(will, clip, window);
          if (wasClipped == null && willClipped == null) {
            continue; // away from the edit: the same before and after
          }
          // a unit passed without geometry would count as not drawn, which hides gaps
          was = wasClipped != null || was == null ? wasClipped : was;
          will = willClipped != null || will == null ? willClipped : will;
        }
        before.add(new CoverageUnit(d.code(), d.parentCode(), was));
        after.add(new CoverageUnit(d.code(), d.parentCode(), will));
      }
    }
    CheckTolerances tolerances =
        CheckTolerances.DEFAULT.withGridScale(DataPrecision.detect(geometries));
    CoverageCheck check = new CoverageCheck(tolerances);
    List<Finding> was = new ArrayList<>(check.run(before, CheckProgress.NONE));
    List<Finding> will = new ArrayList<>(check.run(after, CheckProgress.NONE));
    for (Map.Entry<String, Geometry> entry : moved.entrySet()) {
      // clipping may hide an invalid ring elsewhere: the moved polygons are validated whole
      if (entry.getValue() != null && !entry.getValue().isValid()) {
        org.locationtech.jts.operation.valid.TopologyValidationError error =
            new org.locationtech.jts.operation.valid.IsValidOp(entry.getValue())
                .getValidationError();
        will.add(
            Finding.of(
                FindingType.INVALID_GEOMETRY,
                List.of(entry.getKey()),
                entry.getValue().getFactory().createPoint(error.getCoordinate()),
                null,
                null,
                error.getMessage()));
      }
    }

    // each recorded line against the shared edge of its two sides, before and after
    for (BoundaryLine line : currentLines) {
      boolean touches = moved.containsKey(line.leftCode()) || moved.containsKey(line.rightCode());
      boolean follows =
          linesFollow && moved.containsKey(line.leftCode()) && moved.containsKey(line.rightCode());
      Division left = valid.get(line.leftCode());
      Division right = valid.get(line.rightCode());
      if (!touches
          || follows
          || left == null
          || right == null
          || (window != null && !line.geometry().getEnvelopeInternal().intersects(window))) {
        continue; // a line away from the changed vertices keeps its shared edge
      }
      Geometry lineGeometry = line.geometry();
      Geometry leftBefore = left.geometry();
      Geometry rightBefore = right.geometry();
      Geometry leftAfter = moved.getOrDefault(left.code(), left.geometry());
      Geometry rightAfter = moved.getOrDefault(right.code(), right.geometry());
      if (window != null) {
        // inside the window only: outside it neither the line nor its edge changes
        Geometry box = lineGeometry.getFactory().toGeometry(window);
        lineGeometry = lineGeometry.intersection(box);
        leftBefore = clipped(leftBefore, box, window);
        rightBefore = clipped(rightBefore, box, window);
        leftAfter = clipped(leftAfter, box, window);
        rightAfter = clipped(rightAfter, box, window);
        if (lineGeometry.isEmpty()) {
          continue;
        }
      }
      List<RecordedLine> recorded =
          List.of(
              new RecordedLine(
                  "L:" + line.lineCode(), line.leftCode(), line.rightCode(), lineGeometry));
      was.addAll(
          lineCheck(recorded, left.code(), leftBefore, right.code(), rightBefore, tolerances));
      will.addAll(
          lineCheck(recorded, left.code(), leftAfter, right.code(), rightAfter, tolerances));
    }

    Map<String, Double> known = new HashMap<>();
    for (Finding f : was) {
      known.merge(key(f), f.measure() == null ? 0 : f.measure(), Double::sum);
    }
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (Finding f : will) {
      if (f.subjects().stream().noneMatch(moved::containsKey)) {
        continue;
      }
      Double old = known.get(key(f));
      boolean isNew = old == null || (f.measure() != null && f.measure() > old * 1.001 + 1e-6);
      if (!isNew || f.severity() == Severity.INFO) {
        continue;
      }
      Severity onSave =
          f.type() == FindingType.GAP || f.type() == FindingType.LINE_OFF_EDGE
              ? Severity.WARNING
              : f.severity();
      Finding counted =
          new Finding(
              f.type(), onSave, f.subjects(), f.geometry(), f.measure(), f.zoneEpsg(), f.detail());
      (onSave == Severity.ERROR ? errors : warnings).add(counted);
    }
    return new Result(errors, warnings);
  }

  /** Metres per degree bound every distance in degrees from above (as the full check does). */
  private static final double MAX_METERS_PER_DEGREE = 112_000;

  /**
   * The deviation of the line's vertices from the shared edge of its sides (one way, vertices only:
   * what an edit of a polygon moves), as a {@link FindingType#LINE_OFF_EDGE} over the tolerance;
   * the full check (Hausdorff distance) stays with the topology check.
   */
  private static List<Finding> lineCheck(
      List<RecordedLine> recorded,
      String leftCode,
      Geometry left,
      String rightCode,
      Geometry right,
      CheckTolerances tolerances) {
    RecordedLine line = recorded.get(0);
    List<String> subjects = List.of(line.id(), line.sideA(), line.sideB());
    List<SharedEdge> edges =
        SharedEdgeFinder.find(
            List.of(
                new CoverageUnit(leftCode, null, left), new CoverageUnit(rightCode, null, right)));
    if (edges.isEmpty() || edges.get(0).geometry().isEmpty()) {
      return List.of(
          Finding.of(
              FindingType.LINE_OFF_EDGE, subjects, line.geometry(), null, null, "两侧区划已无公共边"));
    }
    Geometry edge = edges.get(0).geometry();
    IndexedFacetDistance index = new IndexedFacetDistance(edge);
    double farthest = 0;
    Point at = null;
    for (Coordinate c : line.geometry().getCoordinates()) {
      Point p = edge.getFactory().createPoint(c);
      double d = index.distance(p);
      if (d > farthest) {
        farthest = d;
        at = p;
      }
    }
    if (at == null || farthest * MAX_METERS_PER_DEGREE <= tolerances.lineToleranceMeters()) {
      return List.of();
    }
    Coordinate[] ends = index.nearestPoints(at);
    LineString where =
        edge.getFactory().createLineString(new Coordinate[] {ends[0].copy(), ends[1].copy()});
    where.setSRID(Srid.CGCS2000);
    MetricMeasure measure = MetricMeasure.of(where);
    if (measure.lengthMeters() <= tolerances.lineToleranceMeters()) {
      return List.of();
    }
    return List.of(
        Finding.of(
            FindingType.LINE_OFF_EDGE,
            subjects,
            where,
            measure.lengthMeters(),
            measure.zone().epsg(),
            String.format(
                Locale.ROOT,
                "界线与修改后的公共边最大相距 %.1f 米，超过限差 %.1f 米",
                measure.lengthMeters(),
                tolerances.lineToleranceMeters())));
  }

  private static Geometry clipped(Geometry g, Geometry clip, Envelope window) {
    if (g == null || !g.getEnvelopeInternal().intersects(window)) {
      return null;
    }
    if (window.contains(g.getEnvelopeInternal())) {
      return g;
    }
    Geometry part = g.intersection(clip);
    return part.isEmpty() ? null : part;
  }

  /** The measure in readable units: km² from 1 km² on, m² below; metres; counts as integers. */
  static String measureText(Finding f) {
    if (f.measure() == null) {
      return null;
    }
    double m = f.measure();
    return switch (f.type().unit()) {
      case SQUARE_METERS ->
          m >= 1e6
              ? String.format(Locale.ROOT, "%.2f 平方千米", m / 1e6)
              : String.format(Locale.ROOT, "%.0f 平方米", m);
      case METERS ->
          m >= 1000
              ? String.format(Locale.ROOT, "%.2f 千米", m / 1000)
              : String.format(Locale.ROOT, "%.1f 米", m);
      case COUNT -> String.format(Locale.ROOT, "%d 个", Math.round(m));
      case NONE -> null;
    };
  }

  private static String summary(List<Finding> findings) {
    List<String> parts = new ArrayList<>();
    for (Finding f : findings) {
      String measure = measureText(f);
      parts.add(f.type().chineseName() + (measure == null ? "" : " " + measure));
      if (parts.size() == 5) {
        break;
      }
    }
    return String.join("、", parts) + (findings.size() > 5 ? " 等" : "");
  }

  private static String key(Finding f) {
    return f.type() + ":" + f.subjects().stream().sorted().toList();
  }
}

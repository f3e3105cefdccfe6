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
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.DataPrecision;
import org.civgis.geo.topology.Finding;
import org.civgis.geo.topology.FindingType;
import org.civgis.geo.topology.LineDeviationCheck;
import org.civgis.geo.topology.RecordedLine;
import org.civgis.geo.topology.Severity;
import org.civgis.geo.topology.SharedEdgeFinder;
import org.locationtech.jts.geom.Geometry;

/**
 * The checks on save of a geometry edit.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The units checked are the parents of the edited divisions with all their children, and the
 *       edited divisions with their own children, as they are and as the edit leaves them ({@link
 *       CoverageCheck}); the recorded boundary lines with a side among the edited divisions are
 *       checked against the shared edges ({@link LineDeviationCheck}), except the lines between two
 *       edited divisions when they are derived again after the write.
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

  static Result run(
      Map<String, Division> valid,
      Map<String, Geometry> moved,
      List<BoundaryLine> currentLines,
      boolean linesFollow) {
    Set<String> groups = new LinkedHashSet<>();
    for (String code : moved.keySet()) {
      Division d = valid.get(code);
      if (d != null && d.parentCode() != null) {
        groups.add(d.parentCode());
      }
      groups.add(code);
    }
    List<CoverageUnit> before = new ArrayList<>();
    List<CoverageUnit> after = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (Division d : valid.values()) {
      if (groups.contains(d.code())
          || (d.parentCode() != null && groups.contains(d.parentCode()))) {
        before.add(new CoverageUnit(d.code(), d.parentCode(), d.geometry()));
        after.add(
            new CoverageUnit(d.code(), d.parentCode(), moved.getOrDefault(d.code(), d.geometry())));
        if (d.geometry() != null) {
          geometries.add(d.geometry());
        }
      }
    }
    geometries.addAll(moved.values().stream().filter(g -> g != null).toList());
    CheckTolerances tolerances =
        CheckTolerances.DEFAULT.withGridScale(DataPrecision.detect(geometries));
    CoverageCheck check = new CoverageCheck(tolerances);
    List<Finding> was = new ArrayList<>(check.run(before, CheckProgress.NONE));
    List<Finding> will = new ArrayList<>(check.run(after, CheckProgress.NONE));

    List<RecordedLine> recorded = new ArrayList<>();
    for (BoundaryLine line : currentLines) {
      boolean touches = moved.containsKey(line.leftCode()) || moved.containsKey(line.rightCode());
      boolean follows =
          linesFollow && moved.containsKey(line.leftCode()) && moved.containsKey(line.rightCode());
      if (touches && !follows) {
        recorded.add(
            new RecordedLine(
                "L:" + line.lineCode(), line.leftCode(), line.rightCode(), line.geometry()));
      }
    }
    if (!recorded.isEmpty()) {
      was.addAll(
          LineDeviationCheck.check(
              recorded, SharedEdgeFinder.byPair(SharedEdgeFinder.find(before)), tolerances));
      will.addAll(
          LineDeviationCheck.check(
              recorded, SharedEdgeFinder.byPair(SharedEdgeFinder.find(after)), tolerances));
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

package org.civgis.boundary.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.SharedEdge;
import org.civgis.geo.topology.SharedEdgeFinder;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Derives boundary lines from the polygons of divisions.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The drawn divisions of each level are taken as a coverage and their shared edges found
 *       ({@link SharedEdgeFinder}). An edge belongs to the line between the two sides' units at the
 *       highest level at which they differ: the unit of a division at level k is its ancestor (or
 *       itself) of level k or below whose parent is above level k, so a county-level city directly
 *       under the region (石河子市) is its own prefecture-level unit.
 *   <li>A line is taken from the coarsest level of polygons that yields it (county polygons give
 *       the county- and prefecture-level lines; township polygons add only township-level lines).
 *   <li>Only lines with a side inside {@code scope} are derived.
 * </ol>
 */
public final class LineDerivation {
  private LineDerivation() {}

  /** A derived line, not stored. */
  public record DerivedLine(
      String lineCode,
      DivisionLevel level,
      String leftCode,
      String rightCode,
      MultiLineString geometry) {}

  /**
   * The lines of {@code divisions} (one version per code, e.g. those valid on a day) with a side in
   * {@code scope}, in line-code order.
   */
  public static List<DerivedLine> derive(List<Division> divisions, Division scope) {
    Map<String, Division> byCode = new HashMap<>();
    for (Division d : divisions) {
      byCode.put(d.code(), d);
    }
    Map<String, DerivedLine> lines = new TreeMap<>();
    Set<String> taken = new LinkedHashSet<>();
    for (DivisionLevel polygons : DivisionLevel.values()) {
      if (polygons.number() > DivisionLevel.TOWNSHIP.number()) {
        break; // administrative boundary lines run between townships at the lowest
      }
      List<CoverageUnit> units = new ArrayList<>();
      GeometryFactory factory = null;
      for (Division d : divisions) {
        if (d.level() == polygons && d.geometry() != null && !d.geometry().isEmpty()) {
          units.add(new CoverageUnit(d.code(), d.parentCode(), d.geometry()));
          factory = d.geometry().getFactory();
        }
      }
      if (units.size() < 2) {
        continue;
      }
      Map<String, Pending> pending = new TreeMap<>();
      for (SharedEdge edge : SharedEdgeFinder.find(units)) {
        Division a = byCode.get(edge.leftId());
        Division b = byCode.get(edge.rightId());
        for (DivisionLevel level : DivisionLevel.values()) {
          if (level.number() > polygons.number()) {
            break;
          }
          Division ua = unitAt(a, level, byCode);
          Division ub = unitAt(b, level, byCode);
          if (ua.code().equals(ub.code())) {
            continue;
          }
          if (scope.contains(ua.code()) || scope.contains(ub.code())) {
            boolean aIsLeft = ua.code().compareTo(ub.code()) < 0;
            Division left = aIsLeft ? ua : ub;
            Division right = aIsLeft ? ub : ua;
            String code = BoundaryLine.code(left.code(), left.level(), right.code(), right.level());
            Pending p =
                pending.computeIfAbsent(
                    code, k -> new Pending(level, left.code(), right.code(), new ArrayList<>()));
            for (int i = 0; i < edge.geometry().getNumGeometries(); i++) {
              LineString part = (LineString) edge.geometry().getGeometryN(i);
              // the edge has its smaller division code on the left; the line its smaller unit
              p.parts.add(aIsLeft ? part : part.reverse());
            }
          }
          break;
        }
      }
      for (Map.Entry<String, Pending> entry : pending.entrySet()) {
        if (taken.add(entry.getKey())) {
          Pending p = entry.getValue();
          lines.put(
              entry.getKey(),
              new DerivedLine(
                  entry.getKey(),
                  p.level,
                  p.left,
                  p.right,
                  SharedEdgeFinder.mergeDirected(segments(p.parts), factory)));
        }
      }
    }
    return List.copyOf(lines.values());
  }

  private record Pending(DivisionLevel level, String left, String right, List<LineString> parts) {}

  private static List<LineString> segments(List<LineString> parts) {
    List<LineString> segments = new ArrayList<>();
    for (LineString part : parts) {
      for (int i = 0; i < part.getNumPoints() - 1; i++) {
        segments.add(
            part.getFactory()
                .createLineString(
                    new org.locationtech.jts.geom.Coordinate[] {
                      part.getCoordinateN(i), part.getCoordinateN(i + 1)
                    }));
      }
    }
    return segments;
  }

  /**
   * The unit of {@code division} at {@code level}: itself or the ancestor of that level or below
   * whose parent lies above it (or that has no known parent).
   */
  static Division unitAt(Division division, DivisionLevel level, Map<String, Division> byCode) {
    Division unit = division;
    while (true) {
      Division parent = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
      if (parent == null || parent.level().number() < level.number()) {
        return unit;
      }
      unit = parent;
    }
  }
}

package org.civgis.boundary.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.geo.topology.LineDeviationCheck;
import org.civgis.geo.topology.LineSides;
import org.locationtech.jts.geom.Geometry;

/**
 * The polygons each boundary line is checked against ({@link LineDeviationCheck}): the two sides as
 * the divisions' polygons show them.
 *
 * <p>Contract, for the line between the divisions U and V:
 *
 * <ol>
 *   <li>A side's polygons at a level are those of the divisions of that level that are the side or
 *       lie under it (a prefecture's at county level: its counties'); the side is fully drawn at
 *       that level when it has such divisions and every one of them has a polygon.
 *   <li>The sides are taken at the coarsest level, province to township, at which both are fully
 *       drawn (in a complete coverage, the level {@link LineDerivation} derives the line from). A
 *       prefecture-level line next to a prefecture without a polygon is held against the county
 *       polygons of both prefectures, not against the one prefecture polygon and the other's
 *       counties.
 *   <li>A line with no such level (a side not drawn, or drawn only in part at every level) has no
 *       sides: there is nothing to compare it with, and it is not checked.
 * </ol>
 *
 * <p>Known limitations: a division absent from {@code divisions} counts as not existing, so a side
 * known only by some of its units (the demo's neighbouring prefectures, known by the counties along
 * the prefecture) counts as fully drawn by them; where the line runs next to a unit missing there,
 * the line reads as off that side's boundary.
 */
public final class LineSidePolygons {
  private LineSidePolygons() {}

  /**
   * The sides of {@code lines} among {@code divisions} (one version per code, e.g. those valid on a
   * day), keyed by {@link LineSides#pairKey()}; lines without sides are left out.
   */
  public static Map<String, LineSides> of(List<Division> divisions, List<BoundaryLine> lines) {
    Map<String, Division> byCode = new HashMap<>();
    for (Division d : divisions) {
      byCode.put(d.code(), d);
    }
    // (side code, level) → the divisions of that level that are the side or lie under it
    Map<String, List<Division>> under = new HashMap<>();
    for (Division d : divisions) {
      if (d.level().number() > DivisionLevel.TOWNSHIP.number()) {
        continue; // lines run between townships at the lowest
      }
      for (Division up = d; up != null; up = parent(up, byCode)) {
        under.computeIfAbsent(key(up.code(), d.level()), k -> new ArrayList<>()).add(d);
      }
    }
    Map<String, List<Geometry>> polygons = new HashMap<>();
    Map<String, LineSides> sides = new LinkedHashMap<>();
    for (BoundaryLine line : lines) {
      for (DivisionLevel level : DivisionLevel.values()) {
        if (level.number() > DivisionLevel.TOWNSHIP.number()) {
          break;
        }
        List<Geometry> a = fullyDrawn(line.leftCode(), level, under, polygons);
        List<Geometry> b = fullyDrawn(line.rightCode(), level, under, polygons);
        if (a != null && b != null) {
          LineSides found = new LineSides(line.leftCode(), a, line.rightCode(), b);
          sides.put(found.pairKey(), found);
          break;
        }
      }
    }
    return sides;
  }

  /**
   * The polygons of {@code side} at {@code level}, or {@code null} when it is not fully drawn
   * there; one list per side and level, so that the check unions it once.
   */
  private static List<Geometry> fullyDrawn(
      String side,
      DivisionLevel level,
      Map<String, List<Division>> under,
      Map<String, List<Geometry>> polygons) {
    String key = key(side, level);
    if (polygons.containsKey(key)) {
      return polygons.get(key);
    }
    List<Division> units = under.getOrDefault(key, List.of());
    List<Geometry> drawn = new ArrayList<>();
    for (Division unit : units) {
      if (unit.geometry() == null || unit.geometry().isEmpty()) {
        drawn = null;
        break;
      }
      drawn.add(unit.geometry());
    }
    List<Geometry> result = drawn == null || drawn.isEmpty() ? null : List.copyOf(drawn);
    polygons.put(key, result);
    return result;
  }

  private static Division parent(Division d, Map<String, Division> byCode) {
    return d.parentCode() == null ? null : byCode.get(d.parentCode());
  }

  private static String key(String code, DivisionLevel level) {
    return code + "@" + level.number();
  }
}

package org.civgis.boundary.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civgis.boundary.change.ChangeRefusedException;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.Finding;
import org.civgis.geo.topology.Severity;
import org.civgis.geo.topology.SharedEdgeEdit;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Shared-border editing: a boundary line gets a new geometry, and the two divisions on its sides
 * (and their parents, when the line is also on the parents' border) change with it, in the caller's
 * transaction.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The new geometry has the line's parts, in order, each with its old end points (the
 *       junctions with other neighbours stay put); the line must be the version valid on the day
 *       with the revision the editor saw, else a {@link ConcurrentModificationException}.
 *   <li>Each changed part replaces the same run of vertices in both sides' polygons ({@link
 *       SharedEdgeEdit}); where the sides have different parents, in the parents' polygons too.
 *   <li>The divisions around the line, with the edited polygons, must check without an error
 *       finding that involves an edited division (no overlap, no gap, valid polygons); otherwise a
 *       {@link ChangeRefusedException} naming the problem, and nothing is written.
 *   <li>The line and every edited division get a new version from the day (or the version that
 *       began that day is corrected), each against the revision read, so that a concurrent edit
 *       fails instead of being overwritten.
 * </ol>
 */
public final class SharedBorderEdit {
  private static final int MAX_DIVISIONS = 1_000_000;

  private final DivisionRepository divisions;
  private final BoundaryLineRepository lines;
  private final BoundaryLines boundaryLines;

  public SharedBorderEdit(
      DivisionRepository divisions, BoundaryLineRepository lines, BoundaryLines boundaryLines) {
    this.divisions = divisions;
    this.lines = lines;
    this.boundaryLines = boundaryLines;
  }

  /** What an edit wrote: the line's new version and the codes of the divisions that moved. */
  public record Result(BoundaryLine line, List<String> divisionCodes, Geometry before) {}

  /**
   * Gives line {@code lineCode} the geometry {@code edited} from {@code day}; {@code expectedId}
   * and {@code expectedRevision} are those of the line version the editor started from.
   */
  public Result apply(
      String lineCode,
      long expectedId,
      int expectedRevision,
      MultiLineString edited,
      LocalDate day,
      String by) {
    return apply(lineCode, expectedId, expectedRevision, edited, day, by, false);
  }

  /**
   * As {@link #apply(String, long, int, MultiLineString, LocalDate, String)}; with {@code
   * correction} the versions valid on {@code day} (the line's and the divisions') are corrected in
   * place, their dates unchanged, instead of ending and starting new ones.
   */
  public Result apply(
      String lineCode,
      long expectedId,
      int expectedRevision,
      MultiLineString edited,
      LocalDate day,
      String by,
      boolean correction) {
    BoundaryLine line =
        lines
            .findByCode(lineCode, day, day)
            .map(BoundaryLineRepository.LineView::line)
            .orElseThrow(() -> new ChangeRefusedException("line", day + " 没有界线 " + lineCode));
    if (line.id() != expectedId || line.revision() != expectedRevision) {
      throw new ConcurrentModificationException("界线 " + lineCode + " 已被他人修改，请重新载入");
    }
    MultiLineString old = line.geometry();
    if (edited.getNumGeometries() != old.getNumGeometries()) {
      throw new ChangeRefusedException(
          "geometry",
          "界线有 " + old.getNumGeometries() + " 段，修改后须仍为 " + old.getNumGeometries() + " 段");
    }
    Map<String, Division> valid = new LinkedHashMap<>();
    for (Division d : divisions.find(DivisionQuery.asOf(day, MAX_DIVISIONS))) {
      valid.put(d.code(), d);
    }
    Division left = valid.get(line.leftCode());
    Division right = valid.get(line.rightCode());
    if (left == null || right == null || left.geometry() == null || right.geometry() == null) {
      throw new ChangeRefusedException("line", "界线两侧的区划须都有界线几何");
    }
    List<String> sides = new ArrayList<>(List.of(left.code(), right.code()));
    if (left.parentCode() != null
        && right.parentCode() != null
        && !left.parentCode().equals(right.parentCode())) {
      for (String parent : List.of(left.parentCode(), right.parentCode())) {
        Division p = valid.get(parent);
        if (p != null && p.geometry() != null) {
          sides.add(parent);
        }
      }
    }
    Map<String, Geometry> moved = new LinkedHashMap<>();
    for (String code : sides) {
      moved.put(code, valid.get(code).geometry());
    }
    for (int k = 0; k < old.getNumGeometries(); k++) {
      LineString from = (LineString) old.getGeometryN(k);
      LineString to = (LineString) edited.getGeometryN(k);
      if (from.equalsExact(to)) {
        continue;
      }
      if (!from.getStartPoint().equalsExact(to.getStartPoint())
          || !from.getEndPoint().equalsExact(to.getEndPoint())) {
        throw new ChangeRefusedException("geometry", "第 " + (k + 1) + " 段界线的起点和终点须保持不动（与其他区划的交点）");
      }
      for (String code : sides) {
        try {
          moved.put(code, SharedEdgeEdit.replace(moved.get(code), from, to));
        } catch (IllegalArgumentException e) {
          throw new ChangeRefusedException(
              "geometry",
              "第 "
                  + (k + 1)
                  + " 段界线不是"
                  + valid.get(code).name()
                  + "边界上连续的一段，不能联动修改："
                  + e.getMessage());
        }
      }
    }
    for (Map.Entry<String, Geometry> entry : moved.entrySet()) {
      org.locationtech.jts.operation.valid.TopologyValidationError error =
          new org.locationtech.jts.operation.valid.IsValidOp(entry.getValue()).getValidationError();
      if (error != null) {
        throw new ChangeRefusedException(
            "geometry",
            "修改后"
                + valid.get(entry.getKey()).name()
                + "的多边形无效："
                + error.getMessage()
                + String.format(
                    Locale.ROOT,
                    "，位置 (%.7f, %.7f)",
                    error.getCoordinate().x,
                    error.getCoordinate().y));
      }
    }
    check(valid, moved, sides);

    for (String code : sides) {
      DivisionVersion current = divisions.findVersion(code, day, false).orElseThrow();
      Division d = current.division();
      MultiPolygon next = multiPolygon(moved.get(code));
      if (correction || day.equals(d.validFrom())) {
        divisions
            .update(
                current.id(), current.revision(), d.edited(d.name(), next, d.status(), d.remarks()))
            .orElseThrow(() -> concurrent(d));
      } else {
        if (!divisions.close(current.id(), current.revision(), day)) {
          throw concurrent(d);
        }
        divisions.insert(
            new Division(
                d.code(),
                d.name(),
                d.level(),
                d.parentCode(),
                day,
                null,
                next,
                "界线联动修改 " + lineCode + "（" + by + "）",
                d.status(),
                d.remarks()));
      }
    }
    edited.setSRID(Srid.CGCS2000);
    BoundaryLine next = line.withGeometry(edited, LineOrigin.EDITED, "界线联动修改（" + by + "）");
    BoundaryLine stored =
        correction
            ? lines
                .update(line.id(), line.revision(), next)
                .orElseThrow(
                    () -> new ConcurrentModificationException("界线 " + lineCode + " 已被他人修改，请重新载入"))
            : boundaryLines.replace(line, next, day);
    return new Result(stored, List.copyOf(sides), old);
  }

  /** The divisions around the line, with the moved polygons, must check without a new error. */
  private static void check(
      Map<String, Division> valid, Map<String, Geometry> moved, List<String> sides) {
    Set<String> parents = new LinkedHashSet<>();
    for (String code : sides) {
      parents.add(valid.get(code).parentCode());
    }
    List<CoverageUnit> units = new ArrayList<>();
    for (Division d : valid.values()) {
      if (parents.contains(d.code()) || parents.contains(d.parentCode())) {
        String parent = parents.contains(d.code()) ? null : d.parentCode();
        units.add(new CoverageUnit(d.code(), parent, moved.getOrDefault(d.code(), d.geometry())));
      }
    }
    for (Finding f : new CoverageCheck(CheckTolerances.DEFAULT).run(units, CheckProgress.NONE)) {
      if (f.severity() == Severity.ERROR && f.subjects().stream().anyMatch(moved::containsKey)) {
        throw new ChangeRefusedException(
            "geometry",
            "修改后"
                + f.type().chineseName()
                + (f.measure() == null
                    ? ""
                    : String.format(
                        Locale.ROOT, "（%.1f %s）", f.measure(), f.type().unit().chineseName()))
                + "："
                + f.detail());
      }
    }
  }

  private static ConcurrentModificationException concurrent(Division d) {
    return new ConcurrentModificationException("区划 " + d.name() + "（" + d.code() + "）已被他人修改，请重新载入");
  }

  private static MultiPolygon multiPolygon(Geometry g) {
    List<Polygon> polygons = new ArrayList<>();
    for (Object p : PolygonExtracter.getPolygons(g)) {
      polygons.add((Polygon) p);
    }
    MultiPolygon multi = g.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    multi.setSRID(Srid.CGCS2000);
    return multi;
  }
}

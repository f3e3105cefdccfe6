package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The polygon checks of a hierarchical coverage (divisions and their children).
 *
 * <p>Contract, for units given with their parents:
 *
 * <ol>
 *   <li>Every drawn unit is checked for validity ({@link GeometryValidity}); an invalid one is
 *       reported and checked further in its repaired form.
 *   <li>The children of each parent (and the roots, as one group) are checked for overlaps and
 *       mismatched edges ({@link SiblingOverlaps}); against a drawn parent for parts outside it
 *       ({@link ParentContainment}); and, when all of them are drawn, for gaps ({@link ParentGaps}:
 *       inside the parent's polygon, or the holes of their union when the parent is not drawn).
 *   <li>A parent with some children drawn and some not yields one {@link
 *       FindingType#CHILDREN_PARTLY_DRAWN} finding (at its interior point) instead of gaps: the
 *       undrawn children are not errors.
 *   <li>Findings come in the order of the groups (parents in the order given), validity first.
 * </ol>
 *
 * <p>Known limitations: overlaps are looked for between siblings only, not between divisions of
 * different parents (their parents' overlaps show them).
 */
public final class CoverageCheck {
  private final CheckTolerances tolerances;

  public CoverageCheck(CheckTolerances tolerances) {
    this.tolerances = tolerances;
  }

  /** Checks {@code units}; see the class contract. */
  public List<Finding> run(List<CoverageUnit> units, CheckProgress progress) {
    Map<String, CoverageUnit> byId = new LinkedHashMap<>();
    for (CoverageUnit unit : units) {
      if (byId.put(unit.id(), unit) != null) {
        throw new IllegalArgumentException("two coverage units with the id " + unit.id());
      }
    }
    List<Finding> findings = new ArrayList<>();
    Map<String, Geometry> usable = new LinkedHashMap<>();
    progress.update(0, "检查几何有效性");
    // IsValidOp in parallel; the results are taken in the units' order
    List<GeometryValidity.Result> results =
        units.parallelStream()
            .map(u -> u.isDrawn() ? GeometryValidity.check(u.id(), u.geometry()) : null)
            .toList();
    progress.update(0.3, "检查几何有效性");
    for (int k = 0; k < units.size(); k++) {
      CoverageUnit unit = units.get(k);
      GeometryValidity.Result validity = results.get(k);
      if (validity == null) {
        continue;
      }
      if (validity.finding() != null) {
        findings.add(validity.finding());
      }
      if (validity.usable() != null) {
        usable.put(unit.id(), validity.usable());
      }
    }

    Map<String, List<CoverageUnit>> groups = new LinkedHashMap<>();
    for (CoverageUnit unit : units) {
      String parent =
          unit.parentId() != null && byId.containsKey(unit.parentId()) ? unit.parentId() : null;
      groups.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
    }
    int group = 0;
    for (Map.Entry<String, List<CoverageUnit>> entry : groups.entrySet()) {
      progress.update(0.3 + 0.7 * group++ / groups.size(), "检查同级区划");
      findings.addAll(checkGroup(entry.getKey(), entry.getValue(), byId, usable));
    }
    progress.update(1, "区划检查完成");
    return findings;
  }

  private List<Finding> checkGroup(
      String parentId,
      List<CoverageUnit> members,
      Map<String, CoverageUnit> byId,
      Map<String, Geometry> usable) {
    List<String> ids = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    int undrawn = 0;
    for (CoverageUnit member : members) {
      Geometry geometry = usable.get(member.id());
      if (geometry != null) {
        ids.add(member.id());
        geometries.add(geometry);
      } else if (!member.isDrawn()) {
        undrawn++;
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (ids.isEmpty()) {
      return findings;
    }
    Geometry parent = parentId == null ? null : usable.get(parentId);
    if (undrawn > 0) {
      findings.add(partlyDrawn(parentId, byId.get(parentId), ids.size(), undrawn));
    }
    Geometry[] children = geometries.toArray(Geometry[]::new);
    STRtree index = new STRtree();
    for (int i = 0; i < children.length; i++) {
      index.insert(children[i].getEnvelopeInternal(), i);
    }
    BitSet marked = new BitSet();
    if (children.length > 1) {
      SiblingOverlaps.Result overlaps = SiblingOverlaps.find(ids, children, index, tolerances);
      findings.addAll(overlaps.findings());
      marked = overlaps.marked();
    }
    if (parent != null) {
      findings.addAll(ParentContainment.find(parentId, parent, ids, children, tolerances));
    }
    boolean allDrawn = undrawn == 0 && ids.size() == members.size();
    boolean parentKnownButUndrawn = parentId != null && !byId.get(parentId).isDrawn();
    if (allDrawn && (parent != null || parentId == null || parentKnownButUndrawn)) {
      findings.addAll(ParentGaps.find(parentId, parent, ids, children, marked, index, tolerances));
    }
    return findings;
  }

  private static Finding partlyDrawn(String parentId, CoverageUnit parent, int drawn, int undrawn) {
    Point location = null;
    if (parent != null && parent.isDrawn()) {
      location = parent.geometry().getInteriorPoint();
      location.setSRID(parent.geometry().getSRID());
    }
    return Finding.of(
        FindingType.CHILDREN_PARTLY_DRAWN,
        parentId == null ? List.of() : List.of(parentId),
        location,
        (double) undrawn,
        null,
        String.format(Locale.ROOT, "下级区划已绘制 %d 个、未绘制 %d 个：只检查重叠和超界，不检查缺口", drawn, undrawn));
  }
}

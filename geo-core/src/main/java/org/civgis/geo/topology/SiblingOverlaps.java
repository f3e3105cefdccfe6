package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.coverage.CoveragePolygonValidator;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Overlaps between siblings, and edges of neighbours that do not match.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>JTS {@link CoverageValidator} marks every sibling with an edge that crosses or lies inside
 *       a neighbour or nearly coincides with one; only these are examined further, so a clean
 *       coverage costs one validation.
 *   <li>For each marked sibling and each neighbour the envelope of its invalid edges meets ({@link
 *       STRtree}), the OverlayNG intersection (at the data's precision) gives the overlap: one
 *       finding per pair for the large pieces ({@link FindingType#OVERLAP}) and one for the thin
 *       ones ({@link FindingType#SLIVER_OVERLAP}), the pair's ids in code order.
 *   <li>A marked sibling that overlaps nothing has edges that nearly, but not exactly, coincide
 *       with a neighbour's: {@link FindingType#EDGE_MISMATCH} with those edges and their length.
 * </ol>
 *
 * <p>Known limitations: gaps are not found here (see {@link ParentGaps}).
 */
final class SiblingOverlaps {
  private SiblingOverlaps() {}

  /**
   * @param findings the overlap and mismatch findings
   * @param marked the indexes of the siblings the validator marked
   */
  record Result(List<Finding> findings, BitSet marked) {}

  static Result find(
      List<String> ids, Geometry[] siblings, STRtree index, CheckTolerances tolerances) {
    Geometry[] invalidEdges = validate(siblings, index);
    PrecisionModel precision = tolerances.precision();
    BitSet marked = new BitSet(siblings.length);
    BitSet overlapping = new BitSet(siblings.length);
    Set<Long> pairs = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < siblings.length; i++) {
      if (invalidEdges[i] == null) {
        continue;
      }
      marked.set(i);
      // an overlap of i and j has an edge of one inside the other, and that edge is invalid: the
      // neighbours near i's invalid edges (and, from j's side, near j's) are all that can overlap
      for (Object item : index.query(invalidEdges[i].getEnvelopeInternal())) {
        int j = (Integer) item;
        if (j == i || !pairs.add(pairKey(i, j))) {
          continue;
        }
        Geometry overlap =
            OverlayNG.overlay(siblings[i], siblings[j], OverlayNG.INTERSECTION, precision);
        List<String> subjects =
            ids.get(i).compareTo(ids.get(j)) < 0
                ? List.of(ids.get(i), ids.get(j))
                : List.of(ids.get(j), ids.get(i));
        List<Finding> pieces =
            AreaPieces.grouped(
                overlap, FindingType.OVERLAP, FindingType.SLIVER_OVERLAP, subjects, tolerances);
        if (!pieces.isEmpty()) {
          overlapping.set(i);
          overlapping.set(j);
          findings.addAll(pieces);
        }
      }
    }
    for (int i = marked.nextSetBit(0); i >= 0; i = marked.nextSetBit(i + 1)) {
      if (!overlapping.get(i)) {
        findings.add(mismatch(i, ids, siblings, invalidEdges[i], index));
      }
    }
    return new Result(findings, marked);
  }

  private static Finding mismatch(
      int i, List<String> ids, Geometry[] siblings, Geometry edges, STRtree index) {
    List<String> subjects = new ArrayList<>();
    subjects.add(ids.get(i));
    for (Object item : index.query(edges.getEnvelopeInternal())) {
      int j = (Integer) item;
      if (j != i && siblings[j].distance(edges) == 0) {
        subjects.add(ids.get(j));
      }
    }
    edges.setSRID(Srid.CGCS2000);
    ZoneMetrics metrics = ZoneMetrics.of(edges);
    double length = metrics.lengthMeters();
    return Finding.of(
        FindingType.EDGE_MISMATCH,
        subjects,
        edges,
        length,
        metrics.zoneEpsg(),
        String.format(
            java.util.Locale.ROOT,
            "%d 段边线与相邻区划不重合，共长 %s",
            edges.getNumGeometries(),
            FindingType.MeasureUnit.METERS.format(length)));
  }

  /**
   * What JTS {@link CoverageValidator#validate(Geometry[])} gives (the invalid edges of each
   * sibling, or null), computed in parallel: each sibling is validated against the siblings its
   * envelope meets ({@link CoveragePolygonValidator}, the validator's own step), with the shared
   * index built once before.
   */
  private static Geometry[] validate(Geometry[] siblings, STRtree index) {
    index.build();
    Geometry[] invalidEdges = new Geometry[siblings.length];
    IntStream.range(0, siblings.length)
        .parallel()
        .forEach(
            i -> {
              List<Geometry> near = new ArrayList<>();
              for (Object item : index.query(siblings[i].getEnvelopeInternal())) {
                int j = (Integer) item;
                if (j != i) {
                  near.add(siblings[j]);
                }
              }
              Geometry invalid =
                  CoveragePolygonValidator.validate(siblings[i], near.toArray(Geometry[]::new));
              invalidEdges[i] = invalid.isEmpty() ? null : invalid;
            });
    return invalidEdges;
  }

  private static long pairKey(int i, int j) {
    return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
  }
}

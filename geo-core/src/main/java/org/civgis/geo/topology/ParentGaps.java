package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * Gaps: area of a parent that none of its children covers.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Called only when every child is drawn (a partly drawn parent is not checked for gaps).
 *   <li>The gaps are the parent minus the union of its children; without a parent polygon, the
 *       holes of that union. Each gap polygon is one finding, {@link FindingType#GAP} or, when thin
 *       or small, {@link FindingType#SLIVER_GAP}; its subjects are the parent and the children it
 *       touches.
 * </ol>
 *
 * <p>Implementation note: JTS {@link CoverageUnion} unions the children the coverage validator left
 * unmarked (a valid coverage: edges matched, not noded again, so nearly linear); only the marked
 * ones go through a full OverlayNG union. This is the method of JTS {@code CoverageGapFinder},
 * which cannot be called as it is: it finds only holes of the union, and only narrow ones, while a
 * gap along the parent's edge is no hole and a wide gap is still a gap.
 */
final class ParentGaps {
  /** Below this many polygons a strip is not worth a thread. */
  private static final int POLYGONS_PER_STRIP = 2_000;

  private ParentGaps() {}

  static List<Finding> find(
      String parentId,
      Geometry parent,
      List<String> ids,
      Geometry[] children,
      BitSet marked,
      STRtree index,
      CheckTolerances tolerances) {
    PrecisionModel precision = tolerances.precision();
    GeometryFactory factory = children[0].getFactory();
    // only the polygons of the union: a union of repaired polygons may hold collapsed lines
    Geometry union = polygonal(union(children, marked, precision, factory), factory);
    Geometry gaps =
        parent == null
            ? holes(union, factory)
            : OverlayNG.overlay(parent, union, OverlayNG.DIFFERENCE, precision);
    return AreaPieces.each(
        gaps,
        FindingType.GAP,
        FindingType.SLIVER_GAP,
        piece -> subjects(parentId, piece, ids, children, index, 2 / tolerances.gridScale()),
        tolerances);
  }

  private static Geometry union(
      Geometry[] children, BitSet marked, PrecisionModel precision, GeometryFactory factory) {
    List<Geometry> clean = new ArrayList<>();
    List<Geometry> rest = new ArrayList<>();
    for (int i = 0; i < children.length; i++) {
      (marked.get(i) ? rest : clean).add(children[i]);
    }
    Geometry cleanUnion = null;
    if (!clean.isEmpty()) {
      try {
        cleanUnion = coverageUnion(clean);
      } catch (TopologyException | IllegalArgumentException e) {
        // not a coverage after all (e.g. duplicated polygons the validator passes): union fully
        rest.addAll(clean);
      }
    }
    Geometry restUnion = rest.isEmpty() ? null : UnaryUnionNG.union(rest, factory, precision);
    if (cleanUnion == null) {
      return restUnion;
    }
    if (restUnion == null) {
      return cleanUnion;
    }
    return OverlayNG.overlay(cleanUnion, restUnion, OverlayNG.UNION, precision);
  }

  /**
   * JTS {@link CoverageUnion} of a valid coverage, in parallel: the polygons sorted by the x of
   * their envelope centre are cut into strips, each strip is unioned, and the strips, a coverage
   * again (their shared edges are the polygons' own), are unioned last.
   */
  static Geometry coverageUnion(List<Geometry> coverage) {
    int strips =
        Math.min(
            coverage.size() / POLYGONS_PER_STRIP, 2 * Runtime.getRuntime().availableProcessors());
    if (strips < 2) {
      return CoverageUnion.union(coverage.toArray(Geometry[]::new));
    }
    List<Geometry> sorted = new ArrayList<>(coverage);
    sorted.sort(Comparator.comparingDouble(g -> g.getEnvelopeInternal().getMinX()));
    int size = (sorted.size() + strips - 1) / strips;
    Geometry[] unions =
        IntStream.range(0, strips)
            .parallel()
            .mapToObj(
                k ->
                    CoverageUnion.union(
                        sorted
                            .subList(k * size, Math.min(sorted.size(), (k + 1) * size))
                            .toArray(Geometry[]::new)))
            .toArray(Geometry[]::new);
    return CoverageUnion.union(unions);
  }

  private static Geometry polygonal(Geometry geometry, GeometryFactory factory) {
    if (geometry == null
        || geometry.getDimension() == 2 && !(geometry instanceof GeometryCollection)
        || geometry instanceof MultiPolygon) {
      return geometry;
    }
    Geometry result =
        factory.createMultiPolygon(AreaPieces.polygons(geometry).toArray(Polygon[]::new));
    result.setSRID(geometry.getSRID());
    return result;
  }

  private static Geometry holes(Geometry union, GeometryFactory factory) {
    List<Polygon> holes = new ArrayList<>();
    for (Polygon polygon : AreaPieces.polygons(union)) {
      for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
        LinearRing ring = polygon.getInteriorRingN(i);
        holes.add(factory.createPolygon(ring.getCoordinateSequence()));
      }
    }
    Geometry result = factory.createMultiPolygon(holes.toArray(Polygon[]::new));
    result.setSRID(Srid.CGCS2000);
    return result;
  }

  private static List<String> subjects(
      String parentId,
      Polygon gap,
      List<String> ids,
      Geometry[] children,
      STRtree index,
      double touchDegrees) {
    List<String> subjects = new ArrayList<>();
    if (parentId != null) {
      subjects.add(parentId);
    }
    List<String> touching = new ArrayList<>();
    for (Object item : index.query(gap.getEnvelopeInternal())) {
      int j = (Integer) item;
      if (children[j].isWithinDistance(gap, touchDegrees)) {
        touching.add(ids.get(j));
      }
    }
    touching.sort(null);
    subjects.addAll(touching);
    return subjects;
  }
}

package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * The shared edges of a polygonal coverage: the linework each pair of adjacent polygons has in
 * common, the way JTS's coverage operations see edges (segments with the same two end vertices).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A segment belongs to the edge of a pair when both polygons have it, in either direction;
 *       segments of one polygon only (the outer boundary) belong to no edge.
 *   <li>Each pair's segments are merged into maximal lines ({@link LineMerger}) and oriented so
 *       that the polygon with the smaller id lies on their left.
 *   <li>Pairs come in the order of their ids.
 * </ol>
 *
 * <p>Known limitations: edges that neighbours draw with different vertices share no segment and so
 * yield no edge; {@link FindingType#EDGE_MISMATCH} reports them.
 */
public final class SharedEdgeFinder {
  private SharedEdgeFinder() {}

  /** The shared edges of the drawn units among {@code units}. */
  public static List<SharedEdge> find(List<CoverageUnit> units) {
    List<String> ids = new ArrayList<>();
    Map<LineSegment, long[]> owners = new HashMap<>();
    GeometryFactory factory = null;
    for (CoverageUnit unit : units) {
      if (!unit.isDrawn()) {
        continue;
      }
      int owner = ids.size();
      ids.add(unit.id());
      factory = unit.geometry().getFactory();
      for (int p = 0; p < unit.geometry().getNumGeometries(); p++) {
        if (unit.geometry().getGeometryN(p) instanceof Polygon polygon) {
          addRing(polygon.getExteriorRing(), true, owner, owners);
          for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            addRing(polygon.getInteriorRingN(h), false, owner, owners);
          }
        }
      }
    }
    // pair key "i|j" (i < j by id) → the segments, each directed with the smaller id on its left
    Map<String, List<LineString>> byPair = new TreeMap<>();
    Map<String, int[]> pairOwners = new HashMap<>();
    for (Map.Entry<LineSegment, long[]> entry : owners.entrySet()) {
      long[] o = entry.getValue();
      if (o[1] < 0) {
        continue;
      }
      int first = (int) (o[0] >> 1);
      boolean firstForward = (o[0] & 1) == 1;
      int second = (int) o[1];
      boolean firstIsLeft = ids.get(first).compareTo(ids.get(second)) < 0;
      int left = firstIsLeft ? first : second;
      int right = firstIsLeft ? second : first;
      LineSegment segment = entry.getKey();
      // the first owner lies on the left of its own direction
      boolean forward = firstIsLeft == firstForward;
      Coordinate a = forward ? segment.p0 : segment.p1;
      Coordinate b = forward ? segment.p1 : segment.p0;
      String key = SharedEdge.pairKey(ids.get(left), ids.get(right));
      pairOwners.putIfAbsent(key, new int[] {left, right});
      byPair
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(factory.createLineString(new Coordinate[] {a, b}));
    }
    List<SharedEdge> edges = new ArrayList<>();
    for (Map.Entry<String, List<LineString>> pair : byPair.entrySet()) {
      int[] lr = pairOwners.get(pair.getKey());
      edges.add(
          new SharedEdge(ids.get(lr[0]), ids.get(lr[1]), mergeDirected(pair.getValue(), factory)));
    }
    return edges;
  }

  /** Records the ring's segments, directed so that the polygon lies on their left. */
  private static void addRing(
      LinearRing ring, boolean shell, int owner, Map<LineSegment, long[]> owners) {
    Coordinate[] points = ring.getCoordinates();
    boolean ccw = Orientation.isCCW(points);
    boolean reverse = shell != ccw; // shells counter-clockwise, holes clockwise
    for (int i = 0; i < points.length - 1; i++) {
      Coordinate a = reverse ? points[i + 1] : points[i];
      Coordinate b = reverse ? points[i] : points[i + 1];
      if (a.equals2D(b)) {
        continue;
      }
      boolean forward = a.compareTo(b) < 0;
      LineSegment key = forward ? new LineSegment(a, b) : new LineSegment(b, a);
      long[] o = owners.get(key);
      if (o == null) {
        owners.put(key, new long[] {((long) owner << 1) | (forward ? 1 : 0), -1});
      } else if (o[1] < 0 && (o[0] >> 1) != owner) {
        o[1] = owner;
      }
    }
  }

  /**
   * Directed segments (or lines) merged into maximal lines that keep their direction, ordered by
   * their first point; SRID 4490.
   */
  public static MultiLineString mergeDirected(List<LineString> segments, GeometryFactory factory) {
    // direction of each segment, to orient the merged lines again
    Map<LineSegment, Boolean> directed = new HashMap<>();
    for (LineString s : segments) {
      directed.put(new LineSegment(s.getCoordinateN(0), s.getCoordinateN(1)), Boolean.TRUE);
    }
    if (segments.isEmpty()) {
      MultiLineString empty = factory.createMultiLineString();
      empty.setSRID(Srid.CGCS2000);
      return empty;
    }
    LineMerger merger = new LineMerger();
    merger.add(segments);
    @SuppressWarnings("unchecked")
    Collection<LineString> lines = merger.getMergedLineStrings();
    List<LineString> oriented = new ArrayList<>();
    for (LineString line : lines) {
      LineSegment first = new LineSegment(line.getCoordinateN(0), line.getCoordinateN(1));
      oriented.add(directed.containsKey(first) ? line : line.reverse());
    }
    oriented.sort((x, y) -> x.getCoordinateN(0).compareTo(y.getCoordinateN(0)));
    MultiLineString result = factory.createMultiLineString(oriented.toArray(LineString[]::new));
    result.setSRID(Srid.CGCS2000);
    return result;
  }

  /** The shared edges as a map by {@link SharedEdge#pairKey()}. */
  public static Map<String, SharedEdge> byPair(List<SharedEdge> edges) {
    Map<String, SharedEdge> map = new LinkedHashMap<>();
    for (SharedEdge edge : edges) {
      map.put(edge.pairKey(), edge);
    }
    return map;
  }
}

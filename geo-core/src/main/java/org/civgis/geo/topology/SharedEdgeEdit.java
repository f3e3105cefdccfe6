package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Moves a shared edge: replaces, in a polygon, the run of ring vertices that is the old edge by the
 * vertices of the new one. Applied to both neighbours with the same edges, it keeps their common
 * border common (shared-border editing: the user edits the line, not two polygons).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The old edge must be a run of consecutive vertices of exactly one ring, in either direction
 *       (possibly across the ring's start); otherwise an {@link IllegalArgumentException}.
 *   <li>The new edge must start and end where the old one does (the junctions with other neighbours
 *       stay put); it is inserted in the direction of the run it replaces.
 *   <li>The result has the input's type and SRID; its validity is the caller's to check.
 * </ol>
 */
public final class SharedEdgeEdit {
  private SharedEdgeEdit() {}

  /** {@code polygonal} with {@code oldEdge} replaced by {@code newEdge}. */
  public static Geometry replace(Geometry polygonal, LineString oldEdge, LineString newEdge) {
    Coordinate[] from = oldEdge.getCoordinates();
    Coordinate[] to = newEdge.getCoordinates();
    if (!from[0].equals2D(to[0]) || !from[from.length - 1].equals2D(to[to.length - 1])) {
      throw new IllegalArgumentException("the new edge must keep the old edge's end points");
    }
    GeometryFactory factory = polygonal.getFactory();
    List<Polygon> parts = new ArrayList<>();
    int replaced = 0;
    for (int p = 0; p < polygonal.getNumGeometries(); p++) {
      Polygon polygon = (Polygon) polygonal.getGeometryN(p);
      LinearRing[] rings = new LinearRing[polygon.getNumInteriorRing() + 1];
      for (int r = 0; r < rings.length; r++) {
        LinearRing ring = r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1);
        Coordinate[] spliced = splice(ring.getCoordinates(), from, to);
        if (spliced != null) {
          replaced++;
          ring = factory.createLinearRing(spliced);
        }
        rings[r] = ring;
      }
      LinearRing[] holes = new LinearRing[rings.length - 1];
      System.arraycopy(rings, 1, holes, 0, holes.length);
      parts.add(factory.createPolygon(rings[0], holes));
    }
    if (replaced != 1) {
      throw new IllegalArgumentException(
          replaced == 0
              ? "the edge is not a run of the polygon's vertices"
              : "the edge lies on " + replaced + " rings of the polygon");
    }
    Geometry result =
        polygonal instanceof MultiPolygon
            ? factory.createMultiPolygon(parts.toArray(Polygon[]::new))
            : parts.get(0);
    result.setSRID(polygonal.getSRID());
    return result;
  }

  /** The closed ring with the run {@code from} replaced by {@code to}, or null if not a run. */
  private static Coordinate[] splice(Coordinate[] ring, Coordinate[] from, Coordinate[] to) {
    int m = ring.length - 1; // distinct positions of the closed ring
    int length = from.length;
    if (length > m + 1) {
      return null;
    }
    for (int start = 0; start < m; start++) {
      if (!ring[start].equals2D(from[0])) {
        continue;
      }
      for (int step : new int[] {1, -1}) {
        if (isRun(ring, m, start, step, from)) {
          return rebuilt(ring, m, start, step, length, to);
        }
      }
    }
    return null;
  }

  private static boolean isRun(Coordinate[] ring, int m, int start, int step, Coordinate[] from) {
    for (int k = 0; k < from.length; k++) {
      if (!ring[Math.floorMod(start + step * k, m)].equals2D(from[k])) {
        return false;
      }
    }
    return true;
  }

  private static Coordinate[] rebuilt(
      Coordinate[] ring, int m, int start, int step, int length, Coordinate[] to) {
    List<Coordinate> out = new ArrayList<>();
    // the new edge in the ring's own direction, then the rest of the ring
    Coordinate[] inserted = to.clone();
    int restFrom;
    int restTo;
    if (step == 1) {
      restFrom = start + length - 1;
      restTo = start + m;
    } else {
      java.util.Collections.reverse(java.util.Arrays.asList(inserted));
      restFrom = start;
      restTo = start - (length - 1) + m;
    }
    for (Coordinate c : inserted) {
      out.add(c.copy());
    }
    for (int k = restFrom + 1; k < restTo; k++) {
      out.add(ring[Math.floorMod(k, m)].copy());
    }
    out.add(out.get(0).copy());
    return out.toArray(Coordinate[]::new);
  }
}

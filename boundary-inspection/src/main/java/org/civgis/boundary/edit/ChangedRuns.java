package org.civgis.boundary.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The runs of ring vertices an edit of a polygon changed: between two vertices the old and the new
 * ring both have (anchors, in the same order), the old run and the new one. A run's interior
 * vertices are those moved or deleted (old) and moved or inserted (new).
 *
 * <p>Known limitation: the old and the new polygon must have the same parts and rings, and the
 * anchors must follow each other in the same order in both rings (what moving, inserting and
 * deleting vertices gives); otherwise the runs are unknown ({@link #of} returns {@code null}).
 */
final class ChangedRuns {
  private ChangedRuns() {}

  /** One changed run: the old and the new vertices, both from anchor to anchor. */
  record Run(LineString from, LineString to) {
    /** The old run's interior vertices (moved or deleted by the edit). */
    List<Coordinate> oldInterior() {
      Coordinate[] c = from.getCoordinates();
      List<Coordinate> interior = new ArrayList<>();
      for (int k = 1; k < c.length - 1; k++) {
        interior.add(c[k]);
      }
      return interior;
    }
  }

  /** The changed runs from {@code before} to {@code after}, or {@code null} when not derivable. */
  static List<Run> of(Geometry before, Geometry after) {
    if (before.getNumGeometries() != after.getNumGeometries()) {
      return null;
    }
    GeometryFactory factory = before.getFactory();
    List<Run> runs = new ArrayList<>();
    for (int p = 0; p < before.getNumGeometries(); p++) {
      if (!(before.getGeometryN(p) instanceof Polygon a)
          || !(after.getGeometryN(p) instanceof Polygon b)
          || a.getNumInteriorRing() != b.getNumInteriorRing()) {
        return null;
      }
      for (int r = 0; r <= a.getNumInteriorRing(); r++) {
        Coordinate[] o =
            r == 0
                ? a.getExteriorRing().getCoordinates()
                : a.getInteriorRingN(r - 1).getCoordinates();
        Coordinate[] n =
            r == 0
                ? b.getExteriorRing().getCoordinates()
                : b.getInteriorRingN(r - 1).getCoordinates();
        List<Run> ringRuns = ring(o, n, factory);
        if (ringRuns == null) {
          return null;
        }
        runs.addAll(ringRuns);
      }
    }
    return runs;
  }

  /** The envelope of the runs' vertices, or of {@code fallback} when there are no runs. */
  static Envelope extent(List<Run> runs, Geometry fallback) {
    Envelope envelope = new Envelope();
    if (runs != null) {
      for (Run run : runs) {
        envelope.expandToInclude(run.from().getEnvelopeInternal());
        envelope.expandToInclude(run.to().getEnvelopeInternal());
      }
    }
    if (envelope.isNull() && fallback != null) {
      envelope.expandToInclude(fallback.getEnvelopeInternal());
    }
    return envelope;
  }

  private static List<Run> ring(Coordinate[] closedOld, Coordinate[] closedNew, GeometryFactory f) {
    int m = closedOld.length - 1;
    int n = closedNew.length - 1;
    Coordinate[] o = java.util.Arrays.copyOf(closedOld, m);
    Coordinate[] nw = java.util.Arrays.copyOf(closedNew, n);
    if (Orientation.isCCW(closedOld) != Orientation.isCCW(closedNew)) {
      java.util.Collections.reverse(java.util.Arrays.asList(nw));
    }
    Map<Coordinate, Integer> indexInNew = new HashMap<>();
    for (int k = 0; k < n; k++) {
      indexInNew.putIfAbsent(nw[k], k);
    }
    List<Integer> anchors = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      if (indexInNew.containsKey(o[k])) {
        anchors.add(k);
      }
    }
    if (anchors.isEmpty()) {
      return null;
    }
    List<Run> runs = new ArrayList<>();
    int walkedNew = 0;
    for (int k = 0; k < anchors.size(); k++) {
      int i = anchors.get(k);
      int j = anchors.get((k + 1) % anchors.size());
      int oldGap = anchors.size() == 1 ? m : Math.floorMod(j - i, m);
      int p = indexInNew.get(o[i]);
      int q = indexInNew.get(o[j]);
      int newGap = anchors.size() == 1 ? n : Math.floorMod(q - p, n);
      if (newGap == 0) {
        return null;
      }
      walkedNew += newGap;
      if (oldGap == 1 && newGap == 1) {
        continue;
      }
      Coordinate[] from = new Coordinate[oldGap + 1];
      for (int s = 0; s <= oldGap; s++) {
        from[s] = o[Math.floorMod(i + s, m)].copy();
      }
      Coordinate[] to = new Coordinate[newGap + 1];
      for (int s = 0; s <= newGap; s++) {
        to[s] = nw[Math.floorMod(p + s, n)].copy();
      }
      runs.add(new Run(f.createLineString(from), f.createLineString(to)));
    }
    // the anchors must go round the new ring once, in order
    return walkedNew == n ? runs : null;
  }
}

package org.civgis.geo.network;

import java.util.Arrays;

/**
 * The grid index that finds the nearest edge of a {@link RoadNetwork} to a point.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #nearest} returns the edge whose shape is nearest to the point (distance measured in
 *       the {@link LocalPlane} at the point), with the fraction along the edge's length of the
 *       nearest point on it; ties go to the lower edge index.
 *   <li>Edges farther than the given maximum are not returned.
 * </ol>
 *
 * <p>Implementation note: a uniform grid over the network's extent, in 10⁻⁷ degree units, with
 * about two edges per cell; each edge is listed in every cell its bounding box touches, in one
 * packed {@code int[]} (compressed sparse row), so the index costs a few bytes per edge. The search
 * walks rings of cells outward until the nearest edge found is closer than any unvisited cell.
 */
final class EdgeIndex {
  private static final int MAX_CELLS = 1 << 22;

  private final RoadNetwork network;
  private final long minLon;
  private final long minLat;
  private final long cellSize;
  private final int columns;
  private final int rows;
  private final int[] cellStart;
  private final int[] cellEdges;

  EdgeIndex(RoadNetwork network) {
    this.network = network;
    int edges = network.edgeCount();
    long loX = Long.MAX_VALUE;
    long loY = Long.MAX_VALUE;
    long hiX = Long.MIN_VALUE;
    long hiY = Long.MIN_VALUE;
    for (int n = 0; n < network.nodeCount(); n++) {
      loX = Math.min(loX, network.nodeLonE7(n));
      hiX = Math.max(hiX, network.nodeLonE7(n));
      loY = Math.min(loY, network.nodeLatE7(n));
      hiY = Math.max(hiY, network.nodeLatE7(n));
    }
    for (int e = 0; e < edges; e++) {
      for (int i = 1; i + 1 < network.shapeSize(e); i++) {
        long x = Math.round(network.shapeLon(e, i) * 1e7);
        long y = Math.round(network.shapeLat(e, i) * 1e7);
        loX = Math.min(loX, x);
        hiX = Math.max(hiX, x);
        loY = Math.min(loY, y);
        hiY = Math.max(hiY, y);
      }
    }
    if (edges == 0) {
      loX = loY = hiX = hiY = 0;
    }
    long width = hiX - loX + 1;
    long height = hiY - loY + 1;
    double targetCells = Math.min(MAX_CELLS, Math.max(1, edges / 2.0));
    long size = (long) Math.ceil(Math.sqrt((double) width * height / targetCells));
    size = Math.max(size, 1000); // 10⁻⁴ degree, about 10 m
    this.minLon = loX;
    this.minLat = loY;
    this.cellSize = size;
    this.columns = (int) (width / size + 1);
    this.rows = (int) (height / size + 1);
    this.cellStart = new int[columns * rows + 1];
    for (int e = 0; e < edges; e++) {
      int[] box = cellBox(e);
      for (int r = box[2]; r <= box[3]; r++) {
        for (int c = box[0]; c <= box[1]; c++) {
          cellStart[r * columns + c + 1]++;
        }
      }
    }
    for (int i = 0; i + 1 < cellStart.length; i++) {
      cellStart[i + 1] += cellStart[i];
    }
    this.cellEdges = new int[cellStart[cellStart.length - 1]];
    int[] fill = Arrays.copyOf(cellStart, cellStart.length - 1);
    for (int e = 0; e < edges; e++) {
      int[] box = cellBox(e);
      for (int r = box[2]; r <= box[3]; r++) {
        for (int c = box[0]; c <= box[1]; c++) {
          cellEdges[fill[r * columns + c]++] = e;
        }
      }
    }
  }

  /** {first column, last column, first row, last row} of the edge's bounding box. */
  private int[] cellBox(int e) {
    int c0 = Integer.MAX_VALUE;
    int c1 = Integer.MIN_VALUE;
    int r0 = Integer.MAX_VALUE;
    int r1 = Integer.MIN_VALUE;
    for (int i = 0; i < network.shapeSize(e); i++) {
      int c = column(Math.round(network.shapeLon(e, i) * 1e7));
      int r = row(Math.round(network.shapeLat(e, i) * 1e7));
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
    }
    return new int[] {c0, c1, r0, r1};
  }

  private int column(long lonE7) {
    return (int) Math.max(0, Math.min(columns - 1, (lonE7 - minLon) / cellSize));
  }

  private int row(long latE7) {
    return (int) Math.max(0, Math.min(rows - 1, (latE7 - minLat) / cellSize));
  }

  long memoryBytes() {
    return 4L * (cellStart.length + cellEdges.length);
  }

  NetworkLocation nearest(double lon, double lat, double maxMeters) {
    if (network.edgeCount() == 0) {
      return null;
    }
    LocalPlane plane = LocalPlane.at(lon, lat);
    double cellMeters =
        cellSize / 1e7 * Math.min(plane.metersPerDegreeLon(), plane.metersPerDegreeLat());
    long x = Math.round(lon * 1e7);
    long y = Math.round(lat * 1e7);
    // the ring search starts from the cell of the point, clamped onto the grid; a point outside the
    // grid first walks the distance to it
    int c = column(x);
    int r = row(y);
    double outside =
        Math.max(
                Math.max(minLon - x, x - (minLon + (long) columns * cellSize)),
                Math.max(minLat - y, y - (minLat + (long) rows * cellSize)))
            / 1e7
            * Math.min(plane.metersPerDegreeLon(), plane.metersPerDegreeLat());
    outside = Math.max(0, outside);
    int bestEdge = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    double bestAlong = 0;
    int maxRing = Math.max(columns, rows);
    for (int ring = 0; ring <= maxRing; ring++) {
      double ringDistance = outside + (ring - 1) * cellMeters;
      if (ring > 0 && (ringDistance > bestDistance || ringDistance > maxMeters)) {
        break;
      }
      for (int rr = r - ring; rr <= r + ring; rr++) {
        if (rr < 0 || rr >= rows) {
          continue;
        }
        boolean edgeRow = rr == r - ring || rr == r + ring;
        int step = edgeRow ? 1 : 2 * ring;
        for (int cc = c - ring; cc <= c + ring; cc += Math.max(step, 1)) {
          if (cc < 0 || cc >= columns) {
            continue;
          }
          int cell = rr * columns + cc;
          for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
            int e = cellEdges[k];
            double[] hit = nearestOnEdge(plane, e);
            if (hit[0] < bestDistance || (hit[0] == bestDistance && e < bestEdge)) {
              bestDistance = hit[0];
              bestEdge = e;
              bestAlong = hit[1];
            }
          }
        }
      }
    }
    if (bestEdge < 0 || bestDistance > maxMeters) {
      return null;
    }
    return new NetworkLocation(bestEdge, bestAlong, bestDistance);
  }

  /** {distance from the plane's origin to the edge, fraction of the nearest point}. */
  private double[] nearestOnEdge(LocalPlane plane, int e) {
    int size = network.shapeSize(e);
    double best = Double.POSITIVE_INFINITY;
    double bestAlongMeters = 0;
    double walked = 0;
    double px = plane.x(network.shapeLon(e, 0));
    double py = plane.y(network.shapeLat(e, 0));
    double lon0 = network.shapeLon(e, 0);
    double lat0 = network.shapeLat(e, 0);
    for (int i = 1; i < size; i++) {
      double lon1 = network.shapeLon(e, i);
      double lat1 = network.shapeLat(e, i);
      double qx = plane.x(lon1);
      double qy = plane.y(lat1);
      double dx = qx - px;
      double dy = qy - py;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(px * dx + py * dy) / len2));
      double cx = px + t * dx;
      double cy = py + t * dy;
      double d = Math.sqrt(cx * cx + cy * cy);
      double segment = GroundDistance.meters(lon0, lat0, lon1, lat1);
      if (d < best) {
        best = d;
        bestAlongMeters = walked + t * segment;
      }
      walked += segment;
      px = qx;
      py = qy;
      lon0 = lon1;
      lat0 = lat1;
    }
    double fraction = walked == 0 ? 0 : Math.min(1, bestAlongMeters / walked);
    return new double[] {best, fraction};
  }
}

package org.civgis.geo.network;

import java.util.List;

/**
 * Points joined to a network (demand points), looked up by edge: which points lie on the edges a
 * {@link BoundedSearch} reached.
 *
 * <p>Contract: {@link #on(int)} lists the indices (into the list given) of the points on that edge,
 * in ascending order; {@code null} locations (points not joined) are never listed.
 */
public final class PointsOnEdges {
  private final int[] edgeStart;
  private final int[] points;

  public PointsOnEdges(RoadNetwork network, List<NetworkLocation> locations) {
    edgeStart = new int[network.edgeCount() + 1];
    for (NetworkLocation location : locations) {
      if (location != null) {
        edgeStart[location.edge() + 1]++;
      }
    }
    for (int e = 0; e < network.edgeCount(); e++) {
      edgeStart[e + 1] += edgeStart[e];
    }
    points = new int[edgeStart[network.edgeCount()]];
    int[] fill = java.util.Arrays.copyOf(edgeStart, network.edgeCount());
    for (int i = 0; i < locations.size(); i++) {
      NetworkLocation location = locations.get(i);
      if (location != null) {
        points[fill[location.edge()]++] = i;
      }
    }
  }

  /** Indices of the points on {@code edge}. */
  public int[] on(int edge) {
    return java.util.Arrays.copyOfRange(points, edgeStart[edge], edgeStart[edge + 1]);
  }
}

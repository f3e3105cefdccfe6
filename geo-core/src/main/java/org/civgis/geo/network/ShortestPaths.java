package org.civgis.geo.network;

import java.util.Arrays;
import java.util.List;

/**
 * Walking distances from a set of origins over a {@link RoadNetwork}, cut off at a limit: one
 * multi-source Dijkstra pass for all origins.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>An origin is a {@link NetworkLocation}: it enters its edge at its fraction and walks to the
 *       edge's source node (fraction·length, if the edge may be walked backward) and to its target
 *       node ((1−fraction)·length, if forward); partial edges count.
 *   <li>{@link NetworkDistances#metersToNode} of a node is the least walking distance from any
 *       origin, for nodes reached within {@code limitMeters} (a node at exactly the limit is
 *       reached); others are {@code +∞}. This equals pgRouting's {@code pgr_drivingDistance} with
 *       {@code equicost} from the same origins on the same {@code cost}/{@code reverse_cost}.
 *   <li>Distances are summed in the order of the path, in double precision.
 * </ol>
 *
 * <p>Implementation note: one pass from all origins settles every node once (O((V+E) log V) over
 * the reached part only, with a lazy binary heap); separate searches per origin are what {@link
 * BoundedSearch} does, for analyses that need each origin's own catchment.
 */
public final class ShortestPaths {
  private ShortestPaths() {}

  /** Distances from all {@code origins} within {@code limitMeters}. */
  public static NetworkDistances from(
      RoadNetwork network, List<NetworkLocation> origins, double limitMeters) {
    if (!(limitMeters >= 0)) {
      throw new IllegalArgumentException("limitMeters must be >= 0");
    }
    double[] distance = new double[network.nodeCount()];
    int[] nearest = new int[network.nodeCount()];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    Arrays.fill(nearest, -1);
    MinHeap heap = new MinHeap();
    for (int o = 0; o < origins.size(); o++) {
      NetworkLocation origin = origins.get(o);
      int e = origin.edge();
      double length = network.edgeLengthMeters(e);
      // an origin exactly at an end node is at that node, whatever the edge's directions
      if (network.backward(e) || origin.fraction() == 0) {
        offer(
            heap,
            distance,
            nearest,
            network.edgeSource(e),
            origin.fraction() * length,
            o,
            limitMeters);
      }
      if (network.forward(e) || origin.fraction() == 1) {
        offer(
            heap,
            distance,
            nearest,
            network.edgeTarget(e),
            (1 - origin.fraction()) * length,
            o,
            limitMeters);
      }
    }
    int[] firstArc = network.firstArcs();
    int[] arcHead = network.arcHeads();
    int[] arcEdge = network.arcEdges();
    double[] edgeLength = network.edgeLengths();
    while (!heap.isEmpty()) {
      double d = heap.peekKey();
      int u = heap.pop();
      if (d > distance[u]) {
        continue;
      }
      int from = nearest[u];
      for (int a = firstArc[u], end = firstArc[u + 1]; a < end; a++) {
        int v = arcHead[a];
        double dv = d + edgeLength[arcEdge[a] >>> 1];
        if (dv < distance[v] && dv <= limitMeters) {
          distance[v] = dv;
          nearest[v] = from;
          heap.push(dv, v);
        }
      }
    }
    return new NetworkDistances(network, List.copyOf(origins), limitMeters, distance, nearest);
  }

  private static void offer(
      MinHeap heap,
      double[] distance,
      int[] nearest,
      int node,
      double d,
      int origin,
      double limit) {
    if (d <= limit && d < distance[node]) {
      distance[node] = d;
      nearest[node] = origin;
      heap.push(d, node);
    }
  }
}

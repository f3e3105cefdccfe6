package org.civgis.geo.network;

import java.util.Arrays;

/**
 * Repeated single-origin searches within a limit, reusing their working arrays: the catchment of
 * one facility or one candidate site at a time.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>After {@link #run}, {@link #metersTo(NetworkLocation)} is the walking distance from that
 *       origin alone, with the same rules as {@link NetworkDistances#metersTo} ({@code +∞} beyond
 *       the limit), and {@link #reachedNodes()} lists the nodes within it.
 *   <li>A run costs time in proportion to the part of the network it reaches, not to the whole
 *       network.
 *   <li>Not thread-safe: one instance per thread.
 * </ol>
 */
public final class BoundedSearch {
  private final RoadNetwork network;
  private final double[] distance;
  private final MinHeap heap = new MinHeap();
  private int[] touched = new int[256];
  private int touchedCount;
  private final int[] edgeStamp;
  private int stamp;
  private NetworkLocation origin;
  private double limitMeters;

  public BoundedSearch(RoadNetwork network) {
    this.network = network;
    this.distance = new double[network.nodeCount()];
    this.edgeStamp = new int[network.edgeCount()];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
  }

  /** Searches from {@code origin} up to {@code limitMeters}. */
  public void run(NetworkLocation origin, double limitMeters) {
    for (int i = 0; i < touchedCount; i++) {
      distance[touched[i]] = Double.POSITIVE_INFINITY;
    }
    touchedCount = 0;
    heap.clear();
    this.origin = origin;
    this.limitMeters = limitMeters;
    int e = origin.edge();
    double length = network.edgeLengthMeters(e);
    if (network.backward(e) || origin.fraction() == 0) {
      offer(network.edgeSource(e), origin.fraction() * length);
    }
    if (network.forward(e) || origin.fraction() == 1) {
      offer(network.edgeTarget(e), (1 - origin.fraction()) * length);
    }
    while (!heap.isEmpty()) {
      double d = heap.peekKey();
      int u = heap.pop();
      if (d > distance[u]) {
        continue;
      }
      for (int a = network.firstArc(u), end = network.firstArc(u + 1); a < end; a++) {
        offer(network.arcHead(a), d + network.edgeLengthMeters(network.arcEdge(a) >>> 1));
      }
    }
  }

  private void offer(int node, double d) {
    if (d <= limitMeters && d < distance[node]) {
      if (distance[node] == Double.POSITIVE_INFINITY) {
        if (touchedCount == touched.length) {
          touched = Arrays.copyOf(touched, 2 * touchedCount);
        }
        touched[touchedCount++] = node;
      }
      distance[node] = d;
      heap.push(d, node);
    }
  }

  /** The nodes reached by the last run (in no particular order). */
  public int[] reachedNodes() {
    return Arrays.copyOf(touched, touchedCount);
  }

  /**
   * The edges on which the last run reached some point: the origin's edge and every edge that may
   * be walked away from a reached node (in no particular order).
   */
  public int[] reachedEdges() {
    if (++stamp == 0) {
      Arrays.fill(edgeStamp, 0);
      stamp = 1;
    }
    int[] edges = new int[16];
    int n = 0;
    edgeStamp[origin.edge()] = stamp;
    edges[n++] = origin.edge();
    for (int i = 0; i < touchedCount; i++) {
      int u = touched[i];
      for (int a = network.firstArc(u), end = network.firstArc(u + 1); a < end; a++) {
        int e = network.arcEdge(a) >>> 1;
        if (edgeStamp[e] != stamp) {
          edgeStamp[e] = stamp;
          if (n == edges.length) {
            edges = Arrays.copyOf(edges, 2 * n);
          }
          edges[n++] = e;
        }
      }
    }
    return Arrays.copyOf(edges, n);
  }

  /** Distance of {@code node} from the last run's origin, {@code +∞} if not reached. */
  public double metersToNode(int node) {
    return distance[node];
  }

  /** Distance of a point on an edge from the last run's origin, {@code +∞} beyond the limit. */
  public double metersTo(NetworkLocation point) {
    int e = point.edge();
    double length = network.edgeLengthMeters(e);
    double f = point.fraction();
    double best = Double.POSITIVE_INFINITY;
    if (network.forward(e) || f == 0) {
      best = Math.min(best, distance[network.edgeSource(e)] + f * length);
    }
    if (network.backward(e) || f == 1) {
      best = Math.min(best, distance[network.edgeTarget(e)] + (1 - f) * length);
    }
    if (origin.edge() == e) {
      boolean ahead = f >= origin.fraction();
      if (ahead ? network.forward(e) : network.backward(e)) {
        best = Math.min(best, Math.abs(f - origin.fraction()) * length);
      }
    }
    return best <= limitMeters ? best : Double.POSITIVE_INFINITY;
  }
}

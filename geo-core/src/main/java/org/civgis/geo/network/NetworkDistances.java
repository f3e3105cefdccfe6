package org.civgis.geo.network;

import java.util.Arrays;
import java.util.List;

/**
 * The result of {@link ShortestPaths#from}: walking distance from the nearest origin to every node
 * and to every point on an edge, within the limit.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #metersToNode} is the least distance to the node, {@code +∞} beyond the limit.
 *   <li>{@link #metersTo(NetworkLocation)} is the least distance to a point on an edge: through the
 *       edge's source node (plus fraction·length, if the edge may be walked forward), through its
 *       target node (plus (1−fraction)·length, if backward), or along the edge from an origin on
 *       the same edge; {@code +∞} when above the limit.
 *   <li>{@link #reachedIntervals} gives, per edge, the parts of it within the limit, from which
 *       isochrones are drawn: nothing outside them is reached.
 * </ol>
 */
public final class NetworkDistances {
  private final RoadNetwork network;
  private final List<NetworkLocation> origins;
  private final double limitMeters;
  private final double[] distance;
  private final int[] nearest;
  private final int[] originsByEdge;

  NetworkDistances(
      RoadNetwork network,
      List<NetworkLocation> origins,
      double limitMeters,
      double[] distance,
      int[] nearest) {
    this.network = network;
    this.origins = origins;
    this.limitMeters = limitMeters;
    this.distance = distance;
    this.nearest = nearest;
    Integer[] order = new Integer[origins.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(origins.get(a).edge(), origins.get(b).edge()));
    this.originsByEdge = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  public RoadNetwork network() {
    return network;
  }

  public List<NetworkLocation> origins() {
    return origins;
  }

  public double limitMeters() {
    return limitMeters;
  }

  /** Least walking distance to {@code node}, {@code +∞} beyond the limit. */
  public double metersToNode(int node) {
    return distance[node];
  }

  /** Index (into {@link #origins()}) of the origin nearest to {@code node}; −1 if unreached. */
  public int nearestOriginToNode(int node) {
    return nearest[node];
  }

  /** Least walking distance to a point on an edge, {@code +∞} beyond the limit. */
  public double metersTo(NetworkLocation point) {
    return best(point)[0];
  }

  /** Index of the origin nearest to a point on an edge; −1 if none is within the limit. */
  public int nearestOriginTo(NetworkLocation point) {
    return (int) best(point)[1];
  }

  private double[] best(NetworkLocation point) {
    int e = point.edge();
    double length = network.edgeLengthMeters(e);
    double f = point.fraction();
    double best = Double.POSITIVE_INFINITY;
    int origin = -1;
    int s = network.edgeSource(e);
    int t = network.edgeTarget(e);
    if (network.forward(e) || f == 0) {
      double d = distance[s] + f * length;
      if (d < best) {
        best = d;
        origin = nearest[s];
      }
    }
    if (network.backward(e) || f == 1) {
      double d = distance[t] + (1 - f) * length;
      if (d < best) {
        best = d;
        origin = nearest[t];
      }
    }
    for (int k = firstOriginOn(e); k < originsByEdge.length; k++) {
      int o = originsByEdge[k];
      NetworkLocation from = origins.get(o);
      if (from.edge() != e) {
        break;
      }
      boolean ahead = f >= from.fraction();
      if (ahead ? network.forward(e) : network.backward(e)) {
        double d = Math.abs(f - from.fraction()) * length;
        if (d < best) {
          best = d;
          origin = o;
        }
      }
    }
    return best <= limitMeters
        ? new double[] {best, origin}
        : new double[] {Double.POSITIVE_INFINITY, -1};
  }

  private int firstOriginOn(int edge) {
    int lo = 0;
    int hi = originsByEdge.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (origins.get(originsByEdge[mid]).edge() < edge) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The parts of {@code edge} reached within the limit, as sorted, disjoint fraction intervals
   * {@code [from0, to0, from1, to1, …]}; empty when no part is reached.
   */
  public double[] reachedIntervals(int edge) {
    double length = network.edgeLengthMeters(edge);
    double[] intervals = new double[8];
    int n = 0;
    int s = network.edgeSource(edge);
    int t = network.edgeTarget(edge);
    if (network.forward(edge) && distance[s] <= limitMeters) {
      double reach = length == 0 ? 1 : (limitMeters - distance[s]) / length;
      intervals = add(intervals, n, 0, Math.min(1, reach));
      n += 2;
    }
    if (network.backward(edge) && distance[t] <= limitMeters) {
      double reach = length == 0 ? 1 : (limitMeters - distance[t]) / length;
      intervals = add(intervals, n, Math.max(0, 1 - reach), 1);
      n += 2;
    }
    for (int k = firstOriginOn(edge); k < originsByEdge.length; k++) {
      NetworkLocation from = origins.get(originsByEdge[k]);
      if (from.edge() != edge) {
        break;
      }
      double reach = length == 0 ? 1 : limitMeters / length;
      double lo = network.backward(edge) ? Math.max(0, from.fraction() - reach) : from.fraction();
      double hi = network.forward(edge) ? Math.min(1, from.fraction() + reach) : from.fraction();
      intervals = add(intervals, n, lo, hi);
      n += 2;
    }
    return merge(Arrays.copyOf(intervals, n));
  }

  private static double[] add(double[] intervals, int n, double from, double to) {
    double[] out =
        n + 2 > intervals.length ? Arrays.copyOf(intervals, 2 * intervals.length) : intervals;
    out[n] = from;
    out[n + 1] = to;
    return out;
  }

  private static double[] merge(double[] intervals) {
    int count = intervals.length / 2;
    if (count <= 1) {
      return intervals;
    }
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(intervals[2 * a], intervals[2 * b]));
    double[] out = new double[intervals.length];
    int n = 0;
    for (int i : order) {
      double from = intervals[2 * i];
      double to = intervals[2 * i + 1];
      if (n > 0 && from <= out[n - 1]) {
        out[n - 1] = Math.max(out[n - 1], to);
      } else {
        out[n++] = from;
        out[n++] = to;
      }
    }
    return Arrays.copyOf(out, n);
  }
}

package org.civgis.geo.network;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Walking distances from a set of origins over a {@link RoadNetwork}, cut off at a limit: the
 * nearest origin and its distance at every node, as one multi-source Dijkstra gives them.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>An origin is a {@link NetworkLocation}: it enters its edge at its fraction and walks to the
 *       edge's source node (fraction·length, if the edge may be walked backward) and to its target
 *       node ((1−fraction)·length, if forward); partial edges count.
 *   <li>{@link NetworkDistances#metersToNode} of a node is the least walking distance from any
 *       origin, for nodes reached within {@code limitMeters} (a node at exactly the limit is
 *       reached); others are {@code +∞}. This equals, at every node, the least {@code agg_cost}
 *       over all starts of pgRouting's {@code pgr_drivingDistance} from the same origins on the
 *       same {@code cost}/{@code reverse_cost} (without {@code equicost}). It does not equal {@code
 *       pgr_drivingDistance} with {@code equicost => true}: pgRouting's merge of its per-start
 *       searches keeps a farther start, or drops the node, at some nodes (up to about 30 % of them
 *       on real networks, always farther), so that reading is not the nearest.
 *   <li>Distances are summed in the order of the path, in double precision.
 * </ol>
 *
 * <p>Implementation note: the origins are searched one after another, in rows of about a kilometre
 * (the next search starts near the last one, where the network's arrays are still in the CPU's
 * cache), into one array of distances: a search pushes only the nodes it brings nearer than any
 * earlier origin did, so it stops where another origin is as near. When all have run, every node
 * holds the least {@code d(u) + length} over its neighbours, which is what one pass from all
 * origins at once (Dijkstra's, settling the whole reached part in distance order) gives: with
 * positive lengths that fixpoint is unique, and a double sum is monotone, so the two are the same
 * doubles; but a pass in distance order sweeps the whole reached network once per distance band,
 * from main memory on a large one, while the searches one after another stay local. Each search's
 * queue is a bucket queue (Dial's algorithm) whose buckets are narrower than the shortest walkable
 * edge: a node taken from the lowest bucket cannot be improved by another node of the same bucket,
 * so its distance is final for that search when its bucket comes. Where that width is impractical
 * (an edge of length 0, or more buckets than {@link #MAX_BUCKETS}) a lazy binary heap orders the
 * nodes instead. When two origins reach a node at exactly the same distance, which of them is its
 * nearest is not specified. With many origins on a large network the origins are split in two and
 * searched on two threads (see {@link #from(RoadNetwork, List, double, boolean)}). Separate
 * searches per origin are what {@link BoundedSearch} does, for analyses that need each origin's own
 * catchment.
 */
public final class ShortestPaths {
  private ShortestPaths() {}

  /** Buckets of at least this many entries are taken in node order. */
  private static final int SORTED_BUCKET = 1024;

  /** More buckets than this, and the heap orders the search instead. */
  static final int MAX_BUCKETS = 1 << 22;

  /**
   * With at least this many origins on a network of at least {@link #PARALLEL_NODES} nodes, the
   * origins are split in two (west and east) and searched on two threads.
   */
  static final int PARALLEL_ORIGINS = 64;

  static final int PARALLEL_NODES = 100_000;

  /** Distances from all {@code origins} within {@code limitMeters}. */
  public static NetworkDistances from(
      RoadNetwork network, List<NetworkLocation> origins, double limitMeters) {
    boolean split =
        origins.size() >= PARALLEL_ORIGINS
            && network.nodeCount() >= PARALLEL_NODES
            && Runtime.getRuntime().availableProcessors() >= 2;
    return from(network, origins, limitMeters, split);
  }

  /**
   * As {@link #from(RoadNetwork, List, double)}; with {@code split} the origins west of their
   * median longitude are searched on another thread while this one searches the rest, and each node
   * takes the nearer of the two answers (the west's on a tie). That is the one-pass answer exactly:
   * a node's distance is the least {@code d(u) + length} over its settled neighbours, and a double
   * sum is monotone in {@code d(u)}, so the least over all origins is the lesser of the least over
   * each half.
   */
  public static NetworkDistances from(
      RoadNetwork network, List<NetworkLocation> origins, double limitMeters, boolean split) {
    if (!(limitMeters >= 0)) {
      throw new IllegalArgumentException("limitMeters must be >= 0");
    }
    List<NetworkLocation> kept = List.copyOf(origins);
    int[] all = new int[kept.size()];
    Arrays.setAll(all, i -> i);
    if (!split || all.length < 2) {
      Search one = search(network, kept, all, limitMeters);
      return new NetworkDistances(network, kept, limitMeters, one.distance, one.nearest);
    }
    // west and east halves: their catchments overlap only along the seam
    Integer[] byLon = Arrays.stream(all).boxed().toArray(Integer[]::new);
    Arrays.sort(
        byLon,
        (a, b) ->
            Double.compare(
                network.nodeLon(network.edgeSource(kept.get(a).edge())),
                network.nodeLon(network.edgeSource(kept.get(b).edge()))));
    int[] west = new int[byLon.length / 2];
    int[] east = new int[byLon.length - west.length];
    for (int i = 0; i < byLon.length; i++) {
      if (i < west.length) {
        west[i] = byLon[i];
      } else {
        east[i - west.length] = byLon[i];
      }
    }
    CompletableFuture<Search> other =
        CompletableFuture.supplyAsync(() -> search(network, kept, east, limitMeters));
    Search w = search(network, kept, west, limitMeters);
    Search e = other.join();
    double[] distance = w.distance;
    int[] nearest = w.nearest;
    for (int v = 0; v < distance.length; v++) {
      if (e.distance[v] < distance[v]) {
        distance[v] = e.distance[v];
        nearest[v] = e.nearest[v];
      }
    }
    return new NetworkDistances(network, kept, limitMeters, distance, nearest);
  }

  /** Distances and nearest origins of one search. */
  private record Search(double[] distance, int[] nearest) {}

  /**
   * The least distances from the origins {@code which} (indexes into {@code origins}): one search
   * after another, in the order of {@link #spatialOrder}, each pruned where an earlier one is
   * already as near (see the class's implementation note).
   */
  private static Search search(
      RoadNetwork network, List<NetworkLocation> origins, int[] which, double limitMeters) {
    double[] distance = new double[network.nodeCount()];
    int[] nearest = new int[network.nodeCount()];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    Arrays.fill(nearest, -1);
    // a little narrower than the shortest edge, so that rounding cannot keep a relaxed node in the
    // bucket it was relaxed from
    double width = network.shortestArcMeters() * (1 - 1e-6);
    Queue queue =
        width > 0 && limitMeters / width < MAX_BUCKETS
            ? new Buckets(width, (int) (limitMeters / width) + 1, network.nodeCount())
            : new Heap();
    int[] firstArc = network.firstArcs();
    int[] arcHead = network.arcHeads();
    int[] arcEdge = network.arcEdges();
    double[] edgeLength = network.edgeLengths();
    for (int o : spatialOrder(network, origins, which)) {
      NetworkLocation origin = origins.get(o);
      int e = origin.edge();
      double length = network.edgeLengthMeters(e);
      // an origin exactly at an end node is at that node, whatever the edge's directions
      if (network.backward(e) || origin.fraction() == 0) {
        offer(
            queue,
            distance,
            nearest,
            network.edgeSource(e),
            origin.fraction() * length,
            o,
            limitMeters);
      }
      if (network.forward(e) || origin.fraction() == 1) {
        offer(
            queue,
            distance,
            nearest,
            network.edgeTarget(e),
            (1 - origin.fraction()) * length,
            o,
            limitMeters);
      }
      // only what this origin improves is pushed: the search stops where another is as near
      for (int u = queue.next(distance); u >= 0; u = queue.next(distance)) {
        double d = distance[u];
        int from = nearest[u];
        for (int a = firstArc[u], end = firstArc[u + 1]; a < end; a++) {
          int v = arcHead[a];
          double dv = d + edgeLength[arcEdge[a] >>> 1];
          if (dv < distance[v] && dv <= limitMeters) {
            distance[v] = dv;
            nearest[v] = from;
            queue.push(dv, v);
          }
        }
      }
      queue.reset();
    }
    return new Search(distance, nearest);
  }

  /**
   * {@code which} in rows of about a kilometre from south to north, west to east in each: the next
   * search starts near the last, where the network's arrays are still in the cache.
   */
  private static int[] spatialOrder(
      RoadNetwork network, List<NetworkLocation> origins, int[] which) {
    if (which.length > 1 << 20) {
      return which; // the key below holds the index in 20 bits
    }
    long[] keys = new long[which.length];
    for (int i = 0; i < which.length; i++) {
      int node = network.edgeSource(origins.get(which[i]).edge());
      long row = (long) Math.floor((network.nodeLat(node) + 90) * 100);
      long column = (long) Math.floor((network.nodeLon(node) + 180) * 1e5);
      keys[i] = ((row << 26 | column) << 20) | i; // the index last: a stable order
    }
    Arrays.sort(keys);
    int[] order = new int[which.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = which[(int) (keys[i] & 0xFFFFF)];
    }
    return order;
  }

  private static void offer(
      Queue queue, double[] distance, int[] nearest, int node, double d, int origin, double limit) {
    if (d <= limit && d < distance[node]) {
      distance[node] = d;
      nearest[node] = origin;
      queue.push(d, node);
    }
  }

  /** The nodes of a search in the order they are settled. */
  private interface Queue {
    void push(double distance, int node);

    /** The next node to settle (its distance final), or −1 when none is left. */
    int next(double[] distance);

    /** Empty again (after {@link #next} has answered −1), for the next search. */
    void reset();
  }

  /** Nodes ordered by a lazy binary heap: an entry whose key is no longer its node's is skipped. */
  private static final class Heap implements Queue {
    private final MinHeap heap = new MinHeap();

    @Override
    public void push(double distance, int node) {
      heap.push(distance, node);
    }

    @Override
    public int next(double[] distance) {
      while (!heap.isEmpty()) {
        double d = heap.peekKey();
        int u = heap.pop();
        if (d <= distance[u]) {
          return u;
        }
      }
      return -1;
    }

    @Override
    public void reset() {
      heap.clear();
    }
  }

  /**
   * Nodes in buckets of distance {@code width} (less than the shortest edge): bucket i holds nodes
   * at [i·width, (i+1)·width). A bucket is taken in node order (near nodes are near in memory); an
   * entry is skipped when its node has since moved to an earlier bucket or came just before.
   */
  private static final class Buckets implements Queue {
    private final double perMeter;
    private final int[][] items;
    private final int[] sizes;
    private final int nodeBits;
    private int[] scratch = new int[0];
    private int current;
    private int at;
    private int last = -1;

    Buckets(double width, int count, int nodes) {
      this.perMeter = 1 / width;
      this.items = new int[count][];
      this.sizes = new int[count];
      this.nodeBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, nodes - 1));
    }

    /** Sorts the first {@code size} nodes of {@code bucket}: an LSD radix sort, 11 bits a pass. */
    private int[] sort(int[] bucket, int size) {
      if (scratch.length < bucket.length) {
        scratch = new int[bucket.length];
      }
      int[] from = bucket;
      int[] to = scratch;
      int[] count = new int[1 << 11];
      for (int shift = 0; shift < nodeBits; shift += 11) {
        Arrays.fill(count, 0);
        for (int i = 0; i < size; i++) {
          count[(from[i] >>> shift) & 0x7FF]++;
        }
        for (int d = 0, sum = 0; d < count.length; d++) {
          int c = count[d];
          count[d] = sum;
          sum += c;
        }
        for (int i = 0; i < size; i++) {
          int v = from[i];
          to[count[(v >>> shift) & 0x7FF]++] = v;
        }
        int[] t = from;
        from = to;
        to = t;
      }
      if (from != bucket) {
        scratch = bucket; // the sorted nodes are in the old scratch array: swap the two
      }
      return from;
    }

    @Override
    public void push(double distance, int node) {
      int b = (int) (distance * perMeter);
      int[] bucket = items[b];
      if (bucket == null) {
        bucket = items[b] = new int[16];
      } else if (sizes[b] == bucket.length) {
        bucket = items[b] = Arrays.copyOf(bucket, bucket.length * 2);
      }
      bucket[sizes[b]++] = node;
    }

    @Override
    public int next(double[] distance) {
      while (current < items.length) {
        int[] bucket = items[current];
        if (at == 0 && bucket != null && sizes[current] >= SORTED_BUCKET) {
          // in node order: neighbours in the arrays are near each other in memory (a node that
          // comes twice in a smaller, unsorted bucket is settled twice, the second time in vain)
          bucket = items[current] = sort(bucket, sizes[current]);
        }
        while (at < sizes[current]) {
          int u = bucket[at++];
          // sorted: a node twice in a bucket comes twice in a row
          if (u != last && (int) (distance[u] * perMeter) == current) {
            last = u;
            return u;
          }
        }
        sizes[current] = 0; // the array is kept for the next search
        current++;
        at = 0;
        last = -1;
      }
      return -1;
    }

    @Override
    public void reset() {
      current = 0;
      at = 0;
      last = -1;
    }
  }
}

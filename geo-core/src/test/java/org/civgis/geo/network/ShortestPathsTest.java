package org.civgis.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortestPathsTest {
  private static final double[] STRAIGHT = new double[0];

  /*
   *   0 ---100--- 1 ---100--- 2
   *               |
   *              300
   *               |
   *   3 ---50---- 4        5 (isolated)
   *
   *   edge 3 (3→4) may be walked forward only.
   */
  private static RoadNetwork small() {
    RoadNetwork.Builder b = RoadNetwork.builder(6, 4);
    for (int i = 0; i < 6; i++) {
      b.addNode(87.3 + i * 0.001, 44.0);
    }
    b.addEdge(0, 1, STRAIGHT, 100, true, true);
    b.addEdge(1, 2, STRAIGHT, 100, true, true);
    b.addEdge(1, 4, STRAIGHT, 300, true, true);
    b.addEdge(3, 4, STRAIGHT, 50, true, false);
    return b.build();
  }

  // ---- whole network

  @Test
  void oneOriginAtANodeGivesPathLengths() {
    RoadNetwork network = small();
    NetworkDistances d = ShortestPaths.from(network, List.of(network.atNode(0)), 1000);
    assertThat(d.metersToNode(0)).isZero();
    assertThat(d.metersToNode(1)).isEqualTo(100);
    assertThat(d.metersToNode(2)).isEqualTo(200);
    assertThat(d.metersToNode(4)).isEqualTo(400);
    assertThat(d.metersToNode(3)).as("3→4 is one-way, 3 cannot be reached from 4").isInfinite();
    assertThat(d.metersToNode(5)).isInfinite();
  }

  @Test
  void manyOriginsGiveTheNearest() {
    RoadNetwork network = small();
    NetworkDistances d =
        ShortestPaths.from(network, List.of(network.atNode(0), network.atNode(3)), 1000);
    assertThat(d.metersToNode(4)).isEqualTo(50);
    assertThat(d.nearestOriginToNode(4)).isEqualTo(1);
    assertThat(d.metersToNode(1)).isEqualTo(100);
    assertThat(d.nearestOriginToNode(1)).isZero();
  }

  @Test
  void anEdgeOfLengthZeroIsWalkedForNothing() {
    // no bucket is narrower than an edge of length 0: the heap orders this search
    RoadNetwork.Builder b = RoadNetwork.builder(4, 3);
    for (int i = 0; i < 4; i++) {
      b.addNode(87.3 + i * 0.001, 44.0);
    }
    b.addEdge(0, 1, STRAIGHT, 0, true, true);
    b.addEdge(1, 2, STRAIGHT, 70, true, true);
    b.addEdge(0, 3, STRAIGHT, 30, true, true);
    NetworkDistances d = ShortestPaths.from(b.build(), List.of(small().atNode(2)), 1000);
    assertThat(d.metersToNode(1)).isEqualTo(70);
    assertThat(d.metersToNode(0)).isEqualTo(70);
    assertThat(d.metersToNode(3)).isEqualTo(100);
  }

  @Test
  void bucketsAndTheHeapGiveTheSameDistances() {
    // a grid of uneven blocks, and the same grid with one more edge of length 0 (the heap's case)
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    int side = 40;
    RoadNetwork.Builder buckets = RoadNetwork.builder(side * side + 1, 2 * side * side);
    RoadNetwork.Builder heap = RoadNetwork.builder(side * side + 1, 2 * side * side);
    for (int n = 0; n <= side * side; n++) {
      buckets.addNode(87.3 + (n % side) * 0.001, 44.0 + (n / side) * 0.001);
      heap.addNode(87.3 + (n % side) * 0.001, 44.0 + (n / side) * 0.001);
    }
    for (int n = 0; n < side * side; n++) {
      if (n % side + 1 < side) {
        double length = 40 + random.nextInt(60) + random.nextDouble();
        buckets.addEdge(n, n + 1, STRAIGHT, length, true, true);
        heap.addEdge(n, n + 1, STRAIGHT, length, true, true);
      }
      if (n + side < side * side) {
        double length = 40 + random.nextInt(60) + random.nextDouble();
        boolean backward = random.nextInt(5) > 0; // some one-way streets
        buckets.addEdge(n, n + side, STRAIGHT, length, true, backward);
        heap.addEdge(n, n + side, STRAIGHT, length, true, backward);
      }
    }
    heap.addEdge(side * side - 1, side * side, STRAIGHT, 0, true, true);
    buckets.addEdge(side * side - 1, side * side, STRAIGHT, 1000, true, true);
    RoadNetwork a = buckets.build();
    RoadNetwork h = heap.build();
    List<NetworkLocation> origins =
        List.of(
            new NetworkLocation(17, 0.3, 0),
            new NetworkLocation(901, 0.5, 0),
            a.atNode(444),
            a.atNode(1300));
    NetworkDistances da = ShortestPaths.from(a, origins, 1500);
    NetworkDistances dh = ShortestPaths.from(h, origins, 1500);
    int reached = 0;
    for (int n = 0; n < side * side - 1; n++) {
      assertThat(da.metersToNode(n)).as("node %d", n).isEqualTo(dh.metersToNode(n));
      if (da.metersToNode(n) < Double.POSITIVE_INFINITY) {
        reached++;
      }
    }
    assertThat(reached).isBetween(100, side * side - 2);
  }

  @Test
  void theSplitSearchGivesTheOnePassDistancesExactly() {
    // uneven blocks with one-way streets; origins at nodes and inside edges, some on the same node
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    int side = 60;
    RoadNetwork.Builder b = RoadNetwork.builder(side * side, 2 * side * side);
    for (int n = 0; n < side * side; n++) {
      b.addNode(87.3 + (n % side) * 0.001, 44.0 + (n / side) * 0.001);
    }
    for (int n = 0; n < side * side; n++) {
      if (n % side + 1 < side) {
        b.addEdge(n, n + 1, STRAIGHT, 40 + random.nextInt(60) + random.nextDouble(), true, true);
      }
      if (n + side < side * side) {
        boolean backward = random.nextInt(5) > 0;
        b.addEdge(
            n, n + side, STRAIGHT, 40 + random.nextInt(60) + random.nextDouble(), true, backward);
      }
    }
    RoadNetwork network = b.build();
    List<NetworkLocation> origins = new java.util.ArrayList<>();
    for (int i = 0; i < 80; i++) {
      origins.add(
          random.nextBoolean()
              ? network.atNode(random.nextInt(side * side))
              : new NetworkLocation(random.nextInt(network.edgeCount()), random.nextDouble(), 0));
    }
    origins.add(origins.get(3)); // the same place twice
    NetworkDistances one = ShortestPaths.from(network, origins, 700, false);
    NetworkDistances split = ShortestPaths.from(network, origins, 700, true);
    List<NetworkDistances> each =
        origins.stream().map(o -> ShortestPaths.from(network, List.of(o), 700, false)).toList();
    int reached = 0;
    for (int n = 0; n < side * side; n++) {
      assertThat(split.metersToNode(n)).as("node %d", n).isEqualTo(one.metersToNode(n));
      if (one.metersToNode(n) < Double.POSITIVE_INFINITY) {
        reached++;
        // the nearest may differ only between origins at exactly the same distance
        int nearest = split.nearestOriginToNode(n);
        assertThat(nearest).isNotNegative();
        assertThat(each.get(nearest).metersToNode(n))
            .as("node %d's nearest origin is at its distance", n)
            .isEqualTo(one.metersToNode(n));
      }
    }
    assertThat(reached).isBetween(side * side / 2, side * side);
  }

  @Test
  void theSearchesOneAfterAnotherGiveWhatOnePassInDistanceOrderGives() {
    // the reference: Dijkstra from all origins at once, in distance order (a priority queue)
    java.util.SplittableRandom random = new java.util.SplittableRandom(23);
    for (int trial = 0; trial < 6; trial++) {
      int side = 30 + random.nextInt(30);
      RoadNetwork.Builder b = RoadNetwork.builder(side * side, 2 * side * side);
      for (int n = 0; n < side * side; n++) {
        b.addNode(87.3 + (n % side) * 0.001, 44.0 + (n / side) * 0.001);
      }
      for (int n = 0; n < side * side; n++) {
        if (n % side + 1 < side) {
          b.addEdge(n, n + 1, STRAIGHT, 20 + random.nextDouble() * 90, true, random.nextInt(6) > 0);
        }
        if (n + side < side * side) {
          b.addEdge(
              n, n + side, STRAIGHT, 20 + random.nextDouble() * 90, random.nextInt(6) > 0, true);
        }
      }
      RoadNetwork network = b.build();
      List<NetworkLocation> origins = new java.util.ArrayList<>();
      for (int i = 0, count = 1 + random.nextInt(120); i < count; i++) {
        origins.add(
            random.nextBoolean()
                ? network.atNode(random.nextInt(side * side))
                : new NetworkLocation(random.nextInt(network.edgeCount()), random.nextDouble(), 0));
      }
      double limit = 100 + random.nextDouble() * 1500;
      double[] reference = inDistanceOrder(network, origins, limit);
      for (boolean split : new boolean[] {false, true}) {
        NetworkDistances d = ShortestPaths.from(network, origins, limit, split);
        for (int n = 0; n < side * side; n++) {
          assertThat(d.metersToNode(n))
              .as("trial %d, node %d, split %s", trial, n, split)
              .isEqualTo(reference[n]);
        }
      }
    }
  }

  /** Textbook multi-source Dijkstra: all origins in one priority queue, nodes in distance order. */
  private static double[] inDistanceOrder(
      RoadNetwork network, List<NetworkLocation> origins, double limit) {
    double[] distance = new double[network.nodeCount()];
    java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
    java.util.PriorityQueue<double[]> queue =
        new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(entry -> entry[0]));
    java.util.function.BiConsumer<Integer, Double> offer =
        (node, d) -> {
          if (d <= limit && d < distance[node]) {
            distance[node] = d;
            queue.add(new double[] {d, node});
          }
        };
    for (NetworkLocation o : origins) {
      double length = network.edgeLengthMeters(o.edge());
      if (network.backward(o.edge()) || o.fraction() == 0) {
        offer.accept(network.edgeSource(o.edge()), o.fraction() * length);
      }
      if (network.forward(o.edge()) || o.fraction() == 1) {
        offer.accept(network.edgeTarget(o.edge()), (1 - o.fraction()) * length);
      }
    }
    while (!queue.isEmpty()) {
      double[] entry = queue.poll();
      int u = (int) entry[1];
      if (entry[0] > distance[u]) {
        continue;
      }
      for (int e = 0; e < network.edgeCount(); e++) {
        // every edge (slow, but independent of the adjacency arrays under test)
        int v = -1;
        if (network.edgeSource(e) == u && network.forward(e)) {
          v = network.edgeTarget(e);
        } else if (network.edgeTarget(e) == u && network.backward(e)) {
          v = network.edgeSource(e);
        }
        if (v >= 0) {
          offer.accept(v, distance[u] + network.edgeLengthMeters(e));
        }
      }
    }
    return distance;
  }

  @Test
  void theLimitCutsOffAndANodeAtTheLimitIsReached() {
    RoadNetwork network = small();
    NetworkDistances d = ShortestPaths.from(network, List.of(network.atNode(0)), 200);
    assertThat(d.metersToNode(2)).isEqualTo(200);
    assertThat(d.metersToNode(4)).isInfinite();
  }

  // ---- partial edges

  @Test
  void anOriginInsideAnEdgeWalksToBothEnds() {
    RoadNetwork network = small();
    NetworkDistances d =
        ShortestPaths.from(network, List.of(new NetworkLocation(2, 0.25, 0)), 1000);
    assertThat(d.metersToNode(1)).isEqualTo(75);
    assertThat(d.metersToNode(4)).isEqualTo(225);
    assertThat(d.metersToNode(0)).isEqualTo(175);
  }

  @Test
  void aOneWayEdgeIsLeftOnlyForward() {
    RoadNetwork network = small();
    NetworkDistances d = ShortestPaths.from(network, List.of(new NetworkLocation(3, 0.5, 0)), 1000);
    assertThat(d.metersToNode(4)).isEqualTo(25);
    assertThat(d.metersToNode(3)).isInfinite();
  }

  @Test
  void pointsOnEdgesCountPartialEdges() {
    RoadNetwork network = small();
    NetworkDistances d = ShortestPaths.from(network, List.of(network.atNode(0)), 1000);
    // middle of edge 1→4 (300 m): 100 + 150
    assertThat(d.metersTo(new NetworkLocation(2, 0.5, 0))).isEqualTo(250);
    // same edge as the origin
    NetworkDistances inside =
        ShortestPaths.from(network, List.of(new NetworkLocation(2, 0.2, 0)), 1000);
    assertThat(inside.metersTo(new NetworkLocation(2, 0.5, 0))).isCloseTo(90, within(1e-9));
  }

  @Test
  void reachedIntervalsAreThePartsWithinTheLimit() {
    RoadNetwork network = small();
    NetworkDistances d = ShortestPaths.from(network, List.of(network.atNode(0)), 250);
    assertThat(d.reachedIntervals(0)).containsExactly(0, 1);
    assertThat(d.reachedIntervals(2)).containsExactly(0, 0.5);
    assertThat(d.reachedIntervals(3)).isEmpty();
  }

  @Test
  void boundedSearchAgreesWithTheMultiSourcePassForOneOrigin() {
    RoadNetwork network = TestNetworks.grid(30, 30, 70);
    NetworkLocation origin = new NetworkLocation(400, 0.3, 0);
    NetworkDistances all = ShortestPaths.from(network, List.of(origin), 900);
    BoundedSearch search = new BoundedSearch(network);
    search.run(new NetworkLocation(10, 0.5, 0), 500); // a first run to be forgotten
    search.run(origin, 900);
    for (int n = 0; n < network.nodeCount(); n++) {
      assertThat(search.metersToNode(n)).isEqualTo(all.metersToNode(n));
    }
    for (int e = 0; e < network.edgeCount(); e++) {
      NetworkLocation middle = new NetworkLocation(e, 0.5, 0);
      assertThat(search.metersTo(middle)).isEqualTo(all.metersTo(middle));
    }
  }
}

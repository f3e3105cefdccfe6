package org.civgis.geo.network.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.TestNetworks;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.civgis.geo.network.coverage.DemandPoint;
import org.civgis.geo.network.coverage.FacilitySite;
import org.junit.jupiter.api.Test;

class SitingTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  // ---- uncapacitated: optimum by enumeration of every set of at most k sites

  @Test
  void exactEqualsEnumerationAndGreedyIsWithinItsBound() {
    SplittableRandom random = new SplittableRandom(42);
    for (int instance = 0; instance < 12; instance++) {
      SitingProblem problem = randomProblem(random, 9, 30, 3, false);
      double optimum = enumerate(problem);
      SitingReport report = SitingReport.solve(problem, LIMIT);
      assertThat(report.exact().optimal()).isTrue();
      assertThat(report.exact().coveredWeight()).isCloseTo(optimum, within(1e-6));
      assertThat(value(problem, report.exact().chosen())).isCloseTo(optimum, within(1e-6));
      assertThat(report.greedy().coveredWeight()).isLessThanOrEqualTo(optimum + 1e-9);
      assertThat(report.greedy().coveredWeight())
          .isGreaterThanOrEqualTo((1 - 1 / Math.E) * optimum - 1e-9);
      assertThat(value(problem, report.greedy().chosen()))
          .isCloseTo(report.greedy().coveredWeight(), within(1e-9));
      assertThat(report.gap())
          .isCloseTo((optimum - report.greedy().coveredWeight()) / optimum, within(1e-9));
    }
  }

  /*
   * The greedy trap: C covers the most alone, A and B together cover more.
   *   u1 u2 u3 u4 (2 each), u5 (0.5);  A = {u1, u2}, B = {u3, u4}, C = {u2, u3, u5};  k = 2
   */
  @Test
  void greedyFallsIntoTheTrapAndTheGapSaysHowFar() {
    SitingProblem problem =
        new SitingProblem(
            sites(3),
            new double[] {2, 2, 2, 2, 0.5},
            new int[][] {{0, 1}, {2, 3}, {1, 2, 4}},
            infinite(3),
            2);
    SitingReport report = SitingReport.solve(problem, LIMIT);
    assertThat(report.greedy().chosen()).containsExactly(0, 2);
    assertThat(report.greedy().coveredWeight()).isEqualTo(6.5);
    assertThat(report.exact().chosen()).containsExactly(0, 1);
    assertThat(report.exact().coveredWeight()).isEqualTo(8);
    assertThat(report.gap()).isCloseTo(1.5 / 8, within(1e-12));
    assertThat(report.best()).isSameAs(report.exact());
  }

  // ---- capacitated: optimum by enumeration of sites and assignments

  @Test
  void capacitatedExactEqualsEnumeration() {
    SplittableRandom random = new SplittableRandom(7);
    for (int instance = 0; instance < 8; instance++) {
      SitingProblem problem = randomProblem(random, 6, 9, 2, true);
      double optimum = enumerateCapacitated(problem);
      SitingReport report = SitingReport.solve(problem, LIMIT);
      assertThat(report.exact().optimal()).isTrue();
      assertThat(report.exact().coveredWeight()).isCloseTo(optimum, within(1e-6));
      assertThat(report.greedy().coveredWeight()).isLessThanOrEqualTo(optimum + 1e-9);
      for (int j : report.greedy().chosen()) {
        assertThat(j).isBetween(0, 5);
      }
    }
  }

  // ---- on a network

  /*
   * A 21 × 3 grid, 100 m apart; an existing facility at the west end, demand at every node of the
   * middle row; 5 minutes at 1 m/s = 300 m.
   */
  @Test
  void onANetworkOnlyDemandNotYetCoveredCounts() {
    RoadNetwork network = TestNetworks.grid(21, 3, 100);
    List<DemandPoint> demand = new ArrayList<>();
    for (int c = 0; c < 21; c++) {
      int node = 21 + c;
      demand.add(new DemandPoint("d" + c, network.nodeLon(node), network.nodeLat(node), 10));
    }
    FacilitySite existing = FacilitySite.of("old", network.nodeLon(21), network.nodeLat(21));
    List<FacilitySite> candidates =
        List.of(
            FacilitySite.of("west", network.nodeLon(23), network.nodeLat(23)),
            FacilitySite.of("middle", network.nodeLon(31), network.nodeLat(31)),
            FacilitySite.of("east", network.nodeLon(41), network.nodeLat(41)));
    SitingProblem problem =
        SitingProblem.onNetwork(
            network,
            List.of(existing),
            candidates,
            demand,
            CoverageOptions.defaults().withMinutes(5),
            2);
    assertThat(problem.coverable()[0]).containsExactly(4, 5); // d0..d3 already covered
    assertThat(problem.coverable()[1]).containsExactly(7, 8, 9, 10, 11, 12, 13);
    assertThat(problem.coverable()[2]).containsExactly(17, 18, 19, 20);
    SitingReport report = SitingReport.solve(problem, LIMIT);
    assertThat(report.exact().chosen()).containsExactly(1, 2);
    assertThat(report.exact().coveredWeight()).isEqualTo(110);
  }

  // ---- helpers

  private static SitingProblem randomProblem(
      SplittableRandom random, int candidates, int demand, int k, boolean capacitated) {
    double[] weights = new double[demand];
    for (int i = 0; i < demand; i++) {
      weights[i] = random.nextInt(1, 40) + (random.nextBoolean() ? 0.5 : 0);
    }
    int[][] coverable = new int[candidates][];
    double[] capacity = new double[candidates];
    for (int j = 0; j < candidates; j++) {
      List<Integer> set = new ArrayList<>();
      for (int i = 0; i < demand; i++) {
        if (random.nextDouble() < 0.3) {
          set.add(i);
        }
      }
      coverable[j] = set.stream().mapToInt(Integer::intValue).toArray();
      capacity[j] = capacitated ? random.nextInt(20, 60) : Double.POSITIVE_INFINITY;
    }
    return new SitingProblem(sites(candidates), weights, coverable, capacity, k);
  }

  private static List<FacilitySite> sites(int n) {
    List<FacilitySite> sites = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      sites.add(FacilitySite.of("c" + j, 87.3, 44.0));
    }
    return sites;
  }

  private static double[] infinite(int n) {
    double[] c = new double[n];
    Arrays.fill(c, Double.POSITIVE_INFINITY);
    return c;
  }

  private static double value(SitingProblem problem, int[] chosen) {
    boolean[] covered = new boolean[problem.demandWeights().length];
    for (int j : chosen) {
      for (int i : problem.coverable()[j]) {
        covered[i] = true;
      }
    }
    double sum = 0;
    for (int i = 0; i < covered.length; i++) {
      sum += covered[i] ? problem.demandWeights()[i] : 0;
    }
    return sum;
  }

  private static double enumerate(SitingProblem problem) {
    int n = problem.candidates().size();
    double best = 0;
    for (int mask = 0; mask < 1 << n; mask++) {
      if (Integer.bitCount(mask) <= problem.k()) {
        best = Math.max(best, value(problem, bits(mask, n)));
      }
    }
    return best;
  }

  private static double enumerateCapacitated(SitingProblem problem) {
    int n = problem.candidates().size();
    double best = 0;
    for (int mask = 0; mask < 1 << n; mask++) {
      if (Integer.bitCount(mask) <= problem.k()) {
        int[] chosen = bits(mask, n);
        best = Math.max(best, assign(problem, chosen, 0, new double[chosen.length]));
      }
    }
    return best;
  }

  /** Best served weight assigning demand points i.. to the chosen sites or to none. */
  private static double assign(SitingProblem problem, int[] chosen, int i, double[] used) {
    if (i == problem.demandWeights().length) {
      return 0;
    }
    double w = problem.demandWeights()[i];
    double best = assign(problem, chosen, i + 1, used);
    for (int s = 0; s < chosen.length; s++) {
      int j = chosen[s];
      if (Arrays.binarySearch(problem.coverable()[j], i) >= 0
          && used[s] + w <= problem.capacity()[j]) {
        used[s] += w;
        best = Math.max(best, w + assign(problem, chosen, i + 1, used));
        used[s] -= w;
      }
    }
    return best;
  }

  private static int[] bits(int mask, int n) {
    int[] chosen = new int[Integer.bitCount(mask)];
    for (int j = 0, c = 0; j < n; j++) {
      if ((mask & (1 << j)) != 0) {
        chosen[c++] = j;
      }
    }
    return chosen;
  }
}

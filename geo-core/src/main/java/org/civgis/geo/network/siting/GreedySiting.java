package org.civgis.geo.network.siting;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Lazy greedy for the maximal covering problem: repeatedly add the site that newly covers the most
 * weight.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Without capacities the result covers at least (1 − 1/e) ≈ 63% of the optimum (coverage is
 *       submodular); the lazy evaluation returns the same sites as the plain greedy.
 *   <li>With capacities a chosen site serves its coverable, still unserved points in descending
 *       weight as long as they fit; no bound is claimed.
 *   <li>Stops early when no site adds weight; ties go to the lower candidate index.
 * </ol>
 */
public final class GreedySiting {
  private GreedySiting() {}

  public static SitingSolution solve(SitingProblem problem) {
    long started = System.nanoTime();
    int candidates = problem.candidates().size();
    boolean[] served = new boolean[problem.demandWeights().length];
    boolean[] chosen = new boolean[candidates];
    boolean lazy = !problem.capacitated();
    // entries: {gain, candidate}, best first; a lazy entry's gain is an upper bound
    PriorityQueue<double[]> queue =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    for (int j = 0; j < candidates; j++) {
      queue.add(new double[] {gain(problem, j, served), j});
    }
    double total = 0;
    int picked = 0;
    while (picked < problem.k() && !queue.isEmpty()) {
      int j;
      double fresh;
      if (lazy) {
        double[] top = queue.poll();
        j = (int) top[1];
        fresh = gain(problem, j, served);
        if (fresh < top[0] && !queue.isEmpty() && compare(fresh, j, queue.peek()) > 0) {
          queue.add(new double[] {fresh, j});
          continue;
        }
      } else {
        // capacitated gains may grow when others are served: evaluate every site each round
        double[] best = null;
        for (double[] entry : queue) {
          entry[0] = gain(problem, (int) entry[1], served);
          if (best == null || compare(entry[0], (int) entry[1], best) < 0) {
            best = entry;
          }
        }
        queue.remove(best);
        j = (int) best[1];
        fresh = best[0];
      }
      if (fresh <= 0) {
        break;
      }
      total += serve(problem, j, served);
      chosen[j] = true;
      picked++;
    }
    int[] result = new int[picked];
    for (int j = 0, n = 0; j < candidates; j++) {
      if (chosen[j]) {
        result[n++] = j;
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new SitingSolution(result, total, Double.POSITIVE_INFINITY, false, "greedy", millis);
  }

  /** Positive when (gain, j) ranks below the queue entry (so it must go back). */
  private static int compare(double gain, int j, double[] other) {
    if (gain != other[0]) {
      return Double.compare(other[0], gain);
    }
    return Integer.compare(j, (int) other[1]);
  }

  private static double gain(SitingProblem problem, int j, boolean[] served) {
    double[] weights = problem.demandWeights();
    double capacity = problem.capacity()[j];
    if (capacity == Double.POSITIVE_INFINITY) {
      double sum = 0;
      for (int i : problem.coverable()[j]) {
        if (!served[i]) {
          sum += weights[i];
        }
      }
      return sum;
    }
    double used = 0;
    for (int i : byWeight(problem, j)) {
      if (!served[i] && used + weights[i] <= capacity) {
        used += weights[i];
      }
    }
    return used;
  }

  private static double serve(SitingProblem problem, int j, boolean[] served) {
    double[] weights = problem.demandWeights();
    double capacity = problem.capacity()[j];
    double used = 0;
    for (int i : byWeight(problem, j)) {
      if (!served[i] && used + weights[i] <= capacity) {
        used += weights[i];
        served[i] = true;
      }
    }
    return used;
  }

  private static int[] byWeight(SitingProblem problem, int j) {
    double[] weights = problem.demandWeights();
    return Arrays.stream(problem.coverable()[j])
        .boxed()
        .sorted(
            (a, b) ->
                weights[a] != weights[b]
                    ? Double.compare(weights[b], weights[a])
                    : Integer.compare(a, b))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}

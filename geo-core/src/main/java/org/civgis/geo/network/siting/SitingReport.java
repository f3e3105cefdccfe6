package org.civgis.geo.network.siting;

import java.time.Duration;

/**
 * Greedy and exact siting side by side, with the gap between them.
 *
 * @param greedy the lazy greedy solution
 * @param exact the CP-SAT solution (optimal, or the best found within the time limit)
 * @param gap how far the greedy solution is below the best proven bound, as a share of that bound:
 *     (bound − greedy) / bound, 0 when the bound is 0; with an optimal exact solution the bound is
 *     its value
 */
public record SitingReport(SitingSolution greedy, SitingSolution exact, double gap) {

  /** Solves {@code problem} both ways; CP-SAT stops after {@code timeLimit}. */
  public static SitingReport solve(SitingProblem problem, Duration timeLimit) {
    SitingSolution greedy = GreedySiting.solve(problem);
    SitingSolution exact = ExactSiting.solve(problem, timeLimit);
    double bound =
        Math.max(exact.upperBound(), Math.max(exact.coveredWeight(), greedy.coveredWeight()));
    double gap = bound <= 0 ? 0 : (bound - greedy.coveredWeight()) / bound;
    return new SitingReport(greedy, exact, gap);
  }

  /** The better of the two solutions (the exact one on a tie). */
  public SitingSolution best() {
    return greedy.coveredWeight() > exact.coveredWeight() ? greedy : exact;
  }
}

package org.civgis.geo.network.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civgis.geo.network.BoundedSearch;
import org.civgis.geo.network.NetworkLocation;
import org.civgis.geo.network.PointsOnEdges;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.coverage.CoverageAnalysis;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.civgis.geo.network.coverage.CoverageResult;
import org.civgis.geo.network.coverage.DemandCoverage;
import org.civgis.geo.network.coverage.DemandPoint;
import org.civgis.geo.network.coverage.FacilitySite;

/**
 * A maximal covering location problem: choose at most {@code k} candidate sites so that the demand
 * they newly cover (not already covered by existing facilities) weighs the most.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@code coverable[j]} lists the demand points (indices into {@code demandWeights}) that
 *       candidate j would cover; only demand not covered by the existing facilities appears.
 *   <li>{@code capacity[j]} is the most demand weight candidate j may serve, or {@code +∞}; with
 *       finite capacities each demand point is served by at most one site and a site serves whole
 *       points only.
 *   <li>Weights are finite and ≥ 0.
 * </ol>
 *
 * @param candidates the candidate sites, in the order of {@code coverable}
 * @param demandWeights weight of each demand point (elderly residents)
 * @param coverable per candidate, the demand points it would newly cover, ascending
 * @param capacity per candidate, the weight it may serve ({@code +∞}: uncapacitated)
 * @param k how many sites to choose at most
 */
public record SitingProblem(
    List<FacilitySite> candidates,
    double[] demandWeights,
    int[][] coverable,
    double[] capacity,
    int k) {

  public SitingProblem {
    if (coverable.length != candidates.size() || capacity.length != candidates.size()) {
      throw new IllegalArgumentException("one coverage set and one capacity per candidate");
    }
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0");
    }
  }

  /** Whether some candidate has a finite capacity. */
  public boolean capacitated() {
    return Arrays.stream(capacity).anyMatch(c -> c < Double.POSITIVE_INFINITY);
  }

  /**
   * The problem on a network: existing facilities stay, each candidate covers the demand within the
   * walking limit of it that no existing facility covers.
   *
   * @param candidates sites to choose from; with a finite {@link FacilitySite#capacity()} the
   *     problem is capacitated, {@code NaN} means no capacity limit
   */
  public static SitingProblem onNetwork(
      RoadNetwork network,
      List<FacilitySite> existing,
      List<FacilitySite> candidates,
      List<DemandPoint> demand,
      CoverageOptions options,
      int k) {
    CoverageResult before = CoverageAnalysis.run(network, existing, demand, options);
    List<NetworkLocation> open = new ArrayList<>(demand.size());
    double[] weights = new double[demand.size()];
    for (int i = 0; i < demand.size(); i++) {
      DemandCoverage d = before.demand().get(i);
      open.add(d.covered() ? null : d.location());
      weights[i] = demand.get(i).weight();
    }
    PointsOnEdges onEdges = new PointsOnEdges(network, open);
    BoundedSearch search = new BoundedSearch(network);
    int[][] coverable = new int[candidates.size()][];
    double[] capacity = new double[candidates.size()];
    for (int j = 0; j < candidates.size(); j++) {
      FacilitySite site = candidates.get(j);
      capacity[j] = Double.isNaN(site.capacity()) ? Double.POSITIVE_INFINITY : site.capacity();
      NetworkLocation origin = network.snap(site.lon(), site.lat(), options.maxSnapMeters());
      if (origin == null) {
        coverable[j] = new int[0];
        continue;
      }
      search.run(origin, options.limitMeters());
      List<Integer> covered = new ArrayList<>();
      for (int e : search.reachedEdges()) {
        for (int i : onEdges.on(e)) {
          if (search.metersTo(open.get(i)) <= options.limitMeters()) {
            covered.add(i);
          }
        }
      }
      coverable[j] = covered.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return new SitingProblem(candidates, weights, coverable, capacity, k);
  }
}

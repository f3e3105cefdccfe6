package org.civgis.gazetteer.coverage;

import java.time.Duration;
import java.util.List;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.civgis.geo.network.coverage.DemandPoint;
import org.civgis.geo.network.coverage.FacilitySite;

/**
 * Where to put {@code k} new facilities.
 *
 * @param networkId the stored road network
 * @param existing facilities that stay (their coverage counts as already served)
 * @param candidates candidate sites; {@code null} or empty: network nodes in uncovered areas, about
 *     {@code candidateSpacingMeters} apart
 * @param demand demand points with their weights (elderly residents)
 * @param options the walking rule
 * @param k how many new sites at most
 * @param capacity the most demand weight one new site may serve; {@code NaN} or {@code +∞}: no
 *     limit (a candidate's own finite capacity wins)
 * @param exactTimeLimit how long CP-SAT may search for the exact solution
 * @param candidateSpacingMeters spacing of generated candidates (e.g. 200 m)
 */
public record SitingRequest(
    long networkId,
    List<FacilitySite> existing,
    List<FacilitySite> candidates,
    List<DemandPoint> demand,
    CoverageOptions options,
    int k,
    double capacity,
    Duration exactTimeLimit,
    double candidateSpacingMeters) {
  public static final int MAX_GENERATED_CANDIDATES = 2000;

  public SitingRequest {
    existing = List.copyOf(existing);
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    demand = List.copyOf(demand);
    if (options == null) {
      options = CoverageOptions.defaults();
    }
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0");
    }
    if (exactTimeLimit == null || exactTimeLimit.isNegative()) {
      throw new IllegalArgumentException("exactTimeLimit must be >= 0");
    }
    if (candidates.isEmpty() && !(candidateSpacingMeters > 0)) {
      throw new IllegalArgumentException("candidateSpacingMeters must be > 0");
    }
  }
}

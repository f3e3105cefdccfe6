package org.civgis.gazetteer.coverage;

import java.util.List;
import org.civgis.geo.network.coverage.FacilitySite;

/**
 * The outcome of {@link CoverageService#siting}.
 *
 * @param candidates the candidates considered (given or generated)
 * @param greedySites the sites lazy greedy chose
 * @param greedyNewlyCovered demand weight they newly cover (serve, when capacitated)
 * @param exactSites the sites CP-SAT chose (the best found within the time limit)
 * @param exactNewlyCovered demand weight they newly cover
 * @param exactOptimal whether CP-SAT proved its solution optimal
 * @param upperBound the best proven bound on the weight any k sites can newly cover
 * @param gap (bound − greedy) / bound: how far greedy may be below the optimum, 0 when proven equal
 * @param coveredBefore demand weight covered by the existing facilities
 * @param totalWeight all demand weight
 * @param greedyMillis time of lazy greedy
 * @param exactMillis time of CP-SAT
 */
public record SitingOutcome(
    List<FacilitySite> candidates,
    List<FacilitySite> greedySites,
    double greedyNewlyCovered,
    List<FacilitySite> exactSites,
    double exactNewlyCovered,
    boolean exactOptimal,
    double upperBound,
    double gap,
    double coveredBefore,
    double totalWeight,
    long greedyMillis,
    long exactMillis) {

  /** The better of the two site lists (the exact one on a tie). */
  public List<FacilitySite> bestSites() {
    return greedyNewlyCovered > exactNewlyCovered ? greedySites : exactSites;
  }
}

package org.civgis.geo.network.siting;

/**
 * Chosen sites and what they newly cover.
 *
 * @param chosen indices of the chosen candidates, ascending
 * @param coveredWeight demand weight newly covered (served, when capacitated)
 * @param upperBound a proven upper bound on the best possible covered weight: equal to {@code
 *     coveredWeight} when the solution is proven optimal, {@code +∞} when nothing is proven
 * @param optimal whether the solution is proven optimal
 * @param method how it was found: {@code greedy} or {@code cp-sat}
 * @param millis time taken
 */
public record SitingSolution(
    int[] chosen,
    double coveredWeight,
    double upperBound,
    boolean optimal,
    String method,
    long millis) {}

package org.civgis.gazetteer.coverage;

import java.util.List;
import org.civgis.geo.network.TimeMap;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.locationtech.jts.geom.Geometry;

/**
 * The outcome of {@link CoverageService#coverage}.
 *
 * @param options the walking rule used
 * @param demand one row per demand point, in request order
 * @param unjoinedFacilityIds facilities farther than the snapping distance from every street: not
 *     analysed
 * @param coveredWeight sum of the weights of covered demand points
 * @param totalWeight sum of all demand weights
 * @param isochrone the area within the limit (reached streets buffered; EPSG:4490, a
 *     (Multi)Polygon, empty when nothing is reached or no buffer was asked for)
 * @param timeMap reached pieces of streets with minutes at both ends, for a time-to-nearest map
 * @param e2sfcaComputed whether every facility had a capacity, so that {@link DemandResult#e2sfca}
 *     holds scores (otherwise it is {@code NaN})
 * @param millis time taken, network loading included
 */
public record CoverageReport(
    CoverageOptions options,
    List<DemandResult> demand,
    List<String> unjoinedFacilityIds,
    double coveredWeight,
    double totalWeight,
    Geometry isochrone,
    List<TimeMap.Segment> timeMap,
    boolean e2sfcaComputed,
    long millis) {

  /**
   * One demand point's result.
   *
   * @param id the demand point's id
   * @param weight its weight
   * @param joined whether it lies within the snapping distance of a street (otherwise uncovered)
   * @param snapDistanceMeters how far it lies from the street it joins ({@code NaN} if unjoined)
   * @param walkMinutes minutes to the nearest facility along the network; {@code +∞} beyond the
   *     limit
   * @param covered whether walkMinutes ≤ the limit
   * @param nearestFacilityId that facility's id, {@code null} when not covered
   * @param e2sfca the E2SFCA accessibility (supply per unit of demand weight), {@code NaN} when not
   *     computed
   */
  public record DemandResult(
      String id,
      double weight,
      boolean joined,
      double snapDistanceMeters,
      double walkMinutes,
      boolean covered,
      String nearestFacilityId,
      double e2sfca) {}

  /** coveredWeight / totalWeight; {@code NaN} without demand. */
  public double coverageRate() {
    return totalWeight == 0 ? Double.NaN : coveredWeight / totalWeight;
  }

  /** The demand points not covered, in request order. */
  public List<DemandResult> uncovered() {
    return demand.stream().filter(d -> !d.covered()).toList();
  }
}

package org.civgis.geo.network.coverage;

import org.civgis.geo.network.NetworkLocation;

/**
 * One demand point's result.
 *
 * @param point the demand point
 * @param location where it joins the network; {@code null} when no edge lies within the snapping
 *     distance (then it is not covered)
 * @param walkMinutes minutes from the nearest facility along the network, {@code +∞} when none is
 *     within the limit
 * @param covered whether {@code walkMinutes} ≤ the limit
 * @param nearestFacilityId the id of that facility, {@code null} when not covered
 */
public record DemandCoverage(
    DemandPoint point,
    NetworkLocation location,
    double walkMinutes,
    boolean covered,
    String nearestFacilityId) {}

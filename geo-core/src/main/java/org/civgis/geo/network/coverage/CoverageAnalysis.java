package org.civgis.geo.network.coverage;

import java.util.ArrayList;
import java.util.List;
import org.civgis.geo.network.NetworkDistances;
import org.civgis.geo.network.NetworkLocation;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.ShortestPaths;

/**
 * The care circle: which demand is within T minutes' walk of a facility, on the road network.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Facilities and demand points join the network at the nearest point of the nearest edge
 *       (within {@link CoverageOptions#maxSnapMeters}); partial edges count.
 *   <li>One multi-source shortest-path pass from all joined facilities, cut off at {@link
 *       CoverageOptions#limitMeters}, gives the time to the nearest facility at every node and at
 *       every demand point; a point at exactly the limit is covered.
 *   <li>The walk to or from the network (the snapping distance) is not added to the time; it is
 *       reported in each {@link DemandCoverage#location}.
 *   <li>The result lists every demand point in input order, covered or not; facilities that could
 *       not be joined are listed in {@link CoverageResult#unjoinedFacilities}.
 * </ol>
 *
 * <p>The network is read-only and may be shared by concurrent analyses.
 */
public final class CoverageAnalysis {
  private CoverageAnalysis() {}

  public static CoverageResult run(
      RoadNetwork network,
      List<FacilitySite> facilities,
      List<DemandPoint> demand,
      CoverageOptions options) {
    List<FacilitySite> joined = new ArrayList<>();
    List<NetworkLocation> origins = new ArrayList<>();
    List<FacilitySite> unjoined = new ArrayList<>();
    for (FacilitySite facility : facilities) {
      NetworkLocation location =
          network.snap(facility.lon(), facility.lat(), options.maxSnapMeters());
      if (location == null) {
        unjoined.add(facility);
      } else {
        joined.add(facility);
        origins.add(location);
      }
    }
    NetworkDistances distances = ShortestPaths.from(network, origins, options.limitMeters());
    List<DemandCoverage> results = new ArrayList<>(demand.size());
    for (DemandPoint point : demand) {
      NetworkLocation location = network.snap(point.lon(), point.lat(), options.maxSnapMeters());
      if (location == null) {
        results.add(new DemandCoverage(point, null, Double.POSITIVE_INFINITY, false, null));
        continue;
      }
      double meters = distances.metersTo(location);
      boolean covered = meters <= options.limitMeters();
      int nearest = covered ? distances.nearestOriginTo(location) : -1;
      results.add(
          new DemandCoverage(
              point,
              location,
              covered ? options.minutes(meters) : Double.POSITIVE_INFINITY,
              covered,
              covered ? joined.get(nearest).id() : null));
    }
    return new CoverageResult(options, joined, unjoined, distances, results);
  }
}

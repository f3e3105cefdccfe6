package org.civgis.geo.network.coverage;

import java.util.List;
import org.civgis.geo.network.Isochrones;
import org.civgis.geo.network.NetworkDistances;
import org.locationtech.jts.geom.Geometry;

/**
 * The outcome of {@link CoverageAnalysis#run}: per demand point, per network node, totals, and the
 * isochrone for display.
 */
public final class CoverageResult {
  private final CoverageOptions options;
  private final List<FacilitySite> joinedFacilities;
  private final List<FacilitySite> unjoinedFacilities;
  private final NetworkDistances distances;
  private final List<DemandCoverage> demand;

  CoverageResult(
      CoverageOptions options,
      List<FacilitySite> joinedFacilities,
      List<FacilitySite> unjoinedFacilities,
      NetworkDistances distances,
      List<DemandCoverage> demand) {
    this.options = options;
    this.joinedFacilities = List.copyOf(joinedFacilities);
    this.unjoinedFacilities = List.copyOf(unjoinedFacilities);
    this.distances = distances;
    this.demand = List.copyOf(demand);
  }

  public CoverageOptions options() {
    return options;
  }

  /** Every demand point in input order. */
  public List<DemandCoverage> demand() {
    return demand;
  }

  /** The demand points not covered (unjoined ones included), in input order. */
  public List<DemandCoverage> uncovered() {
    return demand.stream().filter(d -> !d.covered()).toList();
  }

  /** Facilities joined to the network, in input order. */
  public List<FacilitySite> joinedFacilities() {
    return joinedFacilities;
  }

  /** Facilities farther than the snapping distance from any edge: not analysed. */
  public List<FacilitySite> unjoinedFacilities() {
    return unjoinedFacilities;
  }

  /** Sum of the weights of all demand points. */
  public double totalWeight() {
    return demand.stream().mapToDouble(d -> d.point().weight()).sum();
  }

  /** Sum of the weights of covered demand points. */
  public double coveredWeight() {
    return demand.stream()
        .filter(DemandCoverage::covered)
        .mapToDouble(d -> d.point().weight())
        .sum();
  }

  /** coveredWeight / totalWeight; {@code NaN} without demand. */
  public double coverageRate() {
    double total = totalWeight();
    return total == 0 ? Double.NaN : coveredWeight() / total;
  }

  /** Minutes from the nearest facility to a network node, {@code +∞} beyond the limit. */
  public double minutesToNode(int node) {
    return options.minutes(distances.metersToNode(node));
  }

  /** The distances behind this result, for time maps and further analysis. */
  public NetworkDistances distances() {
    return distances;
  }

  /** The care circle for display: reached parts of edges buffered by {@code bufferMeters}. */
  public Geometry isochrone(double bufferMeters) {
    return Isochrones.polygon(distances, bufferMeters);
  }
}

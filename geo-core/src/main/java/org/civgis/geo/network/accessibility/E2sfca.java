package org.civgis.geo.network.accessibility;

import java.util.ArrayList;
import java.util.List;
import org.civgis.geo.network.BoundedSearch;
import org.civgis.geo.network.NetworkLocation;
import org.civgis.geo.network.PointsOnEdges;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.civgis.geo.network.coverage.DemandPoint;
import org.civgis.geo.network.coverage.FacilitySite;

/**
 * Capacity-aware accessibility: the enhanced two-step floating catchment area method (E2SFCA) with
 * a Gaussian distance decay, on walking distances over the network.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The catchment is the walking limit d₀ = {@link CoverageOptions#limitMeters()}; the weight
 *       of a distance d ≤ d₀ is the Gaussian of Dai (2010), W(d) = (e^(−½(d/d₀)²) − e^(−½)) / (1 −
 *       e^(−½)): 1 at the facility, 0 at the limit; W = 0 beyond it.
 *   <li>Step 1: each facility j's supply-to-demand ratio R_j = S_j / Σ_k P_k·W(d_kj) over the
 *       demand points k in its catchment (S_j its {@link FacilitySite#capacity()}, P_k the demand
 *       weight); 0 when no demand is in reach.
 *   <li>Step 2: each demand point's accessibility A_i = Σ_j R_j·W(d_ij): supply per unit of demand
 *       (e.g. beds per elderly resident), 0 when no facility is in reach.
 *   <li>Facilities and demand points join the network as in the coverage analysis; a facility
 *       without a finite capacity ≥ 0 is refused, an unjoined one contributes nothing, an unjoined
 *       demand point scores 0.
 * </ol>
 *
 * <p>Implementation note: one bounded search per facility (its own catchment, not the nearest
 * facility), each costing the part of the network it reaches.
 */
public final class E2sfca {
  private E2sfca() {}

  /** The accessibility score of each demand point and the ratio of each facility. */
  public record Result(
      List<DemandPoint> demand,
      double[] accessibility,
      List<FacilitySite> facilities,
      double[] supplyToDemandRatio) {}

  public static Result compute(
      RoadNetwork network,
      List<FacilitySite> facilities,
      List<DemandPoint> demand,
      CoverageOptions options) {
    for (FacilitySite facility : facilities) {
      if (!(facility.capacity() >= 0) || Double.isInfinite(facility.capacity())) {
        throw new IllegalArgumentException(
            "facility " + facility.id() + " needs a capacity for E2SFCA");
      }
    }
    double limit = options.limitMeters();
    List<NetworkLocation> demandLocations = new ArrayList<>(demand.size());
    for (DemandPoint point : demand) {
      demandLocations.add(network.snap(point.lon(), point.lat(), options.maxSnapMeters()));
    }
    PointsOnEdges onEdges = new PointsOnEdges(network, demandLocations);
    BoundedSearch search = new BoundedSearch(network);
    double[] ratio = new double[facilities.size()];
    List<int[]> catchmentPoints = new ArrayList<>();
    List<double[]> catchmentWeights = new ArrayList<>();
    for (int j = 0; j < facilities.size(); j++) {
      FacilitySite facility = facilities.get(j);
      NetworkLocation origin =
          network.snap(facility.lon(), facility.lat(), options.maxSnapMeters());
      if (origin == null) {
        catchmentPoints.add(new int[0]);
        catchmentWeights.add(new double[0]);
        continue;
      }
      search.run(origin, limit);
      List<Integer> points = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      double weightedDemand = 0;
      for (int e : search.reachedEdges()) {
        for (int k : onEdges.on(e)) {
          double d = search.metersTo(demandLocations.get(k));
          if (d <= limit) {
            double w = gaussian(d, limit);
            points.add(k);
            weights.add(w);
            weightedDemand += demand.get(k).weight() * w;
          }
        }
      }
      ratio[j] = weightedDemand > 0 ? facility.capacity() / weightedDemand : 0;
      catchmentPoints.add(points.stream().mapToInt(Integer::intValue).toArray());
      catchmentWeights.add(weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
    double[] accessibility = new double[demand.size()];
    for (int j = 0; j < facilities.size(); j++) {
      int[] points = catchmentPoints.get(j);
      double[] weights = catchmentWeights.get(j);
      for (int i = 0; i < points.length; i++) {
        accessibility[points[i]] += ratio[j] * weights[i];
      }
    }
    return new Result(List.copyOf(demand), accessibility, List.copyOf(facilities), ratio);
  }

  /** Dai's Gaussian weight of distance {@code d} for catchment {@code d0}. */
  public static double gaussian(double d, double d0) {
    if (d > d0) {
      return 0;
    }
    double floor = Math.exp(-0.5);
    return (Math.exp(-0.5 * (d / d0) * (d / d0)) - floor) / (1 - floor);
  }
}

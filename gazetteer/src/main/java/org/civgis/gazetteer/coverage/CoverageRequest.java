package org.civgis.gazetteer.coverage;

import java.util.List;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.civgis.geo.network.coverage.DemandPoint;
import org.civgis.geo.network.coverage.FacilitySite;

/**
 * What to analyse.
 *
 * @param networkId the stored road network ({@code gazetteer.road_network.id})
 * @param facilities facility points (id, lon/lat in EPSG:4490, capacity or {@code NaN})
 * @param demand demand points (id, lon/lat, weight such as the 60+ population)
 * @param options minutes (default 15), walking speed (1.0 m/s; elderly 0.75), snapping distance
 * @param isochroneBufferMeters half-width of the isochrone polygon around reached streets (25 m
 *     suits a city); 0 for no polygon
 */
public record CoverageRequest(
    long networkId,
    List<FacilitySite> facilities,
    List<DemandPoint> demand,
    CoverageOptions options,
    double isochroneBufferMeters) {
  public static final double DEFAULT_ISOCHRONE_BUFFER_METERS = 25;

  public CoverageRequest {
    facilities = List.copyOf(facilities);
    demand = List.copyOf(demand);
    if (options == null) {
      options = CoverageOptions.defaults();
    }
    if (!(isochroneBufferMeters >= 0)) {
      throw new IllegalArgumentException("isochroneBufferMeters must be >= 0");
    }
  }

  /** 15 minutes at 1.0 m/s with a 25 m isochrone buffer. */
  public static CoverageRequest of(
      long networkId, List<FacilitySite> facilities, List<DemandPoint> demand) {
    return new CoverageRequest(
        networkId, facilities, demand, CoverageOptions.defaults(), DEFAULT_ISOCHRONE_BUFFER_METERS);
  }

  public CoverageRequest withOptions(CoverageOptions newOptions) {
    return new CoverageRequest(networkId, facilities, demand, newOptions, isochroneBufferMeters);
  }
}

package org.civgis.geo.network.coverage;

/**
 * Where demand lives: a community, a residential compound, an address.
 *
 * @param id the caller's id, returned in every result
 * @param lon longitude, EPSG:4490
 * @param lat latitude, EPSG:4490
 * @param weight what is counted: elderly residents (60+ or 80+), residents, or 1 per unit
 */
public record DemandPoint(String id, double lon, double lat, double weight) {
  public DemandPoint {
    if (id == null) {
      throw new IllegalArgumentException("demand point id is required");
    }
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("demand weight must be finite and >= 0: " + id);
    }
  }
}

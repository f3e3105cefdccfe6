package org.civgis.geo.network.coverage;

/**
 * A facility (or a candidate site) as the network analyses see it.
 *
 * @param id the caller's id (the facility registry's), returned in every result
 * @param lon longitude, EPSG:4490
 * @param lat latitude, EPSG:4490
 * @param capacity places, beds or another supply measure; {@code NaN} when unknown (E2SFCA and
 *     capacitated siting need it, binary coverage does not)
 */
public record FacilitySite(String id, double lon, double lat, double capacity) {
  public FacilitySite {
    if (id == null) {
      throw new IllegalArgumentException("facility id is required");
    }
  }

  /** A facility without a known capacity. */
  public static FacilitySite of(String id, double lon, double lat) {
    return new FacilitySite(id, lon, lat, Double.NaN);
  }
}

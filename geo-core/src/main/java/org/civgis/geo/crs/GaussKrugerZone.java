package org.civgis.geo.crs;

/**
 * A CGCS2000 3-degree Gauss-Krüger zone without zone prefix on the easting (EPSG:4534 to EPSG:4554,
 * "CGCS2000 / 3-degree Gauss-Kruger CM 75E" to "CM 135E").
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The zone of a longitude λ has the central meridian 3·round(λ/3) degrees east; a longitude
 *       exactly halfway between two central meridians (e.g. 85.5°E) belongs to the eastern zone.
 *   <li>Projected coordinates are x = easting (500 000 m false easting), y = northing, in metres on
 *       the GRS 1980 ellipsoid with scale factor 1.
 *   <li>Only the zones defined by EPSG for China (central meridians 75°E to 135°E) exist;
 *       longitudes outside 73.5°E–136.5°E are rejected.
 * </ol>
 *
 * @param centralMeridianDegrees central meridian in degrees east, a multiple of 3 in [75, 135]
 */
public record GaussKrugerZone(int centralMeridianDegrees) {
  private static final int FIRST_CENTRAL_MERIDIAN = 75;
  private static final int LAST_CENTRAL_MERIDIAN = 135;
  private static final int FIRST_EPSG = 4534;

  public GaussKrugerZone {
    if (centralMeridianDegrees % 3 != 0
        || centralMeridianDegrees < FIRST_CENTRAL_MERIDIAN
        || centralMeridianDegrees > LAST_CENTRAL_MERIDIAN) {
      throw new IllegalArgumentException(
          "no CGCS2000 3-degree Gauss-Krüger zone has central meridian " + centralMeridianDegrees);
    }
  }

  /** The zone whose central meridian is nearest to {@code longitudeDegrees}. */
  public static GaussKrugerZone forLongitude(double longitudeDegrees) {
    if (!(longitudeDegrees >= FIRST_CENTRAL_MERIDIAN - 1.5
        && longitudeDegrees <= LAST_CENTRAL_MERIDIAN + 1.5)) {
      throw new IllegalArgumentException(
          "longitude "
              + longitudeDegrees
              + " lies outside the CGCS2000 Gauss-Krüger zones of China");
    }
    // floor(x + 0.5) rather than Math.round: the same tie rule for every longitude.
    int zoneNumber = (int) Math.floor(longitudeDegrees / 3.0 + 0.5);
    return new GaussKrugerZone(Math.min(zoneNumber * 3, LAST_CENTRAL_MERIDIAN));
  }

  /** The EPSG code of this zone, e.g. 4538 for the central meridian 87°E. */
  public int epsg() {
    return FIRST_EPSG + (centralMeridianDegrees - FIRST_CENTRAL_MERIDIAN) / 3;
  }

  /** The PROJ parameters of this zone, equal to those PostGIS lists for {@link #epsg()}. */
  public String projParameters() {
    return "+proj=tmerc +lat_0=0 +lon_0="
        + centralMeridianDegrees
        + " +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs";
  }
}

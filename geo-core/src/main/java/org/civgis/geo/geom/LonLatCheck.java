package org.civgis.geo.geom;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Checks that a position is a plausible CGCS2000/WGS 84 longitude/latitude for this system's data.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Longitude must lie in [-180, 180] and latitude in [-90, 90].
 *   <li>The position must lie in China's extent (the CGCS2000 Gauss-Krüger zones, 73.5–136.5°E,
 *       3–54°N); a position that would lie there with its axes swapped is reported as swapped.
 * </ol>
 */
public final class LonLatCheck {
  /** The extent of the CGCS2000 Gauss-Krüger zones of China. */
  public static final Envelope CHINA = new Envelope(73.5, 136.5, 3, 54);

  private LonLatCheck() {}

  /** What is wrong with {@code position} (x = longitude, y = latitude), in English; or empty. */
  public static Optional<String> problem(Coordinate position) {
    double lon = position.x;
    double lat = position.y;
    if (!(Double.isFinite(lon) && Double.isFinite(lat))) {
      return Optional.of("coordinate (" + lon + " " + lat + ") is not a finite number");
    }
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      return Optional.of("coordinate (" + lon + " " + lat + ") is not longitude/latitude");
    }
    if (!CHINA.contains(lon, lat)) {
      return Optional.of(
          "coordinate ("
              + lon
              + " "
              + lat
              + ") lies outside China (73.5–136.5°E, 3–54°N)"
              + (CHINA.contains(lat, lon) ? "; longitude and latitude look swapped" : ""));
    }
    return Optional.empty();
  }

  /** Whether {@code position} would lie in China with its axes swapped (and does not as it is). */
  public static boolean looksSwapped(Coordinate position) {
    return !CHINA.contains(position.x, position.y) && CHINA.contains(position.y, position.x);
  }
}

package org.civgis.geo.network;

/**
 * Lengths on the ground, in metres, of CGCS2000 (or WGS 84) longitude/latitude lines.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The length of a segment is its length in the {@link LocalPlane} at its midpoint: the
 *       geodesic length on GRS 1980 to better than 10⁻⁷ relative for segments under 1 km (PostGIS
 *       {@code ST_Length(geography)} agrees within a millimetre per kilometre).
 *   <li>The length of a polyline is the sum of its segments' lengths, added in order.
 * </ol>
 *
 * <p>Implementation note: a walking network is measured on the ground, not in a map projection, so
 * that the same code measures a network anywhere (the test networks lie outside China's
 * Gauss-Krüger zones); within a zone the projected length differs by at most its scale error (≤
 * 0.03%). See docs/adr/0009.
 */
public final class GroundDistance {
  private GroundDistance() {}

  /** The ground distance between two points given in degrees. */
  public static double meters(double lon1, double lat1, double lon2, double lat2) {
    LocalPlane plane = LocalPlane.at((lon1 + lon2) / 2, (lat1 + lat2) / 2);
    double dx = (lon2 - lon1) * plane.metersPerDegreeLon();
    double dy = (lat2 - lat1) * plane.metersPerDegreeLat();
    return Math.sqrt(dx * dx + dy * dy);
  }

  /** The length of the polyline {@code lonLat = [lon0, lat0, lon1, lat1, …]}. */
  public static double polylineMeters(double[] lonLat) {
    double length = 0;
    for (int i = 2; i + 1 < lonLat.length; i += 2) {
      length += meters(lonLat[i - 2], lonLat[i - 1], lonLat[i], lonLat[i + 1]);
    }
    return length;
  }
}

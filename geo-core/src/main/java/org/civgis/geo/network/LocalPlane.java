package org.civgis.geo.network;

/**
 * A plane tangent to the GRS 1980 ellipsoid at one point: metres east and north of it.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>x = (λ − λ0)·N·cos φ0, y = (φ − φ0)·M, with M and N the meridional and prime-vertical radii
 *       of curvature at φ0 (GRS 1980, the ellipsoid of CGCS2000).
 *   <li>Within a few kilometres of the origin a distance in the plane equals the geodesic distance
 *       to better than 10⁻⁶ relative; within 1 km to better than 10⁻⁷.
 * </ol>
 *
 * <p>Used for what a walking network measures locally: edge lengths (one plane per segment, see
 * {@link GroundDistance}), snapping a point to the nearest edge, and the buffers of isochrones.
 *
 * <p>Known limitations: far from the origin (tens of kilometres) the east-west scale drifts with
 * cos φ; callers keep to local work.
 */
public final class LocalPlane {
  private static final double A = 6_378_137.0;
  private static final double F = 1 / 298.257222101;
  private static final double E2 = F * (2 - F);

  private final double lon0;
  private final double lat0;
  private final double metersPerDegreeLon;
  private final double metersPerDegreeLat;

  private LocalPlane(double lon0, double lat0) {
    this.lon0 = lon0;
    this.lat0 = lat0;
    double phi = Math.toRadians(lat0);
    double sin = Math.sin(phi);
    double w = Math.sqrt(1 - E2 * sin * sin);
    double n = A / w;
    double m = A * (1 - E2) / (w * w * w);
    this.metersPerDegreeLon = Math.toRadians(1) * n * Math.cos(phi);
    this.metersPerDegreeLat = Math.toRadians(1) * m;
  }

  /** The plane tangent at longitude {@code lon0}, latitude {@code lat0} (degrees). */
  public static LocalPlane at(double lon0, double lat0) {
    return new LocalPlane(lon0, lat0);
  }

  public double x(double lon) {
    return (lon - lon0) * metersPerDegreeLon;
  }

  public double y(double lat) {
    return (lat - lat0) * metersPerDegreeLat;
  }

  public double lon(double x) {
    return lon0 + x / metersPerDegreeLon;
  }

  public double lat(double y) {
    return lat0 + y / metersPerDegreeLat;
  }

  public double metersPerDegreeLon() {
    return metersPerDegreeLon;
  }

  public double metersPerDegreeLat() {
    return metersPerDegreeLat;
  }
}

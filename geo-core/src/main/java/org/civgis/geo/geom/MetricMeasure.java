package org.civgis.geo.geom;

import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.GaussKrugerZone;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas and lengths of CGCS2000 longitude/latitude geometries, measured in the Gauss-Krüger zone of
 * the feature.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The zone is that of the longitude of the centre of the geometry's envelope ({@link
 *       GaussKrugerProjection#forGeometry}).
 *   <li>{@link #areaSquareMeters} is the planar area of the projected geometry; for a feature
 *       within its zone it agrees with the ellipsoidal (geodesic) area to better than 0.1%.
 * </ol>
 *
 * @param areaSquareMeters planar area in the zone, 0 for points and lines
 * @param lengthMeters length of lines, or perimeter of polygons, in the zone
 * @param zone the zone the geometry was measured in
 */
public record MetricMeasure(double areaSquareMeters, double lengthMeters, GaussKrugerZone zone) {

  /** Measures {@code lonLat} (SRID 4490 or 4326) in its Gauss-Krüger zone. */
  public static MetricMeasure of(Geometry lonLat) {
    GaussKrugerProjection projection = GaussKrugerProjection.forGeometry(lonLat);
    Geometry projected = projection.toZone(lonLat);
    return new MetricMeasure(projected.getArea(), projected.getLength(), projection.zone());
  }

  public double areaSquareKilometers() {
    return areaSquareMeters / 1_000_000.0;
  }
}

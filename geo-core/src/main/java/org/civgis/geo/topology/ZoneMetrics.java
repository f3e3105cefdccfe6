package org.civgis.geo.topology;

import org.civgis.geo.crs.GaussKrugerProjection;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Metres of a longitude/latitude geometry in the Gauss-Krüger zone of its own envelope centre.
 *
 * <p>Implementation note: a degree of latitude is at most 111.7 km and a degree of longitude less,
 * and the zone's scale factor stays below 1.0004 within a few degrees of its meridian, so {@link
 * #MAX_METERS_PER_DEGREE} bounds every distance in degrees from above; the checks use it to skip
 * the projection when a feature is clearly within tolerance.
 */
final class ZoneMetrics {
  /** No distance of one degree measures more than this many metres in its zone. */
  static final double MAX_METERS_PER_DEGREE = 112_000;

  private final GaussKrugerProjection projection;
  private final Geometry projected;

  private ZoneMetrics(GaussKrugerProjection projection, Geometry projected) {
    this.projection = projection;
    this.projected = projected;
  }

  /** {@code lonLat} projected into the zone of its envelope centre. */
  static ZoneMetrics of(Geometry lonLat) {
    GaussKrugerProjection projection = GaussKrugerProjection.forGeometry(lonLat);
    return new ZoneMetrics(projection, projection.toZone(lonLat));
  }

  int zoneEpsg() {
    return projection.zone().epsg();
  }

  Geometry projected() {
    return projected;
  }

  double areaSquareMeters() {
    return projected.getArea();
  }

  double lengthMeters() {
    return projected.getLength();
  }

  /**
   * The width of the widest part: twice the radius of its largest inscribed circle, to within a
   * thousandth of the part's size (at least {@code minToleranceMeters}).
   */
  double widthMeters(double minToleranceMeters) {
    double width = 0;
    for (int i = 0; i < projected.getNumGeometries(); i++) {
      if (projected.getGeometryN(i) instanceof Polygon part && !part.isEmpty()) {
        width = Math.max(width, 2 * radius(part, coarseTolerance(part, minToleranceMeters)));
      }
    }
    return width;
  }

  /**
   * Whether every part is at most {@code widthMeters} wide. A coarse inscribed circle decides wide
   * parts at once (its radius is a lower bound); only the doubtful ones are refined.
   */
  boolean isThinnerThan(double widthMeters) {
    double fine = Math.max(widthMeters / 20, 0.001);
    for (int i = 0; i < projected.getNumGeometries(); i++) {
      if (projected.getGeometryN(i) instanceof Polygon part && !part.isEmpty()) {
        if (2 * radius(part, coarseTolerance(part, fine)) > widthMeters
            || 2 * radius(part, fine) > widthMeters) {
          return false;
        }
      }
    }
    return true;
  }

  private static double coarseTolerance(Polygon part, double minToleranceMeters) {
    double size = part.getEnvelopeInternal().getDiameter();
    return Math.max(minToleranceMeters, size / 1000);
  }

  private static double radius(Polygon part, double toleranceMeters) {
    return MaximumInscribedCircle.getRadiusLine(part, toleranceMeters).getLength();
  }

  /** The distance in metres between two lon/lat positions, in the zone of the first. */
  static double distanceMeters(Coordinate a, Coordinate b, GeometryFactory factory) {
    Geometry pair = factory.createLineString(new Coordinate[] {a, b});
    pair.setSRID(org.civgis.geo.crs.Srid.CGCS2000);
    GaussKrugerProjection projection =
        GaussKrugerProjection.of(org.civgis.geo.crs.GaussKrugerZone.forLongitude(a.x));
    return projection.toZone(pair).getLength();
  }
}

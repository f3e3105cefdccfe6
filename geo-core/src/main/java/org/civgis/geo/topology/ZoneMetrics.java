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
   * The width of the widest part: twice the radius of its largest inscribed circle, to within 2 %
   * (at least {@code minToleranceMeters}).
   *
   * <p>Implementation note: the radius is bisected with inner buffers ({@link #isThinnerThan}'s
   * test) between 0 and √(area/π), which bounds it from above; each step costs O(n log n) in the
   * part's vertices, whatever its size. {@link MaximumInscribedCircle}, used before, refined a grid
   * along the whole length of a thin piece: it took half the time of a check whose coverage has
   * many long slivers.
   */
  double widthMeters(double minToleranceMeters) {
    double width = 0;
    for (int i = 0; i < projected.getNumGeometries(); i++) {
      if (projected.getGeometryN(i) instanceof Polygon part && !part.isEmpty()) {
        width = Math.max(width, 2 * innerRadius(part, minToleranceMeters / 2));
      }
    }
    return width;
  }

  private static double innerRadius(Polygon part, double minToleranceMeters) {
    double low = 0;
    double high = Math.sqrt(part.getArea() / Math.PI);
    while (high - low > Math.max(minToleranceMeters, low / 50)) {
      double middle = (low + high) / 2;
      if (isLeftOf(part, middle)) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return (low + high) / 2;
  }

  /** Whether something of {@code part} is left when its boundary moves inward by {@code inset}. */
  private static boolean isLeftOf(Polygon part, double insetMeters) {
    Geometry inner = part.buffer(-insetMeters);
    return !inner.isEmpty() && inner.getArea() > 0;
  }

  /**
   * Whether every part is at most {@code widthMeters} wide, i.e. whether nothing is left of it when
   * its boundary moves inward by half the width (the largest inscribed circle of a part has a
   * radius of at most w/2 exactly when the inner buffer by w/2 is empty).
   *
   * <p>Implementation note: the inner buffer costs O(n log n) in the part's vertices, whatever its
   * size; the inscribed circle to a tolerance of w/20, used before, refined a grid along the whole
   * length of a thin piece (thousands of distance queries for a sliver a kilometre long) and was
   * most of the time of a check whose coverage has many slivers. The buffer's arcs are chords with
   * 8 segments a quadrant: a part within 0.5 % of w/2 of the threshold may count as wider.
   */
  boolean isThinnerThan(double widthMeters) {
    for (int i = 0; i < projected.getNumGeometries(); i++) {
      if (projected.getGeometryN(i) instanceof Polygon part && !part.isEmpty()) {
        if (isLeftOf(part, widthMeters / 2)) {
          return false;
        }
      }
    }
    return true;
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

package org.civgis.gazetteer.address;

import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.linearref.LinearLocation;
import org.locationtech.jts.linearref.LocationIndexedLine;

/**
 * A road's line measured in metres in its Gauss-Krüger zone: where along the road a point lies, on
 * which side, and the point at a given distance from the start.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The line is the road's geometry in CGCS2000 longitude/latitude, projected once into the
 *       zone of its centre; the start of the road is the first point of the line.
 *   <li>{@link #locate} gives the distance from the start to the nearest point of the line (the
 *       measure, 0 to {@link #lengthMeters}), the distance of the point from the line and its side:
 *       left when the point lies to the left of the nearest segment looking from its start to its
 *       end. A point on the line is on the right.
 *   <li>{@link #pointAt} is the point at a measure (clamped to the line), moved sideways by an
 *       offset, in CGCS2000 longitude/latitude.
 *   <li>Instances are immutable and safe to share between threads.
 * </ol>
 */
public final class RoadLine {
  private final GaussKrugerProjection projection;
  private final LineString metres;
  private final LengthIndexedLine byLength;
  private final LocationIndexedLine byLocation;

  /** A road along {@code lonLat} (SRID 4490). */
  public RoadLine(LineString lonLat) {
    if (lonLat.isEmpty() || lonLat.getNumPoints() < 2) {
      throw new IllegalArgumentException("a road line needs at least two points");
    }
    this.projection = GaussKrugerProjection.forGeometry(lonLat);
    this.metres = (LineString) projection.toZone(lonLat);
    this.byLength = new LengthIndexedLine(metres);
    this.byLocation = new LocationIndexedLine(metres);
  }

  /**
   * Where a point lies relative to the road.
   *
   * @param measureMeters distance along the road from its start to the nearest point of its line
   * @param offsetMeters distance of the point from the line
   * @param side the side of the road
   */
  public record Position(double measureMeters, double offsetMeters, RoadSide side) {}

  public double lengthMeters() {
    return metres.getLength();
  }

  /** Where {@code lonLat} (a point in CGCS2000 longitude/latitude) lies along this road. */
  public Position locate(Point lonLat) {
    Coordinate p = projection.toZone(lonLat).getCoordinate();
    LinearLocation location = byLocation.project(p);
    Coordinate nearest = location.getCoordinate(metres);
    LineSegment segment = location.getSegment(metres);
    Coordinate a = segment.p0;
    Coordinate b = segment.p1;
    double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    return new Position(
        byLength.project(p), nearest.distance(p), cross > 0 ? RoadSide.LEFT : RoadSide.RIGHT);
  }

  /** The point {@code offsetMeters} to {@code side} of the road at {@code measureMeters}. */
  public Point pointAt(double measureMeters, RoadSide side, double offsetMeters) {
    double m = Math.max(0, Math.min(lengthMeters(), measureMeters));
    double signed = side == RoadSide.LEFT ? offsetMeters : -offsetMeters;
    Coordinate c = byLength.extractPoint(m, signed);
    GeometryFactory factory = metres.getFactory();
    Geometry point = factory.createPoint(c);
    point.setSRID(metres.getSRID());
    Point lonLat = (Point) projection.fromZone(point);
    lonLat.setSRID(Srid.CGCS2000);
    return lonLat;
  }
}

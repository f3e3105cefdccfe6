package org.civgis.geo.geom;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Where a polygon's name is best written: the centre of the largest circle that fits in it (the
 * "pole of inaccessibility").
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The point lies inside the polygon, as far from its boundary as the tolerance allows; for a
 *       MultiPolygon, inside its largest part by area.
 *   <li>The tolerance is a three-hundredth of the larger side of the part's envelope (a pixel or
 *       two at the zoom that shows the whole part).
 *   <li>For points and lines it is the JTS interior point.
 * </ol>
 *
 * <p>Unlike the centroid (which can fall outside) or the interior point (always on the horizontal
 * bisector, so the labels of long parallel strips line up and collide), it lands in the widest part
 * of each polygon.
 */
public final class LabelPoint {
  private LabelPoint() {}

  /** The label point of {@code geometry}, with its SRID. */
  public static Point of(Geometry geometry) {
    Polygon largest = null;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon part
          && !part.isEmpty()
          && (largest == null || part.getArea() > largest.getArea())) {
        largest = part;
      }
    }
    Point point;
    if (largest == null) {
      point = geometry.getInteriorPoint();
    } else {
      double size =
          Math.max(
              largest.getEnvelopeInternal().getWidth(), largest.getEnvelopeInternal().getHeight());
      point = MaximumInscribedCircle.getCenter(largest, size / 300);
    }
    point.setSRID(geometry.getSRID());
    return point;
  }
}

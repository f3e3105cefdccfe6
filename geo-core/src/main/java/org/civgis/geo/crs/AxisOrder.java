package org.civgis.geo.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Axis order: the system keeps x = longitude (easting), y = latitude (northing); CRSs such as
 * EPSG:4326 and EPSG:4490 are defined latitude first, and exchange formats that follow the
 * authority (OGC API – Features Part 2) write them so.
 */
public final class AxisOrder {
  private AxisOrder() {}

  /** A copy of {@code geometry} with x and y exchanged; same SRID. */
  public static Geometry swapped(Geometry geometry) {
    Geometry copy = geometry.copy();
    copy.apply(SWAP);
    return copy;
  }

  private static final CoordinateSequenceFilter SWAP =
      new CoordinateSequenceFilter() {
        @Override
        public void filter(CoordinateSequence sequence, int i) {
          double x = sequence.getX(i);
          sequence.setOrdinate(i, CoordinateSequence.X, sequence.getY(i));
          sequence.setOrdinate(i, CoordinateSequence.Y, x);
        }

        @Override
        public boolean isDone() {
          return false;
        }

        @Override
        public boolean isGeometryChanged() {
          return true;
        }
      };
}

package org.civgis.geo.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;

/** proj4j applied to JTS geometries: the one place this package calls the projection library. */
final class Proj {
  private static final CRSFactory FACTORY = new CRSFactory();

  private Proj() {}

  static CoordinateReferenceSystem crs(String name, String parameters) {
    return FACTORY.createFromParameters(name, parameters);
  }

  /** A transformed copy of {@code source} with {@code targetSrid}; the source is unchanged. */
  static Geometry transform(
      Geometry source,
      CoordinateReferenceSystem from,
      CoordinateReferenceSystem to,
      int targetSrid) {
    Geometry target = source.copy();
    // A transform keeps scratch state, so each call gets its own.
    target.apply(new TransformFilter(new BasicCoordinateTransform(from, to)));
    target.setSRID(targetSrid);
    return target;
  }

  private static final class TransformFilter implements CoordinateSequenceFilter {
    private final BasicCoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    TransformFilter(BasicCoordinateTransform transform) {
      this.transform = transform;
    }

    @Override
    public void filter(CoordinateSequence sequence, int i) {
      in.x = sequence.getX(i);
      in.y = sequence.getY(i);
      transform.transform(in, out);
      sequence.setOrdinate(i, CoordinateSequence.X, out.x);
      sequence.setOrdinate(i, CoordinateSequence.Y, out.y);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}

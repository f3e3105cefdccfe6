package org.civgis.geo.network;

import java.util.ArrayList;
import java.util.List;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Isochrones for display, built from the reached parts of edges only.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #reachedLines} is the union of the reached parts of all edges ({@link
 *       NetworkDistances#reachedIntervals}), as lines in EPSG:4490.
 *   <li>{@link #polygon} is those lines buffered by {@code bufferMeters}: every point of it lies
 *       within {@code bufferMeters} of a reached part of an edge, so an area with no reached edge
 *       near it (across a river or a railway without a crossing) is never shown as covered.
 *   <li>Both are empty (not null) when nothing is reached.
 * </ol>
 *
 * <p>Known limitations: the buffer is computed in one {@link LocalPlane} at the centre of the
 * reached lines; over a city (≤ 30 km) the scale error of that plane stays below 0.3% of the buffer
 * width, which is what a display polygon needs. Keep {@code bufferMeters} below half the width of
 * the barriers the map must show (25 m suits streets and rivers in a city).
 */
public final class Isochrones {
  private static final GeometryFactory GEOMETRY =
      new GeometryFactory(new PrecisionModel(), Srid.CGCS2000);

  private Isochrones() {}

  /** The reached parts of all edges, in EPSG:4490. */
  public static MultiLineString reachedLines(NetworkDistances distances) {
    RoadNetwork network = distances.network();
    List<LineString> lines = new ArrayList<>();
    for (int e = 0; e < network.edgeCount(); e++) {
      double[] intervals = distances.reachedIntervals(e);
      for (int i = 0; i < intervals.length; i += 2) {
        lines.add(part(network, e, intervals[i], intervals[i + 1]));
      }
    }
    return GEOMETRY.createMultiLineString(lines.toArray(LineString[]::new));
  }

  /** The reached lines buffered by {@code bufferMeters}, in EPSG:4490. */
  public static Geometry polygon(NetworkDistances distances, double bufferMeters) {
    if (!(bufferMeters > 0)) {
      throw new IllegalArgumentException("bufferMeters must be > 0");
    }
    MultiLineString lines = reachedLines(distances);
    if (lines.isEmpty()) {
      return GEOMETRY.createMultiPolygon();
    }
    Envelope envelope = lines.getEnvelopeInternal();
    LocalPlane plane = LocalPlane.at(envelope.centre().x, envelope.centre().y);
    Geometry metric = lines.copy();
    metric.apply(new PlaneFilter(plane, true));
    BufferParameters parameters = new BufferParameters(4);
    Geometry buffered =
        org.locationtech.jts.operation.buffer.BufferOp.bufferOp(metric, bufferMeters, parameters);
    buffered.apply(new PlaneFilter(plane, false));
    buffered.setSRID(Srid.CGCS2000);
    return buffered;
  }

  /** The part of the edge's shape between two fractions of its length. */
  static LineString part(RoadNetwork network, int edge, double from, double to) {
    double[] shape = network.edgeShape(edge);
    int vertices = shape.length / 2;
    double[] cumulative = new double[vertices];
    for (int i = 1; i < vertices; i++) {
      cumulative[i] =
          cumulative[i - 1]
              + GroundDistance.meters(
                  shape[2 * i - 2], shape[2 * i - 1], shape[2 * i], shape[2 * i + 1]);
    }
    double total = cumulative[vertices - 1];
    double start = from * total;
    double end = to * total;
    List<Coordinate> coordinates = new ArrayList<>();
    coordinates.add(at(shape, cumulative, start));
    for (int i = 1; i < vertices - 1; i++) {
      if (cumulative[i] > start && cumulative[i] < end) {
        coordinates.add(new Coordinate(shape[2 * i], shape[2 * i + 1]));
      }
    }
    coordinates.add(at(shape, cumulative, end));
    return GEOMETRY.createLineString(coordinates.toArray(Coordinate[]::new));
  }

  private static Coordinate at(double[] shape, double[] cumulative, double along) {
    int i = 1;
    while (i < cumulative.length - 1 && cumulative[i] < along) {
      i++;
    }
    double segment = cumulative[i] - cumulative[i - 1];
    double t = segment == 0 ? 0 : Math.max(0, Math.min(1, (along - cumulative[i - 1]) / segment));
    return new Coordinate(
        shape[2 * i - 2] + t * (shape[2 * i] - shape[2 * i - 2]),
        shape[2 * i - 1] + t * (shape[2 * i + 1] - shape[2 * i - 1]));
  }

  private record PlaneFilter(LocalPlane plane, boolean toPlane)
      implements CoordinateSequenceFilter {
    @Override
    public void filter(CoordinateSequence sequence, int i) {
      double x = sequence.getX(i);
      double y = sequence.getY(i);
      sequence.setOrdinate(i, CoordinateSequence.X, toPlane ? plane.x(x) : plane.lon(x));
      sequence.setOrdinate(i, CoordinateSequence.Y, toPlane ? plane.y(y) : plane.lat(y));
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

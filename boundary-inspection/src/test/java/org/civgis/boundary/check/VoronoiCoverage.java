package org.civgis.boundary.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A seeded Voronoi coverage for the topology benchmark: irregular cells of 3–12 sides, as divisions
 * come, with injected errors.
 *
 * <ol>
 *   <li>Sites: uniformly random over 86.0–88.5°E, 43.5–45.0°N (all in the Gauss-Krüger zone of
 *       87°E); the Voronoi diagram of JTS, clipped to that rectangle, which is the parent.
 *   <li>Every inner edge gets one point, off its straight line by up to 5 % of its length, that
 *       both neighbours share (derived from the edge's two ends, not from the cell); coordinates on
 *       the data's 1e-7° grid.
 *   <li>Injected, one error per cell at most: shifts (the whole cell moved 3 m: overlaps with some
 *       neighbours, gaps at others), shrinks (the cell scaled by 0.99 about its centre: a gap
 *       around it), digitising slivers (one vertex moved 0.2 m towards the cell's centre), one cell
 *       on the border pushed out of the parent by 40 % of its width, and one bow-tie (two
 *       consecutive vertices swapped).
 * </ol>
 */
final class VoronoiCoverage {
  static final double LON0 = 86.0;
  static final double LAT0 = 43.5;
  static final double WIDTH = 2.5;
  static final double HEIGHT = 1.5;
  private static final double METER_LAT = 1 / 111_195.0;
  private static final double METER_LON = METER_LAT / Math.cos(Math.toRadians(44.25));
  private static final GeometryFactory FACTORY =
      new GeometryFactory(new PrecisionModel(1e7), Srid.CGCS2000);

  private VoronoiCoverage() {}

  /** {@code count} cells; errors at {@code rate} per cell of each kind (shift, shrink, sliver). */
  static GeneratedCoverage generate(int count, double rate, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Coordinate> sites = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sites.add(
          new Coordinate(LON0 + random.nextDouble() * WIDTH, LAT0 + random.nextDouble() * HEIGHT));
    }
    Envelope extent = new Envelope(LON0, LON0 + WIDTH, LAT0, LAT0 + HEIGHT);
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(sites);
    builder.setClipEnvelope(extent);
    GeometryFactory plain = new GeometryFactory();
    Geometry diagram = builder.getDiagram(plain);
    Polygon frame = (Polygon) plain.toGeometry(extent);

    List<Polygon> cells = new ArrayList<>(count);
    TreeSet<Double> west = new TreeSet<>();
    TreeSet<Double> east = new TreeSet<>();
    TreeSet<Double> south = new TreeSet<>();
    TreeSet<Double> north = new TreeSet<>();
    Map<String, Integer> injected = new TreeMap<>();
    int outside = -1;
    int bowTie = -1;
    for (int k = 0; k < diagram.getNumGeometries(); k++) {
      Geometry cell = diagram.getGeometryN(k);
      if (!extent.contains(cell.getEnvelopeInternal())) {
        cell = cell.intersection(frame);
      }
      if (!(cell instanceof Polygon p) || p.isEmpty()) {
        continue;
      }
      Coordinate[] ring = p.getExteriorRing().getCoordinates();
      List<Coordinate> out = new ArrayList<>();
      for (int i = 0; i + 1 < ring.length; i++) {
        Coordinate a = snap(ring[i], extent);
        Coordinate b = snap(ring[i + 1], extent);
        if (a.equals2D(b)) {
          continue;
        }
        out.add(a);
        if (a.x == extent.getMinX()) west.add(a.y);
        if (a.x == extent.getMaxX()) east.add(a.y);
        if (a.y == extent.getMinY()) south.add(a.x);
        if (a.y == extent.getMaxY()) north.add(a.x);
        if (!onFrame(a, b, extent)) {
          out.add(edgePoint(a, b, seed));
        }
      }
      if (out.size() < 3) {
        continue;
      }
      boolean border = out.stream().anyMatch(c -> c.y == extent.getMinY()) && out.size() >= 6;
      if (border && outside < 0 && cells.size() > count / 2) {
        outside = cells.size();
      } else if (!border && bowTie < 0 && cells.size() > count / 3) {
        bowTie = cells.size();
      }
      cells.add(polygon(out));
    }
    Polygon parent = parent(extent, west, east, south, north);

    for (int i = 0; i < cells.size(); i++) {
      Polygon cell = cells.get(i);
      double draw = random.nextDouble();
      if (i == outside) {
        double push = 0.4 * cell.getEnvelopeInternal().getHeight();
        cells.set(i, transform(cell, c -> new Coordinate(c.x, round(c.y - push))));
        injected.merge("OUTSIDE_PARENT", 1, Integer::sum);
      } else if (i == bowTie) {
        List<Coordinate> ring = ring(cell);
        Coordinate a = ring.get(0);
        ring.set(0, ring.get(1));
        ring.set(1, a);
        cells.set(i, polygon(ring));
        injected.merge("BOW_TIE", 1, Integer::sum);
      } else if (touches(cell, extent)) {
        continue; // the other errors inside the parent only
      } else if (draw < rate) {
        double dx = 3 * METER_LON * Math.cos(draw * 1e6);
        double dy = 3 * METER_LAT * Math.sin(draw * 1e6);
        cells.set(i, transform(cell, c -> new Coordinate(round(c.x + dx), round(c.y + dy))));
        injected.merge("SHIFT_3M", 1, Integer::sum);
      } else if (draw < 2 * rate) {
        Coordinate centre = cell.getCentroid().getCoordinate();
        cells.set(
            i,
            transform(
                cell,
                c ->
                    new Coordinate(
                        round(centre.x + 0.99 * (c.x - centre.x)),
                        round(centre.y + 0.99 * (c.y - centre.y)))));
        injected.merge("SHRINK", 1, Integer::sum);
      } else if (draw < 3 * rate) {
        Coordinate centre = cell.getCentroid().getCoordinate();
        List<Coordinate> ring = ring(cell);
        Coordinate v = ring.get(0);
        double mx = (centre.x - v.x) / METER_LON;
        double my = (centre.y - v.y) / METER_LAT;
        double length = Math.hypot(mx, my);
        ring.set(
            0,
            new Coordinate(
                round(v.x + 0.2 * mx / length * METER_LON),
                round(v.y + 0.2 * my / length * METER_LAT)));
        cells.set(i, polygon(ring));
        injected.merge("SLIVER_0.2M", 1, Integer::sum);
      }
    }
    return new GeneratedCoverage("Voronoi", parent, cells.toArray(Polygon[]::new), injected);
  }

  /**
   * The point of the edge a–b that both neighbours add: off the line by up to 5 % of the length,
   * drawn from the edge's ends in their sorted order, so the same for either direction.
   */
  private static Coordinate edgePoint(Coordinate a, Coordinate b, long seed) {
    Coordinate p = a.compareTo(b) < 0 ? a : b;
    Coordinate q = p == a ? b : a;
    long h = seed;
    h = h * 31 + Double.doubleToLongBits(p.x);
    h = h * 31 + Double.doubleToLongBits(p.y);
    h = h * 31 + Double.doubleToLongBits(q.x);
    h = h * 31 + Double.doubleToLongBits(q.y);
    SplittableRandom r = new SplittableRandom(h);
    double t = r.nextDouble(0.35, 0.65);
    double offset = r.nextDouble(-0.05, 0.05);
    return new Coordinate(
        round(p.x + t * (q.x - p.x) - offset * (q.y - p.y)),
        round(p.y + t * (q.y - p.y) + offset * (q.x - p.x)));
  }

  private static boolean onFrame(Coordinate a, Coordinate b, Envelope e) {
    return (a.x == b.x && (a.x == e.getMinX() || a.x == e.getMaxX()))
        || (a.y == b.y && (a.y == e.getMinY() || a.y == e.getMaxY()));
  }

  private static boolean touches(Polygon cell, Envelope e) {
    Envelope c = cell.getEnvelopeInternal();
    return c.getMinX() <= e.getMinX()
        || c.getMaxX() >= e.getMaxX()
        || c.getMinY() <= e.getMinY()
        || c.getMaxY() >= e.getMaxY();
  }

  /** The frame with every cell corner on it, so that the parent and its children share them. */
  private static Polygon parent(
      Envelope e,
      TreeSet<Double> west,
      TreeSet<Double> east,
      TreeSet<Double> south,
      TreeSet<Double> north) {
    List<Coordinate> ring = new ArrayList<>();
    for (double x : south) ring.add(new Coordinate(x, e.getMinY()));
    for (double y : east) ring.add(new Coordinate(e.getMaxX(), y));
    for (double x : north.descendingSet()) ring.add(new Coordinate(x, e.getMaxY()));
    for (double y : west.descendingSet()) ring.add(new Coordinate(e.getMinX(), y));
    List<Coordinate> distinct = new ArrayList<>();
    for (Coordinate c : ring) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals2D(c)) {
        distinct.add(c);
      }
    }
    if (distinct.get(0).equals2D(distinct.get(distinct.size() - 1))) {
      distinct.remove(distinct.size() - 1);
    }
    return polygon(distinct);
  }

  private static Coordinate snap(Coordinate c, Envelope e) {
    return new Coordinate(
        clamp(round(c.x), e.getMinX(), e.getMaxX()), clamp(round(c.y), e.getMinY(), e.getMaxY()));
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }

  private static List<Coordinate> ring(Polygon cell) {
    Coordinate[] c = cell.getExteriorRing().getCoordinates();
    List<Coordinate> ring = new ArrayList<>();
    for (int i = 0; i + 1 < c.length; i++) {
      ring.add(c[i].copy());
    }
    return ring;
  }

  private static Polygon transform(
      Polygon cell, java.util.function.UnaryOperator<Coordinate> move) {
    List<Coordinate> ring = ring(cell);
    ring.replaceAll(move);
    return polygon(ring);
  }

  private static Polygon polygon(List<Coordinate> open) {
    List<Coordinate> closed = new ArrayList<>(open);
    closed.add(open.get(0).copy());
    return FACTORY.createPolygon(closed.toArray(Coordinate[]::new));
  }

  private static double round(double v) {
    return Math.round(v * 1e7) / 1e7;
  }
}

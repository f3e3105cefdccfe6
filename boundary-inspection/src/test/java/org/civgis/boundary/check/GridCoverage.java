package org.civgis.boundary.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The lattice coverage of the topology benchmark: nx × ny cells (5:4) over 86.0–88.5°E, 43.5–45.0°N
 * (all in the Gauss-Krüger zone of 87°E, EPSG:4538), corners jittered, three jittered points on
 * every edge shared by both neighbours (16 vertices a cell), coordinates on the data's 1e-7° grid;
 * the parent is the outer ring. Injected (seeded), at 0.2 % of the cells each: overlaps (an edge
 * bulging into the neighbour), gaps (bulging inward), slivers (an edge moved inward by 0.2 % of a
 * cell), self-intersections (two corners swapped); every fifth cell of the bottom row bulges out of
 * the parent. 50,000 cells are a 250 × 200 lattice of cells of about 800 m.
 */
final class GridCoverage {
  private static final double LON0 = 86.0;
  private static final double LAT0 = 43.5;
  private static final int EDGE_POINTS = 3;
  private static final GeometryFactory FACTORY =
      new GeometryFactory(new PrecisionModel(1e7), Srid.CGCS2000);

  private final int nx;
  private final int ny;
  private final double dx;
  private final double dy;

  private GridCoverage(int count) {
    nx = (int) Math.round(Math.sqrt(count * 1.25));
    ny = Math.max(1, (int) Math.round((double) count / nx));
    dx = 2.5 / nx;
    dy = 1.5 / ny;
  }

  /** About {@code count} cells (exactly nx × ny). */
  static GeneratedCoverage generate(int count, long seed) {
    return new GridCoverage(count).build(new SplittableRandom(seed));
  }

  private GeneratedCoverage build(SplittableRandom random) {
    Coordinate[][] corner = new Coordinate[nx + 1][ny + 1];
    for (int i = 0; i <= nx; i++) {
      for (int j = 0; j <= ny; j++) {
        double jx = i == 0 || i == nx ? 0 : random.nextDouble(-0.25, 0.25);
        double jy = j == 0 || j == ny ? 0 : random.nextDouble(-0.25, 0.25);
        corner[i][j] = grid(LON0 + (i + jx) * dx, LAT0 + (j + jy) * dy);
      }
    }
    // edge points, shared by both neighbours: horizontal edges (i..i+1, j), vertical (i, j..j+1)
    Coordinate[][][] horizontal = new Coordinate[nx][ny + 1][];
    Coordinate[][][] vertical = new Coordinate[nx + 1][ny][];
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j <= ny; j++) {
        horizontal[i][j] = edge(corner[i][j], corner[i + 1][j], j == 0 || j == ny, random);
      }
    }
    for (int i = 0; i <= nx; i++) {
      for (int j = 0; j < ny; j++) {
        vertical[i][j] = edge(corner[i][j], corner[i][j + 1], i == 0 || i == nx, random);
      }
    }
    Polygon[] cells = new Polygon[nx * ny];
    Map<String, Integer> injected = new TreeMap<>();
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        List<Coordinate> ring = new ArrayList<>();
        ring.add(corner[i][j]);
        ring.addAll(Arrays.asList(horizontal[i][j]));
        ring.add(corner[i + 1][j]);
        ring.addAll(Arrays.asList(vertical[i + 1][j]));
        ring.add(corner[i + 1][j + 1]);
        ring.addAll(reversed(horizontal[i][j + 1]));
        ring.add(corner[i][j + 1]);
        ring.addAll(reversed(vertical[i][j]));
        List<Coordinate> copy = new ArrayList<>();
        for (Coordinate p : ring) {
          copy.add(p.copy());
        }
        inject(copy, i, j, random, injected);
        copy.add(copy.get(0).copy());
        cells[i * ny + j] = FACTORY.createPolygon(copy.toArray(Coordinate[]::new));
      }
    }
    List<Coordinate> outer = new ArrayList<>();
    for (int i = 0; i < nx; i++) {
      outer.add(corner[i][0]);
      outer.addAll(Arrays.asList(horizontal[i][0]));
    }
    for (int j = 0; j < ny; j++) {
      outer.add(corner[nx][j]);
      outer.addAll(Arrays.asList(vertical[nx][j]));
    }
    for (int i = nx; i > 0; i--) {
      outer.add(corner[i][ny]);
      outer.addAll(reversed(horizontal[i - 1][ny]));
    }
    for (int j = ny; j > 0; j--) {
      outer.add(corner[0][j]);
      outer.addAll(reversed(vertical[0][j - 1]));
    }
    outer.add(outer.get(0));
    return new GeneratedCoverage(
        "grid", FACTORY.createPolygon(outer.toArray(Coordinate[]::new)), cells, injected);
  }

  /**
   * Injects at most one error into the ring of cell (i, j) (counter-clockwise: bottom edge points
   * are ring positions 1–3): a bulge of the bottom edge outward (overlap) or inward (gap), a thin
   * inward shift (sliver), two corners swapped (self-intersection); cells on the bottom row bulge
   * out of the parent.
   */
  private void inject(
      List<Coordinate> ring, int i, int j, SplittableRandom random, Map<String, Integer> injected) {
    double draw = random.nextDouble();
    Coordinate middle = ring.get(2);
    if (j == 0 && i % 5 == 2) {
      middle.y = round(middle.y - 0.3 * dy);
      injected.merge("OUTSIDE_PARENT", 1, Integer::sum);
    } else if (j == 0) {
      return;
    } else if (draw < 0.002) {
      middle.y = round(middle.y - 0.3 * dy);
      injected.merge("OVERLAP", 1, Integer::sum);
    } else if (draw < 0.004) {
      middle.y = round(middle.y + 0.3 * dy);
      injected.merge("GAP", 1, Integer::sum);
    } else if (draw < 0.006) {
      middle.y = round(middle.y + 0.002 * dy);
      injected.merge("SLIVER_GAP", 1, Integer::sum);
    } else if (draw < 0.008) {
      Coordinate a = ring.get(0);
      Coordinate b = ring.get(4);
      ring.set(0, b);
      ring.set(4, a);
      injected.merge("INVALID_GEOMETRY", 1, Integer::sum);
    }
  }

  private static Coordinate[] edge(Coordinate a, Coordinate b, boolean outer, SplittableRandom r) {
    Coordinate[] points = new Coordinate[EDGE_POINTS];
    double nx = -(b.y - a.y);
    double ny = b.x - a.x;
    for (int k = 0; k < EDGE_POINTS; k++) {
      double t = (k + 1.0) / (EDGE_POINTS + 1);
      double offset = outer ? 0 : r.nextDouble(-0.08, 0.08);
      points[k] = grid(a.x + t * (b.x - a.x) + offset * nx, a.y + t * (b.y - a.y) + offset * ny);
    }
    return points;
  }

  private static List<Coordinate> reversed(Coordinate[] points) {
    List<Coordinate> list = new ArrayList<>(Arrays.asList(points));
    java.util.Collections.reverse(list);
    return list;
  }

  private static Coordinate grid(double x, double y) {
    return new Coordinate(round(x), round(y));
  }

  private static double round(double v) {
    return Math.round(v * 1e7) / 1e7;
  }
}

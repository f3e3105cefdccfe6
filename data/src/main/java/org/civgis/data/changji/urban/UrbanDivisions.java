package org.civgis.data.changji.urban;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Generated polygons of the six urban streets (街道) of 昌吉市 and of their communities and villages.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Every block of {@link UrbanNetwork} is cut by its lane and its west–east lane or footway
 *       into four quarters; the quarters of the blocks of {@link UrbanLayout#STREET_OF_CELL} make a
 *       street. The streets tile the area without gaps or overlaps.
 *   <li>Each street's quarters are shared among its communities and villages (in code order) as
 *       connected regions of about equal size, grown from the north-west in a serpentine order; so
 *       every community is one polygon, and the communities tile their street.
 *   <li>The polygons form a clean coverage: neighbours share their edges vertex for vertex (every
 *       corner of a quarter is a vertex of every quarter edge it lies on).
 *   <li>The same polygons on every run.
 * </ol>
 */
final class UrbanDivisions {
  static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), Srid.CGCS2000);
  static final int FINE_COLUMNS = UrbanNetwork.COLUMNS * 2;
  static final int FINE_ROWS = UrbanNetwork.ROWS * 2;

  /** The polygon of each street and each community or village, by 12-digit code. */
  final Map<String, MultiPolygon> polygons = new LinkedHashMap<>();

  private UrbanDivisions() {}

  /**
   * Builds the polygons.
   *
   * @param network the street network whose lines the polygons follow
   * @param childrenOfStreet the codes of the communities and villages of each street, by street
   *     code, in code order
   * @param countyCode6 the first six digits of the county's code ({@code 652301})
   */
  static UrbanDivisions build(
      UrbanNetwork network, Map<String, List<String>> childrenOfStreet, String countyCode6) {
    UrbanDivisions d = new UrbanDivisions();
    Corners corners = new Corners(network);
    int[][] streetOfFine = new int[FINE_COLUMNS][FINE_ROWS];
    for (int fc = 0; fc < FINE_COLUMNS; fc++) {
      for (int fr = 0; fr < FINE_ROWS; fr++) {
        int cellColumn = fc / 4;
        int cellRowFromNorth = (FINE_ROWS - 1 - fr) / 4;
        streetOfFine[fc][fr] = UrbanLayout.STREET_OF_CELL[cellRowFromNorth][cellColumn];
      }
    }
    for (int street = 1; street <= 6; street++) {
      String streetCode = countyCode6 + String.format("%03d", street) + "000";
      List<String> children = childrenOfStreet.getOrDefault(streetCode, List.of());
      List<int[]> fine = serpentine(streetOfFine, street);
      int[][] owner = grow(fine, children.size(), streetOfFine, street);
      List<Polygon> all = new ArrayList<>();
      for (int c = 0; c < children.size(); c++) {
        List<Polygon> parts = new ArrayList<>();
        for (int[] f : fine) {
          if (owner[f[0]][f[1]] == c) {
            parts.add(corners.quarter(f[0], f[1]));
          }
        }
        all.addAll(parts);
        d.polygons.put(children.get(c), multi(CoverageUnion.union(parts.toArray(Geometry[]::new))));
      }
      if (children.isEmpty()) {
        for (int[] f : fine) {
          all.add(corners.quarter(f[0], f[1]));
        }
      }
      d.polygons.put(streetCode, multi(CoverageUnion.union(all.toArray(Geometry[]::new))));
    }
    return d;
  }

  /** The quarters of a street, rows from the north, alternately west-to-east and east-to-west. */
  private static List<int[]> serpentine(int[][] streetOfFine, int street) {
    List<int[]> order = new ArrayList<>();
    for (int step = 0, fr = FINE_ROWS - 1; fr >= 0; fr--, step++) {
      for (int k = 0; k < FINE_COLUMNS; k++) {
        int fc = step % 2 == 0 ? k : FINE_COLUMNS - 1 - k;
        if (streetOfFine[fc][fr] == street) {
          order.add(new int[] {fc, fr});
        }
      }
    }
    return order;
  }

  /** Shares the quarters among {@code count} regions; the owner of each quarter, -1 outside. */
  private static int[][] grow(List<int[]> fine, int count, int[][] streetOfFine, int street) {
    int[][] owner = new int[FINE_COLUMNS][FINE_ROWS];
    for (int[] row : owner) {
      java.util.Arrays.fill(row, -1);
    }
    if (count == 0) {
      return owner;
    }
    int total = fine.size();
    for (int c = 0; c < count; c++) {
      int target = total / count + (c < total % count ? 1 : 0);
      int[] seed = null;
      for (int[] f : fine) {
        if (owner[f[0]][f[1]] < 0) {
          seed = f;
          break;
        }
      }
      if (seed == null) {
        throw new IllegalStateException("street " + street + " has too few quarters");
      }
      Deque<int[]> queue = new ArrayDeque<>();
      queue.add(seed);
      owner[seed[0]][seed[1]] = c;
      int size = 1;
      while (!queue.isEmpty() && size < target) {
        int[] at = queue.poll();
        for (int[] step : new int[][] {{1, 0}, {0, -1}, {-1, 0}, {0, 1}}) {
          int fc = at[0] + step[0];
          int fr = at[1] + step[1];
          if (size < target
              && fc >= 0
              && fr >= 0
              && fc < FINE_COLUMNS
              && fr < FINE_ROWS
              && streetOfFine[fc][fr] == street
              && owner[fc][fr] < 0) {
            owner[fc][fr] = c;
            size++;
            queue.add(new int[] {fc, fr});
          }
        }
      }
    }
    // quarters no region could reach join a neighbouring region
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] f : fine) {
        if (owner[f[0]][f[1]] >= 0) {
          continue;
        }
        for (int[] step : new int[][] {{1, 0}, {0, -1}, {-1, 0}, {0, 1}}) {
          int fc = f[0] + step[0];
          int fr = f[1] + step[1];
          if (fc >= 0
              && fr >= 0
              && fc < FINE_COLUMNS
              && fr < FINE_ROWS
              && owner[fc][fr] >= 0
              && streetOfFine[fc][fr] == street) {
            owner[f[0]][f[1]] = owner[fc][fr];
            changed = true;
            break;
          }
        }
      }
    }
    return owner;
  }

  /** The quarters of the fine grid, each with every quarter corner on its edges as a vertex. */
  private static final class Corners {
    private final UrbanNetwork n;
    private final List<double[]> points = new ArrayList<>();

    Corners(UrbanNetwork n) {
      this.n = n;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int fc = 0; fc < FINE_COLUMNS; fc++) {
        for (int fr = 0; fr < FINE_ROWS; fr++) {
          double[] box = box(fc, fr);
          for (double x : new double[] {box[0], box[1]}) {
            for (double y : new double[] {box[2], box[3]}) {
              if (seen.add(x + "," + y)) {
                points.add(new double[] {x, y});
              }
            }
          }
        }
      }
    }

    /** {x0, x1, y0, y1} of a quarter, km. */
    double[] box(int fc, int fr) {
      int i = fc / 2;
      int j = fr / 2;
      double x0 = fc % 2 == 0 ? n.xs[i] : n.laneX[i][j];
      double x1 = fc % 2 == 0 ? n.laneX[i][j] : n.xs[i + 1];
      double y0 = fr % 2 == 0 ? n.ys[j] : n.laneY[i][j];
      double y1 = fr % 2 == 0 ? n.laneY[i][j] : n.ys[j + 1];
      return new double[] {x0, x1, y0, y1};
    }

    /** The quarter {@code fc}, {@code fr} as a lon/lat polygon, counter-clockwise. */
    Polygon quarter(int fc, int fr) {
      double[] b = box(fc, fr);
      List<Coordinate> ring = new ArrayList<>();
      edge(ring, b[0], b[2], b[1], b[2]);
      edge(ring, b[1], b[2], b[1], b[3]);
      edge(ring, b[1], b[3], b[0], b[3]);
      edge(ring, b[0], b[3], b[0], b[2]);
      ring.add(ring.get(0));
      return FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    /** The start of an axis-parallel edge and the corners inside it, in order (not its end). */
    private void edge(List<Coordinate> ring, double x0, double y0, double x1, double y1) {
      List<double[]> inside = new ArrayList<>();
      for (double[] p : points) {
        boolean on =
            x0 == x1
                ? p[0] == x0 && p[1] > Math.min(y0, y1) && p[1] < Math.max(y0, y1)
                : p[1] == y0 && p[0] > Math.min(x0, x1) && p[0] < Math.max(x0, x1);
        if (on) {
          inside.add(p);
        }
      }
      inside.sort(
          java.util.Comparator.comparingDouble(
              (double[] p) -> Math.abs(p[0] - x0) + Math.abs(p[1] - y0)));
      ring.add(new Coordinate(UrbanLayout.lon(x0), UrbanLayout.lat(y0)));
      for (double[] p : inside) {
        ring.add(new Coordinate(UrbanLayout.lon(p[0]), UrbanLayout.lat(p[1])));
      }
    }
  }

  private static MultiPolygon multi(Geometry g) {
    MultiPolygon multi =
        g instanceof Polygon p ? FACTORY.createMultiPolygon(new Polygon[] {p}) : (MultiPolygon) g;
    multi.setSRID(Srid.CGCS2000);
    return multi;
  }
}

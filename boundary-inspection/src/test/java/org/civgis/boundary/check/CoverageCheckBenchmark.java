package org.civgis.boundary.check;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.Finding;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;
import org.postgresql.PGConnection;

/**
 * The topology benchmark (run by {@code bench/topology.sh}, not a test): the full polygon check
 * suite of geo-core ({@link CoverageCheck}: validity, sibling overlaps and mismatched edges, parts
 * outside the parent, gaps, slivers) on a generated coverage of 50,000 polygons with injected
 * errors, against PostGIS doing overlaps (self-join with {@code ST_Overlaps} and {@code
 * ST_Intersection}) and gaps (holes of {@code ST_Union}) on the same data in the same run. Prints a
 * Markdown report. GEOS refuses the self-intersecting cells, so PostGIS gets them repaired by
 * {@code ST_MakeValid} before its timing starts; the check finds and repairs them within its own.
 *
 * <p>The coverage: a 250 × 200 lattice over 86.0–88.5°E, 43.5–45.0°N (all in the Gauss-Krüger zone
 * of 87°E, EPSG:4538), cells of about 800 m, corners jittered, three jittered points on every edge
 * shared by both neighbours (16 vertices a cell), coordinates on the data's 1e-7° grid; the parent
 * is the outer ring. Injected (seeded): 100 overlaps, 100 gaps, 100 slivers (1.6 m thin), 100
 * self-intersections, 50 parts outside the parent.
 *
 * <p>Argument: a JDBC URL of an empty database with PostGIS (user in the URL), or {@code -} to time
 * the check alone; optional: warm-up rounds (1) and measured rounds (3).
 */
public final class CoverageCheckBenchmark {
  private static final int NX = 250;
  private static final int NY = 200;
  private static final double LON0 = 86.0;
  private static final double LAT0 = 43.5;
  private static final double DX = 2.5 / NX;
  private static final double DY = 1.5 / NY;
  private static final int EDGE_POINTS = 3;
  private static final GeometryFactory FACTORY =
      new GeometryFactory(new PrecisionModel(1e7), Srid.CGCS2000);

  private static final String OVERLAPS_SQL =
      """
      select a.id, b.id, ST_Area(ST_Transform(ST_Intersection(a.geom, b.geom), 4538))
        from bench_cell a join bench_cell b
          on a.id < b.id and a.geom && b.geom and ST_Overlaps(a.geom, b.geom)
      """;
  private static final String GAPS_SQL =
      """
      with u as (select ST_Union(geom) as g from bench_cell)
      select ST_Area(ST_Transform(ST_MakePolygon(ST_InteriorRingN(p.geom, n)), 4538))
        from u, ST_Dump(u.g) p, generate_series(1, ST_NumInteriorRings(p.geom)) n
      """;

  private CoverageCheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    String jdbcUrl = args[0];
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;

    Coverage coverage = generate(new SplittableRandom(20261128L));
    List<CoverageUnit> units = new ArrayList<>();
    units.add(new CoverageUnit("P", null, coverage.parent));
    for (int i = 0; i < coverage.cells.length; i++) {
      units.add(new CoverageUnit(Integer.toString(i), "P", coverage.cells[i]));
    }
    long invalid = Arrays.stream(coverage.cells).filter(c -> !c.isValid()).count();
    System.err.printf(
        "%,d cells, %,d vertices, %d invalid; injected %s%n",
        coverage.cells.length,
        Arrays.stream(coverage.cells).mapToLong(Geometry::getNumPoints).sum(),
        invalid,
        coverage.injected);

    if (jdbcUrl.equals("-")) {
      checkOnly(units, warmups, rounds);
      return;
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl)) {
      load(c, coverage.cells);
      CoverageCheck check = new CoverageCheck(CheckTolerances.DEFAULT);
      long[] ours = new long[rounds];
      long[] overlaps = new long[rounds];
      long[] gaps = new long[rounds];
      Map<String, Integer> counts = new TreeMap<>();
      int overlapRows = 0;
      int gapRows = 0;
      for (int round = -warmups; round < rounds; round++) {
        long t0 = System.nanoTime();
        List<Finding> findings = check.run(units, CheckProgress.NONE);
        long t1 = System.nanoTime();
        overlapRows = rows(c, OVERLAPS_SQL);
        long t2 = System.nanoTime();
        gapRows = rows(c, GAPS_SQL);
        long t3 = System.nanoTime();
        counts.clear();
        for (Finding f : findings) {
          counts.merge(f.type().name(), 1, Integer::sum);
        }
        System.err.printf(
            "%s round %d: check %,d ms (%s), PostGIS overlaps %,d ms (%d rows), gaps %,d ms (%d"
                + " rows)%n",
            round < 0 ? "warm-up" : "measured",
            round < 0 ? round + warmups + 1 : round + 1,
            (t1 - t0) / 1_000_000,
            counts,
            (t2 - t1) / 1_000_000,
            overlapRows,
            (t3 - t2) / 1_000_000,
            gapRows);
        if (round >= 0) {
          ours[round] = t1 - t0;
          overlaps[round] = t2 - t1;
          gaps[round] = t3 - t2;
        }
      }
      report(ours, overlaps, gaps, counts, overlapRows, gapRows, coverage, version(c));
    }
  }

  /** Times the check alone (no database): for profiling the check between full runs. */
  private static void checkOnly(List<CoverageUnit> units, int warmups, int rounds) {
    CoverageCheck check = new CoverageCheck(CheckTolerances.DEFAULT);
    for (int round = -warmups; round < rounds; round++) {
      long t0 = System.nanoTime();
      int findings = check.run(units, CheckProgress.NONE).size();
      System.err.printf(
          "%s: check %,d ms, %d findings%n",
          round < 0 ? "warm-up" : "measured", (System.nanoTime() - t0) / 1_000_000, findings);
    }
  }

  private static void report(
      long[] ours,
      long[] overlaps,
      long[] gaps,
      Map<String, Integer> counts,
      int overlapRows,
      int gapRows,
      Coverage coverage,
      String postgis) {
    long[] both = new long[ours.length];
    for (int i = 0; i < ours.length; i++) {
      both[i] = overlaps[i] + gaps[i];
    }
    double oursMs = median(ours);
    double bothMs = median(both);
    System.out.printf(Locale.ROOT, "%n%s; %d measured rounds, medians%n%n", postgis, ours.length);
    System.out.println("| measure | value | baseline (same run) | ratio |");
    System.out.println("|---|---|---|---|");
    System.out.printf(
        Locale.ROOT,
        "| full check suite (CoverageCheck, JTS) | %,.0f ms | PostGIS overlaps + gaps: %,.0f ms |"
            + " %.1f × faster |%n",
        oursMs,
        bothMs,
        bothMs / oursMs);
    System.out.printf(
        Locale.ROOT,
        "| | | PostGIS overlaps (self-join ST_Overlaps + ST_Intersection): %,.0f ms | %.1f × |%n",
        median(overlaps),
        median(overlaps) / oursMs);
    System.out.printf(
        Locale.ROOT,
        "| | | PostGIS gaps (holes of ST_Union): %,.0f ms | %.1f × |%n",
        median(gaps),
        median(gaps) / oursMs);
    System.out.printf(
        Locale.ROOT,
        "%nrounds (ms): check %s; overlaps %s; gaps %s%n",
        millis(ours),
        millis(overlaps),
        millis(gaps));
    System.out.printf(
        Locale.ROOT,
        "findings of the check: %s; PostGIS: %d overlapping pairs, %d holes; injected: %s%n",
        counts,
        overlapRows,
        gapRows,
        coverage.injected);
  }

  private static String millis(long[] nanos) {
    return Arrays.stream(nanos)
        .mapToObj(n -> String.format(Locale.ROOT, "%,d", n / 1_000_000))
        .toList()
        .toString();
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return middle / 1e6;
  }

  private static int rows(Connection c, String sql) throws SQLException {
    int rows = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rs.getDouble(rs.getMetaData().getColumnCount());
        rows++;
      }
    }
    return rows;
  }

  private static String version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select split_part(version(), ' on ', 1) || ', PostGIS ' || postgis_lib_version()"
                    + " || ', GEOS ' || postgis_geos_version()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void load(Connection c, Polygon[] cells) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("create extension if not exists postgis");
      s.execute("drop table if exists bench_cell");
      s.execute(
          "create table bench_cell (id integer primary key, geom geometry(MultiPolygon, 4490))");
    }
    WKTWriter wkt = new WKTWriter();
    StringBuilder copy = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      copy.append(i)
          .append("\tSRID=4490;")
          .append(wkt.write(FACTORY.createMultiPolygon(new Polygon[] {cells[i]})))
          .append('\n');
    }
    ((PGConnection) c)
        .getCopyAPI()
        .copyIn("copy bench_cell (id, geom) from stdin", new StringReader(copy.toString()));
    try (Statement s = c.createStatement()) {
      // GEOS refuses invalid input to ST_Intersection and ST_Union: the baseline gets the cells
      // repaired beforehand, untimed (our check finds and repairs them inside its time)
      s.execute(
          "update bench_cell set geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3))"
              + " where not ST_IsValid(geom)");
      s.execute("create index on bench_cell using gist (geom)");
      s.execute("analyze bench_cell");
    }
  }

  // ---- the generated coverage

  private record Coverage(Polygon parent, Polygon[] cells, Map<String, Integer> injected) {}

  private static Coverage generate(SplittableRandom random) {
    Coordinate[][] corner = new Coordinate[NX + 1][NY + 1];
    for (int i = 0; i <= NX; i++) {
      for (int j = 0; j <= NY; j++) {
        double jx = i == 0 || i == NX ? 0 : random.nextDouble(-0.25, 0.25);
        double jy = j == 0 || j == NY ? 0 : random.nextDouble(-0.25, 0.25);
        corner[i][j] = grid(LON0 + (i + jx) * DX, LAT0 + (j + jy) * DY);
      }
    }
    // edge points, shared by both neighbours: horizontal edges (i..i+1, j), vertical (i, j..j+1)
    Coordinate[][][] horizontal = new Coordinate[NX][NY + 1][];
    Coordinate[][][] vertical = new Coordinate[NX + 1][NY][];
    for (int i = 0; i < NX; i++) {
      for (int j = 0; j <= NY; j++) {
        horizontal[i][j] = edge(corner[i][j], corner[i + 1][j], j == 0 || j == NY, random);
      }
    }
    for (int i = 0; i <= NX; i++) {
      for (int j = 0; j < NY; j++) {
        vertical[i][j] = edge(corner[i][j], corner[i][j + 1], i == 0 || i == NX, random);
      }
    }
    Polygon[] cells = new Polygon[NX * NY];
    Map<String, Integer> injected = new TreeMap<>();
    for (int i = 0; i < NX; i++) {
      for (int j = 0; j < NY; j++) {
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
        cells[i * NY + j] = FACTORY.createPolygon(copy.toArray(Coordinate[]::new));
      }
    }
    List<Coordinate> outer = new ArrayList<>();
    for (int i = 0; i < NX; i++) {
      outer.add(corner[i][0]);
      outer.addAll(Arrays.asList(horizontal[i][0]));
    }
    for (int j = 0; j < NY; j++) {
      outer.add(corner[NX][j]);
      outer.addAll(Arrays.asList(vertical[NX][j]));
    }
    for (int i = NX; i > 0; i--) {
      outer.add(corner[i][NY]);
      outer.addAll(reversed(horizontal[i - 1][NY]));
    }
    for (int j = NY; j > 0; j--) {
      outer.add(corner[0][j]);
      outer.addAll(reversed(vertical[0][j - 1]));
    }
    outer.add(outer.get(0));
    return new Coverage(FACTORY.createPolygon(outer.toArray(Coordinate[]::new)), cells, injected);
  }

  /**
   * Injects at most one error into the ring of cell (i, j) (counter-clockwise: bottom edge points
   * are ring positions 1–3): a bulge of the bottom edge outward (overlap) or inward (gap), a thin
   * inward shift (sliver), two corners swapped (self-intersection); cells on the bottom row bulge
   * out of the parent.
   */
  private static void inject(
      List<Coordinate> ring, int i, int j, SplittableRandom random, Map<String, Integer> injected) {
    double draw = random.nextDouble();
    Coordinate middle = ring.get(2);
    if (j == 0 && i % 5 == 2) {
      middle.y = round(middle.y - 0.3 * DY);
      injected.merge("OUTSIDE_PARENT", 1, Integer::sum);
    } else if (j == 0) {
      return;
    } else if (draw < 0.002) {
      middle.y = round(middle.y - 0.3 * DY);
      injected.merge("OVERLAP", 1, Integer::sum);
    } else if (draw < 0.004) {
      middle.y = round(middle.y + 0.3 * DY);
      injected.merge("GAP", 1, Integer::sum);
    } else if (draw < 0.006) {
      middle.y = round(middle.y + 0.002 * DY);
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

package org.civgis.boundary.check;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.Finding;
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;
import org.postgresql.PGConnection;

/**
 * The topology benchmark (run by {@code bench/topology.sh}, not a test), on the shared harness
 * {@link Bench}: the full polygon check suite of geo-core ({@link CoverageCheck}: validity, sibling
 * overlaps and mismatched edges, parts outside the parent, gaps, slivers) on generated coverages
 * with injected errors, against PostGIS doing overlaps (self-join with {@code ST_Overlaps} and
 * {@code ST_Intersection}) and gaps (holes of {@code ST_Union}) on the same data, prepared on one
 * reused connection, rounds alternated. GEOS refuses the self-intersecting cells, so PostGIS gets
 * them repaired by {@code ST_MakeValid} before its timing starts; the check finds and repairs them
 * within its own.
 *
 * <p>Coverages: {@link VoronoiCoverage} (irregular cells; shifts, shrinks, slivers, a cell outside
 * the parent, a bow-tie) and {@link GridCoverage} (the lattice of earlier runs), both seeded.
 *
 * <p>Arguments: a JDBC URL of an empty database with PostGIS (user in the URL), or {@code -} to
 * time the check alone (for profiling); then the coverages as {@code kind:cells}, e.g. {@code
 * voronoi:5000 voronoi:50000 grid:50000} (the default). System properties {@code bench.warmups}
 * (default 2), {@code bench.rounds} (default 5) and {@code bench.jitWarmupSeconds} (default 10: the
 * check is called that long, at least once, before the rounds, for the JIT).
 */
public final class CoverageCheckBenchmark {
  private static final long SEED = 20261128L;

  /** Seconds of calls of the check (at least one) before the harness's rounds, for the JIT. */
  private static final int JIT_WARMUP_SECONDS = Integer.getInteger("bench.jitWarmupSeconds", 10);

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
    List<String> specs =
        args.length > 1
            ? Arrays.asList(args).subList(1, args.length)
            : List.of("voronoi:5000", "voronoi:50000", "grid:50000");
    int warmups = Integer.getInteger("bench.warmups", 2);
    int rounds = Integer.getInteger("bench.rounds", 5);
    if (jdbcUrl.equals("-")) {
      for (String spec : specs) {
        checkOnly(units(generate(spec)), warmups, rounds);
      }
      return;
    }
    Bench bench = new Bench("Topology checks against PostGIS", warmups, rounds);
    // at 500,000 cells ST_Union's holes were 3,145 in one call and 3,144 in the next: parallel
    // workers (and synchronized scans) meet the cells in another order each call, and the noding
    // follows the order; the report lists every answer PostGIS gave
    try (Connection c = DriverManager.getConnection(jdbcUrl)) {
      for (String spec : specs) {
        measure(bench, c, generate(spec));
      }
      bench.note(
          "Ours: `CoverageCheck` (JTS), the full polygon suite, in the benchmark's JVM. Baseline:"
              + " PostGIS overlaps (`ST_Overlaps` self-join on the GiST index, `ST_Intersection`"
              + " and its area in EPSG:4538) and gaps (the holes of `ST_Union`), prepared on one"
              + " reused connection; the invalid cells repaired for PostGIS beforehand, untimed."
              + " %s.",
          Bench.postgisVersion(c));
    }
    bench.print();
  }

  /**
   * Generates a coverage from its spec ({@code kind:cells}, e.g. {@code grid:50000}), seeded, and
   * prints its size and injected errors.
   */
  static GeneratedCoverage generate(String spec) {
    String[] parts = spec.split(":");
    int cells = Integer.parseInt(parts[1]);
    long t0 = System.nanoTime();
    GeneratedCoverage coverage =
        switch (parts[0]) {
          case "voronoi" -> VoronoiCoverage.generate(cells, 0.002, SEED);
          case "grid" -> GridCoverage.generate(cells, SEED);
          default -> throw new IllegalArgumentException("unknown coverage " + spec);
        };
    System.err.printf(
        Locale.ROOT,
        "· %s: %,d cells, %,d vertices, %d invalid; injected %s; generated in %.1f s%n",
        coverage.kind(),
        coverage.cells().length,
        Arrays.stream(coverage.cells()).mapToLong(Geometry::getNumPoints).sum(),
        Arrays.stream(coverage.cells()).filter(p -> !p.isValid()).count(),
        coverage.injected(),
        (System.nanoTime() - t0) / 1e9);
    return coverage;
  }

  /** The coverage as the check's units: the parent {@code P} and its cells, numbered. */
  static List<CoverageUnit> units(GeneratedCoverage coverage) {
    List<CoverageUnit> units = new ArrayList<>();
    units.add(new CoverageUnit("P", null, coverage.parent()));
    for (int i = 0; i < coverage.cells().length; i++) {
      units.add(new CoverageUnit(Integer.toString(i), "P", coverage.cells()[i]));
    }
    return units;
  }

  private static void measure(Bench bench, Connection c, GeneratedCoverage coverage)
      throws Exception {
    load(c, coverage.cells());
    List<CoverageUnit> units = units(coverage);
    CoverageCheck check = new CoverageCheck(CheckTolerances.DEFAULT);
    List<Double> overlapMillis = new ArrayList<>();
    List<Double> gapMillis = new ArrayList<>();
    try (PreparedStatement overlaps = c.prepareStatement(OVERLAPS_SQL);
        PreparedStatement gaps = c.prepareStatement(GAPS_SQL)) {
      Bench.Task ours = () -> summary(check.run(units, CheckProgress.NONE));
      Set<String> postgisAnswers = new TreeSet<>();
      Bench.Task postgis =
          () -> {
            long t0 = System.nanoTime();
            int pairs = rows(overlaps);
            long t1 = System.nanoTime();
            int holes = rows(gaps);
            long t2 = System.nanoTime();
            overlapMillis.add((t1 - t0) / 1e6);
            gapMillis.add((t2 - t1) / 1e6);
            // PostGIS's union may differ by a hole from call to call (below): every answer is
            // kept for the report, and the harness compares the overlapping pairs only
            postgisAnswers.add(pairs + " overlapping pairs, " + holes + " holes");
            return pairs + " overlapping pairs";
          };
      String measure =
          String.format(Locale.ROOT, "%s, %,d cells", coverage.kind(), coverage.cells().length);
      // the JIT compiles the check before any round (as JMH's warm-up iterations would): the
      // harness's warm-up rounds are few, and JTS's code paths are many
      long jitStart = System.nanoTime();
      int jitCalls = 0;
      while (System.nanoTime() - jitStart < JIT_WARMUP_SECONDS * 1_000_000_000L) {
        ours.run();
        jitCalls++;
      }
      System.err.printf(
          Locale.ROOT,
          "· %s: %d JIT warm-up calls of the check in %.1f s%n",
          measure,
          jitCalls,
          (System.nanoTime() - jitStart) / 1e9);
      Bench.Row row =
          bench.compare(
              measure, "CoverageCheck", ours, "PostGIS overlaps + gaps", postgis, Ratio.FASTER);
      int measured = bench.rounds();
      bench.note(
          "%s: %,d vertices; injected %s. Findings: %s. PostGIS: %s (overlaps median %.0f ms,"
              + " gaps %.0f ms). Rounds: ours %s ms, PostGIS %s ms.",
          measure,
          Arrays.stream(coverage.cells()).mapToLong(Geometry::getNumPoints).sum(),
          coverage.injected(),
          ours.run(),
          String.join(" or ", postgisAnswers),
          median(overlapMillis.subList(overlapMillis.size() - measured - 1, overlapMillis.size())),
          median(gapMillis.subList(gapMillis.size() - measured - 1, gapMillis.size())),
          list(row.ours().roundMedians()),
          list(row.baseline().roundMedians()));
    }
  }

  /** The findings counted by type and severity, e.g. {@code {GAP (ERROR)=100, …}}. */
  static String summary(List<Finding> findings) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : findings) {
      counts.merge(f.type().name() + " (" + f.severity() + ")", 1, Integer::sum);
    }
    return counts.toString();
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

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String list(double[] millis) {
    return Arrays.stream(millis)
        .mapToObj(m -> String.format(Locale.ROOT, "%,.0f", m))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private static int rows(PreparedStatement statement) throws SQLException {
    int rows = 0;
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        rs.getDouble(rs.getMetaData().getColumnCount());
        rows++;
      }
    }
    return rows;
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
}

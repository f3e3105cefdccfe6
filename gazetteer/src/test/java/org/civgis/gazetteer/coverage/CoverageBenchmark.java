package org.civgis.gazetteer.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.gazetteer.network.RoadNetworkRepository;
import org.civgis.geo.network.NetworkDistances;
import org.civgis.geo.network.NetworkLocation;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.ShortestPaths;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage benchmark (run by {@code bench/coverage.sh}): on generated square grids of 50 m blocks
 * (about 10k, 100k and 1M edges, two-way), facilities at random nodes (2 per 1,000 edges: 2,000 on
 * the 1M grid) and a 900 m limit, the time to compute the distance to the nearest facility at every
 * node
 *
 * <ul>
 *   <li>warm: the graph already in memory ({@link ShortestPaths#from}, one multi-source pass);
 *   <li>cold: reading the graph from PostGIS ({@link RoadNetworkRepository#load}) plus the pass;
 *   <li>baseline: {@code pgr_drivingDistance(…, equicost => true)} on the same stored rows, in the
 *       same run, its rows counted and summed in the server.
 * </ul>
 *
 * <p>Each measure: warm-up runs, then repeated runs; the median is reported. Arguments: JDBC URL,
 * then optionally the grid sides to run (default 71 224 708).
 */
public final class CoverageBenchmark {
  private static final double BLOCK_METERS = 50;
  private static final double LIMIT_METERS = 900;

  public static void main(String[] args) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(args[0]);
    GazetteerSchema.migrate(dataSource);
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("create extension if not exists pgrouting").update();
    RoadNetworkRepository networks = new RoadNetworkRepository(dataSource);
    int[] sides =
        args.length > 1
            ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
            : new int[] {71, 224, 708};
    List<String> rows = new ArrayList<>();
    for (int side : sides) {
      rows.add(run(side, networks, jdbc));
    }
    System.out.println();
    System.out.println(
        "| edges | nodes | facilities | reached nodes | warm (in memory) | cold (load from PostGIS"
            + " + pass) | of which load | pgr_drivingDistance equicost | warm ratio | cold ratio |"
            + " bytes/edge |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static String run(int side, RoadNetworkRepository networks, JdbcClient jdbc) {
    RoadNetwork grid = grid(side);
    int facilities = (int) Math.round(grid.edgeCount() * 2.0 / 1000);
    String name = "bench-grid-" + side;
    networks.findByName(name).ifPresent(n -> networks.delete(n.id()));
    long t0 = System.nanoTime();
    long id = networks.save(name, "generated grid", grid, RoadNetworkRepository.Provenance.NONE);
    log(
        "%s: %,d nodes, %,d edges stored in %.1f s",
        name, grid.nodeCount(), grid.edgeCount(), seconds(System.nanoTime() - t0));
    jdbc.sql("analyze gazetteer.network_edge").update();

    SplittableRandom random = new SplittableRandom(side);
    int[] nodes = random.ints(0, grid.nodeCount()).distinct().limit(facilities).toArray();
    List<NetworkLocation> origins = Arrays.stream(nodes).mapToObj(grid::atNode).toList();

    settle();
    int warmRuns = side > 500 ? 10 : 20;
    double[] warm = new double[warmRuns];
    NetworkDistances distances = null;
    for (int i = 0; i < 5; i++) {
      distances = ShortestPaths.from(grid, origins, LIMIT_METERS);
    }
    for (int i = 0; i < warmRuns; i++) {
      long s = System.nanoTime();
      distances = ShortestPaths.from(grid, origins, LIMIT_METERS);
      warm[i] = millis(System.nanoTime() - s);
    }
    int reached = 0;
    double sum = 0;
    for (int n = 0; n < grid.nodeCount(); n++) {
      double d = distances.metersToNode(n);
      if (d < Double.POSITIVE_INFINITY) {
        reached++;
        sum += d;
      }
    }

    settle();
    int coldRuns = 5;
    double[] cold = new double[coldRuns];
    double[] load = new double[coldRuns];
    double bytesPerEdge = 0;
    networks.load(id); // warm-up: JIT and the server's cache
    for (int i = 0; i < coldRuns; i++) {
      long s = System.nanoTime();
      RoadNetwork loaded = networks.load(id);
      long l = System.nanoTime();
      NetworkDistances d = ShortestPaths.from(loaded, origins, LIMIT_METERS);
      cold[i] = millis(System.nanoTime() - s);
      load[i] = millis(l - s);
      bytesPerEdge = loaded.bytesPerEdge();
      if (d.metersToNode(nodes[0]) != 0) {
        throw new IllegalStateException("a facility's node is not at 0 m");
      }
    }

    String vids =
        Arrays.stream(nodes).mapToObj(n -> String.valueOf(n + 1)).collect(Collectors.joining(","));
    String sql =
        """
        select count(*), coalesce(sum(agg_cost), 0) from pgr_drivingDistance(
          'select id, source, target, cost, reverse_cost from gazetteer.network_edge
            where network_id = %d', array[%s]::bigint[], %s, directed => true, equicost => true)
        """
            .formatted(id, vids, LIMIT_METERS);
    settle();
    int pgRuns = side > 500 ? 3 : 5;
    double[] pg = new double[pgRuns];
    long[] pgReached = new long[1];
    double[] pgSum = new double[1];
    jdbc.sql(sql).query((rs, i) -> rs.getLong(1)).single(); // warm-up
    for (int i = 0; i < pgRuns; i++) {
      long s = System.nanoTime();
      jdbc.sql(sql)
          .query(
              (rs, r) -> {
                pgReached[0] = rs.getLong(1);
                pgSum[0] = rs.getDouble(2);
                return 0;
              })
          .single();
      pg[i] = millis(System.nanoTime() - s);
    }
    log(
        "%s: reached %,d nodes (sum %.0f m); pgRouting %,d nodes (sum %.0f m)",
        name, reached, sum, pgReached[0], pgSum[0]);
    log(
        "%s: warm %s ms; cold %s ms (load %s); pgRouting %s ms",
        name, list(warm), list(cold), list(load), list(pg));
    double w = median(warm);
    double c = median(cold);
    double p = median(pg);
    return String.format(
        Locale.ROOT,
        "| %,d | %,d | %,d | %,d (pgRouting %,d) | %.1f ms | %.0f ms | %.0f ms | %.0f ms | %.0f × |"
            + " %.1f × | %.1f |",
        grid.edgeCount(),
        grid.nodeCount(),
        facilities,
        reached,
        pgReached[0],
        w,
        c,
        median(load),
        p,
        p / w,
        p / c,
        bytesPerEdge);
  }

  /** A side × side grid of two-way straight edges, BLOCK_METERS apart, near 昌吉市. */
  static RoadNetwork grid(int side) {
    double lat0 = 44.0;
    double dLat = BLOCK_METERS / 111_195.0;
    double dLon = dLat / Math.cos(Math.toRadians(lat0));
    RoadNetwork.Builder builder = RoadNetwork.builder(side * side, 2 * side * (side - 1));
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        builder.addNode(87.0 + c * dLon, lat0 + r * dLat);
      }
    }
    double[] straight = new double[0];
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        int n = r * side + c;
        if (c + 1 < side) {
          builder.addEdge(n, n + 1, straight, Double.NaN, true, true);
        }
        if (r + 1 < side) {
          builder.addEdge(n, n + side, straight, Double.NaN, true, true);
        }
      }
    }
    return builder.build();
  }

  /** Lets the garbage of the previous phase (the import's buffers) go before measuring. */
  private static void settle() {
    System.gc();
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String list(double[] values) {
    return Arrays.stream(values)
        .mapToObj(v -> String.format(Locale.ROOT, "%.1f", v))
        .collect(Collectors.joining(" "));
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}

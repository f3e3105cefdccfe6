package org.civgis.gazetteer.coverage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Coverage benchmark (run by {@code bench/coverage.sh}), on the shared harness {@link Bench}: on
 * generated square grids of 50 m blocks (about 10k, 100k and 1M edges by default, two-way),
 * facilities at random nodes (2 per 1,000 edges: 2,002 on the 1M grid) and a 900 m limit, the time
 * to compute the distance to the nearest facility at every node
 *
 * <ul>
 *   <li>warm: the graph already in memory ({@link ShortestPaths#from}: the facilities split west
 *       and east, two multi-source passes on two threads);
 *   <li>warm, one thread: the same as one multi-source pass;
 *   <li>cold: reading the graph from PostGIS ({@link RoadNetworkRepository#load}) plus the pass;
 *   <li>baseline of both: {@code pgr_drivingDistance(…, equicost => true)} on the same stored rows,
 *       its rows counted and summed in the server, as a prepared statement on one connection opened
 *       before the warm-up and reused for every call (so is ours for the cold load).
 * </ul>
 *
 * <p>Before the harness's rounds each of ours is called {@code bench.jitWarmups} times (default 20)
 * for the JIT. Every round of either side must reach the same nodes with the same sum of distances
 * as its first; the report says whether ours and pgRouting's agree. Above {@code
 * bench.baselineMaxEdges} (default 2,000,000) pgRouting is not run (it runs out of memory on the
 * 4M-edge grid) and ours is timed alone: the two-thread pass against the one-thread pass and the
 * cold load. Arguments: the JDBC URL, then the grid sides (default 71 224 708; 1415 for about 4M
 * edges). System properties {@code bench.warmups} (default 2) and {@code bench.rounds} (default 5).
 */
public final class CoverageBenchmark {
  private static final double BLOCK_METERS = 50;
  private static final double LIMIT_METERS = 900;

  /** Calls of each of ours before the harness's rounds, for the JIT. */
  private static final int JIT_WARMUPS = Integer.getInteger("bench.jitWarmups", 20);

  /** Above this many edges pgRouting is not run (see the note in {@link #run}). */
  private static final int BASELINE_MAX_EDGES =
      Integer.getInteger("bench.baselineMaxEdges", 2_000_000);

  private static final String PGR_SQL =
      """
      select count(*), coalesce(sum(agg_cost), 0) from pgr_drivingDistance(
        ?, ?::bigint[], ?, directed => true, equicost => true)
      """;

  public static void main(String[] args) throws Exception {
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(args[0], true);
    GazetteerSchema.migrate(dataSource);
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("create extension if not exists pgrouting").update();
    RoadNetworkRepository networks = new RoadNetworkRepository(dataSource);
    int[] sides =
        args.length > 1
            ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
            : new int[] {71, 224, 708};
    Bench bench =
        new Bench(
            "Care-circle coverage against pgr_drivingDistance",
            Integer.getInteger("bench.warmups", 2),
            Integer.getInteger("bench.rounds", 5));
    for (int side : sides) {
      run(side, bench, networks, jdbc, dataSource.getConnection());
    }
    bench.note(
        "Ours: `ShortestPaths.from` (warm: graph in memory; cold: `RoadNetworkRepository.load`"
            + " plus the pass, on the same reused connection). Baseline: `pgr_drivingDistance(…,"
            + " equicost => true)`, prepared, one reused connection, rows counted and summed in"
            + " the server. %s",
        jdbc.sql(
                "select 'PostgreSQL ' || current_setting('server_version') || ', pgRouting '"
                    + " || pgr_version()")
            .query(String.class)
            .single());
    bench.print();
    dataSource.destroy();
  }

  private static void run(
      int side, Bench bench, RoadNetworkRepository networks, JdbcClient jdbc, Connection connection)
      throws Exception {
    RoadNetwork grid = grid(side);
    int facilities = (int) Math.round(grid.edgeCount() * 2.0 / 1000);
    String name = "bench-grid-" + side;
    networks.findByName(name).ifPresent(n -> networks.delete(n.id()));
    long t0 = System.nanoTime();
    long id = networks.save(name, "generated grid", grid, RoadNetworkRepository.Provenance.NONE);
    System.err.printf(
        Locale.ROOT,
        "· %s: %,d nodes, %,d edges stored in %.1f s%n",
        name,
        grid.nodeCount(),
        grid.edgeCount(),
        (System.nanoTime() - t0) / 1e9);
    jdbc.sql("analyze gazetteer.network_edge").update();

    SplittableRandom random = new SplittableRandom(side);
    int[] nodes = random.ints(0, grid.nodeCount()).distinct().limit(facilities).toArray();
    List<NetworkLocation> origins = Arrays.stream(nodes).mapToObj(grid::atNode).toList();
    Long[] vids = Arrays.stream(nodes).mapToObj(n -> (long) n + 1).toArray(Long[]::new);

    Bench.Task warm = () -> answer(ShortestPaths.from(grid, origins, LIMIT_METERS), grid);
    Bench.Task oneThread =
        () -> answer(ShortestPaths.from(grid, origins, LIMIT_METERS, false), grid);
    double[] bytesPerEdge = new double[1];
    Bench.Task cold =
        () -> {
          RoadNetwork loaded = networks.load(id);
          bytesPerEdge[0] = loaded.bytesPerEdge();
          return answer(ShortestPaths.from(loaded, origins, LIMIT_METERS), loaded);
        };
    String size =
        String.format(Locale.ROOT, "%,d edges, %,d facilities", grid.edgeCount(), facilities);
    // the JIT compiles our pass and load before any round (as JMH's warm-up iterations would):
    // a call of ours takes milliseconds, so the harness's few warm-up rounds, sized for
    // pgRouting's seconds a call, would leave it half compiled
    long jitStart = System.nanoTime();
    for (int i = 0; i < JIT_WARMUPS; i++) {
      warm.run();
      oneThread.run();
      cold.run();
    }
    System.err.printf(
        Locale.ROOT,
        "· %s: %d JIT warm-up calls of each of ours in %.1f s%n",
        size,
        JIT_WARMUPS,
        (System.nanoTime() - jitStart) / 1e9);
    String ours = (String) warm.run();
    if (!ours.equals(oneThread.run())) {
      throw new IllegalStateException("the split search and the one pass differ");
    }
    if (grid.edgeCount() > BASELINE_MAX_EDGES) {
      // pgr_drivingDistance keeps per-start arrays of the whole graph: with 8,003 starts on the
      // 4M-edge grid the server grew past 23 GB and was killed for want of memory
      System.gc();
      Bench.Row split =
          bench.compare(
              size + ": ours only (pgRouting not run)",
              "in memory",
              warm,
              "in memory, one thread",
              oneThread,
              Ratio.FASTER);
      System.gc();
      Bench.Row coldRow =
          bench.compare(
              size + ": ours only, cold", "in memory", warm, "load + pass", cold, Ratio.FASTER);
      bench.note(
          "%s: %,d nodes; ours reached %s; %.1f bytes per edge in memory; warm rounds %s ms,"
              + " one thread %s ms, cold %s ms. pgRouting was not run above %,d edges: with"
              + " 8,003 starts on this grid its server process grew past 23 GB and was killed"
              + " for want of memory.",
          size,
          grid.nodeCount(),
          ours,
          bytesPerEdge[0],
          roundMedians(split.ours()),
          roundMedians(split.baseline()),
          roundMedians(coldRow.baseline()),
          BASELINE_MAX_EDGES);
      return;
    }

    PreparedStatement pgr = connection.prepareStatement(PGR_SQL);
    pgr.setString(
        1,
        "select id, source, target, cost, reverse_cost from gazetteer.network_edge"
            + " where network_id = "
            + id);
    pgr.setArray(2, connection.createArrayOf("bigint", vids));
    pgr.setDouble(3, LIMIT_METERS);
    Bench.Task pgRouting =
        () -> {
          try (ResultSet rs = pgr.executeQuery()) {
            rs.next();
            return answer(rs.getLong(1), rs.getDouble(2));
          }
        };
    System.gc();
    Bench.Row warmRow =
        bench.compare(
            size + ": warm", "in memory", warm, "pgr_drivingDistance", pgRouting, Ratio.FASTER);
    System.gc();
    Bench.Row oneRow =
        bench.compare(
            size + ": warm, one thread",
            "in memory, one thread",
            oneThread,
            "pgr_drivingDistance",
            pgRouting,
            Ratio.FASTER);
    System.gc();
    Bench.Row coldRow =
        bench.compare(
            size + ": cold", "load + pass", cold, "pgr_drivingDistance", pgRouting, Ratio.FASTER);
    String theirs = (String) pgRouting.run();
    pgr.close();
    bench.note(
        "%s: %,d nodes; ours reached %s, pgRouting %s (%s); %.1f bytes per edge in memory;"
            + " warm rounds %s ms, one thread %s ms, cold %s ms, pgRouting %s ms.",
        size,
        grid.nodeCount(),
        ours,
        theirs,
        ours.equals(theirs) ? "the same" : "DIFFERENT",
        bytesPerEdge[0],
        roundMedians(warmRow.ours()),
        roundMedians(oneRow.ours()),
        roundMedians(coldRow.ours()),
        roundMedians(warmRow.baseline()));
  }

  /** Reached nodes and the sum of their distances, to the metre. */
  private static String answer(long reached, double sumMeters) {
    return String.format(Locale.ROOT, "%,d nodes, sum %,.0f m", reached, sumMeters);
  }

  private static String answer(NetworkDistances distances, RoadNetwork network) {
    long reached = 0;
    double sum = 0;
    for (int n = 0; n < network.nodeCount(); n++) {
      double d = distances.metersToNode(n);
      if (d < Double.POSITIVE_INFINITY) {
        reached++;
        sum += d;
      }
    }
    return answer(reached, sum);
  }

  private static String roundMedians(Bench.Timings timings) {
    return Arrays.stream(timings.roundMedians())
        .mapToObj(v -> String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.1f", v))
        .collect(Collectors.joining(" "));
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
}

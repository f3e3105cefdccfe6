package org.civgis.web.tiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.civgis.testing.bench.Http;

/**
 * The tile benchmark (run by {@code bench/tiles.sh}, not a test), on the shared harness {@link
 * Bench}: a tile through HTTP against the same SQL straight in PostgreSQL, tile by tile.
 *
 * <ol>
 *   <li>Tile set: every tile of zoom 5–10 that meets the Changji prefecture's extent (85.5–91.6°E,
 *       42.8–45.7°N), 343 tiles; above {@code maxTiles} the highest zooms are left out.
 *   <li>Uncached: before each round the app's cache is flushed (the NOTIFY its listener turns into
 *       a flush, then a probe tile is awaited as a MISS); then for each tile ours (one GET over one
 *       keep-alive HTTP/1.1 connection of a blocking socket client, the answer checked to be a 200
 *       MISS) and the baseline (the app's SQL file as one prepared statement on one reused
 *       connection, reading the bytea).
 *   <li>Cached: the same, without the flush, every answer checked to be a HIT: the floor of the
 *       HTTP path against the same SQL.
 *   <li>Each tile must have the same length every round, and the same through HTTP as from SQL.
 * </ol>
 *
 * <p>Arguments: the app's base URL, a JDBC URL of its database (user in the URL), the SQL file,
 * optionally the most tiles (400). System properties {@code bench.warmups} (default 5) and {@code
 * bench.rounds} (default 5).
 */
public final class TileBenchmark {
  private static final String LAYER = "divisions";
  private static final String PROBE = "/tiles/" + LAYER + "/4/11/5.mvt"; // not in the set
  private static final Pattern PARAMETER = Pattern.compile(":(z|x|y|date)\\b");

  private TileBenchmark() {}

  record Tile(int z, int x, int y) {
    String path() {
      return "/tiles/" + LAYER + "/" + z + "/" + x + "/" + y + ".mvt";
    }
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String jdbcUrl = args[1];
    String sqlFile = Files.readString(Path.of(args[2]));
    int maxTiles = args.length > 3 ? Integer.parseInt(args[3]) : 400;
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")); // the app's today
    List<Tile> tiles = tileSet(maxTiles);
    Bench bench =
        new Bench(
            "Vector tiles through HTTP against the same SQL",
            Integer.getInteger("bench.warmups", 5),
            Integer.getInteger("bench.rounds", 5));

    try (Connection sql = DriverManager.getConnection(jdbcUrl);
        Connection notifier = DriverManager.getConnection(jdbcUrl);
        Http http = new Http(baseUrl)) {
      List<String> order = new ArrayList<>();
      PreparedStatement tile = sql.prepareStatement(positional(sqlFile, order));
      Bench.ItemTask<Tile> baseline =
          t -> {
            for (int i = 0; i < order.size(); i++) {
              switch (order.get(i)) {
                case "z" -> tile.setInt(i + 1, t.z());
                case "x" -> tile.setInt(i + 1, t.x());
                case "y" -> tile.setInt(i + 1, t.y());
                default -> tile.setObject(i + 1, day);
              }
            }
            try (ResultSet rs = tile.executeQuery()) {
              rs.next();
              byte[] bytes = rs.getBytes(1);
              return bytes == null ? 0 : bytes.length;
            }
          };
      Runnable flush = () -> flush(http, notifier);
      Bench.Row uncached =
          bench.compareEach(
              "uncached tile",
              tiles,
              flush,
              "HTTP (MISS)",
              t -> get(http, t.path(), "MISS"),
              "SQL, prepared",
              baseline,
              Ratio.COST);
      Bench.Row cached =
          bench.compareEach(
              "cached tile",
              tiles,
              () -> {},
              "HTTP (HIT)",
              t -> get(http, t.path(), "HIT"),
              "SQL, prepared",
              baseline,
              Ratio.COST);
      long bytes = 0;
      int differ = 0;
      for (Tile t : tiles) {
        int viaHttp = (Integer) get(http, t.path(), null);
        int viaSql = (Integer) baseline.run(t);
        bytes += viaSql;
        differ += viaHttp == viaSql ? 0 : 1;
      }
      tile.close();
      bench.note(
          "Tile set: %d tiles of zoom %d–%d over Changji, %,d bytes in all, day %s; tiles whose"
              + " length differs between HTTP and SQL: %d. Uncached, per tile, (HTTP − SQL) of the"
              + " medians: %s ms. HTTP: one keep-alive HTTP/1.1 connection (a blocking socket client);"
              + " SQL: the app's %s as one prepared statement on one reused connection. %s.",
          tiles.size(),
          tiles.get(0).z(),
          tiles.get(tiles.size() - 1).z(),
          bytes,
          day,
          differ,
          number(uncached.ours().median() - uncached.baseline().median()),
          Path.of(args[2]).getFileName(),
          Bench.postgisVersion(sql));
      bench.note(
          "Cached through HTTP, median %s ms: the floor of the HTTP path under the uncached tile.",
          number(cached.ours().median()));
    }
    bench.print();
  }

  /** The tiles of zoom 5–10 over Changji, lowest zooms first, at most {@code max}. */
  static List<Tile> tileSet(int max) {
    List<Tile> tiles = new ArrayList<>();
    for (int z = 5; z <= 10; z++) {
      int n = 1 << z;
      int x0 = column(85.5, n);
      int x1 = column(91.6, n);
      int y0 = row(45.7, n);
      int y1 = row(42.8, n);
      if (tiles.size() + (x1 - x0 + 1) * (y1 - y0 + 1) > max) {
        break;
      }
      for (int x = x0; x <= x1; x++) {
        for (int y = y0; y <= y1; y++) {
          tiles.add(new Tile(z, x, y));
        }
      }
    }
    return tiles;
  }

  private static int column(double lon, int n) {
    return (int) Math.floor((lon + 180) / 360 * n);
  }

  private static int row(double lat, int n) {
    double r = Math.toRadians(lat);
    return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
  }

  /** The SQL with {@code ?} for its named parameters; {@code order} gets their names in order. */
  static String positional(String sql, List<String> order) {
    StringBuilder body = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) {
        body.append(line).append('\n');
      }
    }
    Matcher m = PARAMETER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      order.add(m.group(1));
      m.appendReplacement(out, "?");
    }
    m.appendTail(out);
    return out.toString();
  }

  /** GETs a tile; checks a 200 and, when asked, the cache state. Answers the body's length. */
  private static Object get(Http http, String path, String cacheState) throws Exception {
    Http.Response response = http.get(path);
    if (response.status() != 200) {
      throw new IllegalStateException(path + ": HTTP " + response.status());
    }
    String state = Objects.requireNonNullElse(response.header(TileController.CACHE_HEADER), "");
    if (cacheState != null && !cacheState.equals(state)) {
      throw new IllegalStateException(path + ": " + state + " where " + cacheState + " was due");
    }
    return response.body().length;
  }

  /** Flushes the app's tile cache and waits until a probe tile is a MISS. */
  private static void flush(Http http, Connection notifier) {
    try {
      get(http, PROBE, null);
      get(http, PROBE, "HIT");
      try (Statement s = notifier.createStatement()) {
        s.execute(
            "select pg_notify('civgis_feature_changes', '{\"collection\":\""
                + LAYER
                + "\",\"bbox\":null}')");
      }
      long deadline = System.nanoTime() + 4_000_000_000L;
      while (System.nanoTime() < deadline) {
        Http.Response probe = http.get(PROBE);
        String state = Objects.requireNonNullElse(probe.header(TileController.CACHE_HEADER), "");
        if ("MISS".equals(state)) {
          return;
        }
        Thread.sleep(20);
      }
      throw new IllegalStateException("the cache was not flushed within 4 s of the NOTIFY");
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("flushing the tile cache failed: " + e, e);
    }
  }

  private static String number(double millis) {
    return String.format(Locale.ROOT, "%.3f", millis);
  }
}

package org.civgis.data.national;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Reads of the national place names through the app's HTTP API (bench/national.sh), against a
 * running instance on the primary and, when given, one that reads from a standby:
 *
 * <ol>
 *   <li>search ({@code /api/search}): 1,000 seeded queries over the loaded names — 400 exact names,
 *       200 prefixes (the first three characters), 200 full pinyin keys, 200 initials keys; 1
 *       warm-up pass, 3 measured; baseline: the HTTP floor, the landing page {@code /ogc} in the
 *       same passes;
 *   <li>OGC items of {@code place-names}, 100 a page: 200 pages (system property {@code pages}) at
 *       random offsets, without a filter, with {@code filter=categoryCode='0502'} (the villages,
 *       most of the names), with a selective {@code filter=divisionCode LIKE '…%'} (one county's
 *       names), and with a random 1° × 1° {@code bbox}; 1 warm-up pass, 3 measured; baseline: a
 *       page of the same rows in PostgreSQL over JDBC (the page and its count);
 *   <li>the same items requests, interleaved request by request, against the instance that reads
 *       from the standby.
 * </ol>
 *
 * <p>Usage: {@code NationalHttpBenchmark BASE_URL REPLICA_BASE_URL|- JDBC_URL}.
 */
public final class NationalHttpBenchmark {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private NationalHttpBenchmark() {}

  /** A request and its baseline SQL (page, count) with one parameter each, or none. */
  record Read(String path, String sql, String countSql, Object parameter, long offset) {}

  public static void main(String[] args) throws Exception {
    String primary = args[0];
    String replica = args[1].equals("-") ? null : args[1];
    DataSource ds = new DriverManagerDataSource(args[2]);
    JdbcClient jdbc = JdbcClient.create(ds);
    SplittableRandom random = new SplittableRandom(20261206L);

    List<String> names =
        jdbc.sql(
                "select standard_name, pinyin_key, initials_key from gazetteer.place_name"
                    + " where source = :source order by md5(code) limit 1000")
            .param("source", NationalLoader.SOURCE)
            .query(
                (rs, row) -> {
                  String name = rs.getString(1);
                  String pinyin = rs.getString(2) == null ? name : rs.getString(2).split(" ")[0];
                  String initials = rs.getString(3) == null ? name : rs.getString(3).split(" ")[0];
                  if (row < 400) {
                    return name;
                  } else if (row < 600) {
                    return name.substring(0, Math.min(3, name.length()));
                  } else if (row < 800) {
                    return pinyin.replace("~", "");
                  }
                  return initials.replace("~", "");
                })
            .list();
    long total =
        jdbc.sql(
                "select count(*) from gazetteer.place_name where status in ('ANNOUNCED', 'FILED')"
                    + " and upper_inf(valid)")
            .query(Long.class)
            .single();
    long villages =
        jdbc.sql(
                "select count(*) from gazetteer.place_name where category_code = '0502'"
                    + " and status in ('ANNOUNCED', 'FILED') and upper_inf(valid)")
            .query(Long.class)
            .single();
    List<String> counties =
        jdbc.sql(
                "select substr(code, 1, 6) from boundary.division_version where level = 3"
                    + " and source = :source order by md5(code) limit 200")
            .param("source", NationalLoader.SOURCE)
            .query(String.class)
            .list();
    System.out.printf(
        Locale.ROOT,
        "%,d current place names, %,d villages, %,d search queries%n",
        total,
        villages,
        names.size());

    // search
    List<String> searchPaths = new ArrayList<>();
    for (String q : names) {
      searchPaths.add("/api/search?limit=10&q=" + enc(q));
    }
    double[] search = measure(primary, searchPaths, 1, 3);
    double[] floor = measure(primary, List.of("/ogc"), 1, 3 * 1000);
    row("search, p50 / p95 (1,000 queries × 3)", search, "HTTP floor: GET /ogc", floor);

    String columns =
        "select id, code, standard_name, category_code, romanization, division_code, status,"
            + " lower(valid), upper(valid), source, ST_AsGeoJSON(geom) from gazetteer.place_name";
    List<Read> plain = new ArrayList<>();
    List<Read> villagesFilter = new ArrayList<>();
    List<Read> countyFilter = new ArrayList<>();
    List<Read> bbox = new ArrayList<>();
    int pages = Integer.getInteger("pages", 200);
    for (int i = 0; i < pages; i++) {
      long offset = random.nextLong(total - 100);
      plain.add(
          new Read(
              "/ogc/collections/place-names/items?limit=100&offset=" + offset,
              columns + " order by id limit 100 offset " + offset,
              "select count(*) from gazetteer.place_name",
              null,
              offset));
      long vo = random.nextLong(Math.max(1, villages - 100));
      villagesFilter.add(
          new Read(
              "/ogc/collections/place-names/items?limit=100&offset="
                  + vo
                  + "&filter="
                  + enc("categoryCode='0502'"),
              columns + " where category_code = ? order by id limit 100 offset " + vo,
              "select count(*) from gazetteer.place_name where category_code = ?",
              "0502",
              vo));
      String county = counties.get(i % counties.size());
      countyFilter.add(
          new Read(
              "/ogc/collections/place-names/items?limit=100&filter="
                  + enc("divisionCode LIKE '" + county + "%'"),
              columns + " where division_code like ? order by id limit 100",
              "select count(*) from gazetteer.place_name where division_code like ?",
              county + "%",
              0));
      double x =
          NationalLoader.WEST
              + random.nextDouble() * (NationalLoader.EAST - NationalLoader.WEST - 1);
      double y =
          NationalLoader.SOUTH
              + random.nextDouble() * (NationalLoader.NORTH - NationalLoader.SOUTH - 1);
      String box = String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", x, y, x + 1, y + 1);
      bbox.add(
          new Read(
              "/ogc/collections/place-names/items?limit=100&bbox=" + box,
              columns + " where geom && ST_MakeEnvelope(" + box + ", 4490) order by id limit 100",
              "select count(*) from gazetteer.place_name where geom && ST_MakeEnvelope("
                  + box
                  + ", 4490)",
              null,
              0));
    }
    // batch geocoding over HTTP: 10,000 addresses of the registry a request
    List<NationalGeocodeBenchmark.Input> inputs = NationalGeocodeBenchmark.batch(jdbc);
    String geocodeLine = "no addresses in the registry: batch geocoding not measured";
    if (!inputs.isEmpty()) {
      StringBuilder body = new StringBuilder("[");
      for (NationalGeocodeBenchmark.Input input : inputs) {
        body.append(body.length() > 1 ? "," : "").append('"').append(input.text()).append('"');
      }
      body.append(']');
      double[] batch = new double[8];
      for (int i = 0; i < batch.length; i++) {
        long s = System.nanoTime();
        HttpResponse<byte[]> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(primary + "/api/geocode/batch"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer demo-admin-token")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        batch[i] = (System.nanoTime() - s) / 1e9;
        if (r.statusCode() != 200) {
          throw new IllegalStateException("geocode batch → " + r.statusCode());
        }
      }
      double[] measured = Arrays.copyOfRange(batch, 3, batch.length);
      Arrays.sort(measured);
      geocodeLine =
          String.format(
              Locale.ROOT,
              "| batch geocoding over HTTP, %,d addresses a request (median of 5 after 3 warm-up)"
                  + " | %,.0f /s (%.2f s a request) | | |",
              inputs.size(),
              inputs.size() / measured[2],
              measured[2]);
    }

    System.out.println();
    System.out.println("| measure | value | baseline (same run) | ratio |");
    System.out.println("|---|---|---|---|");
    printRow("search, p50 / p95 (1,000 queries × 3)", search, "HTTP floor, GET /ogc", floor);
    System.out.println(geocodeLine);
    for (var kind :
        List.of(
            new Object[] {"items, random page (100 of all names)", plain},
            new Object[] {"items, filter categoryCode='0502', random page", villagesFilter},
            new Object[] {"items, filter divisionCode LIKE one county, first page", countyFilter},
            new Object[] {"items, bbox 1° × 1°, first page", bbox})) {
      @SuppressWarnings("unchecked")
      List<Read> reads = (List<Read>) kind[1];
      double[] http = measure(primary, reads.stream().map(Read::path).toList(), 1, 3);
      double[] sql = sql(args[2], reads, 1, 3);
      printRow((String) kind[0], http, "the page and its count in SQL", sql);
      if (replica != null) {
        double[][] both = interleaved(primary, replica, reads.stream().map(Read::path).toList());
        printRow(
            (String) kind[0] + ": from the standby",
            both[1],
            "the same from the primary, interleaved",
            both[0]);
      }
    }
  }

  private static void row(String what, double[] value, String baseline, double[] base) {
    System.out.printf(
        Locale.ROOT,
        "%s: p50 %.2f ms p95 %.2f ms; %s p50 %.2f ms p95 %.2f ms%n",
        what,
        pct(value, 50),
        pct(value, 95),
        baseline,
        pct(base, 50),
        pct(base, 95));
  }

  private static void printRow(String what, double[] value, String baseline, double[] base) {
    System.out.printf(
        Locale.ROOT,
        "| %s, p50 / p95 | %.2f / %.2f ms | %s: %.2f / %.2f ms | %.2f × / %.2f × |%n",
        what,
        pct(value, 50),
        pct(value, 95),
        baseline,
        pct(base, 50),
        pct(base, 95),
        pct(value, 50) / pct(base, 50),
        pct(value, 95) / pct(base, 95));
  }

  /** Milliseconds of every measured request: {@code warmUp} passes, then {@code passes}. */
  static double[] measure(String base, List<String> paths, int warmUp, int passes)
      throws Exception {
    double[] times = new double[paths.size() * passes];
    int k = 0;
    for (int pass = 0; pass < warmUp + passes; pass++) {
      for (String path : paths) {
        double ms = get(base + path);
        if (pass >= warmUp) {
          times[k++] = ms;
        }
      }
    }
    return times;
  }

  /** The same requests to both instances, one after the other: [primary, replica]. */
  static double[][] interleaved(String primary, String replica, List<String> paths)
      throws Exception {
    double[] a = new double[paths.size() * 3];
    double[] b = new double[paths.size() * 3];
    int k = 0;
    for (int pass = 0; pass < 4; pass++) {
      for (String path : paths) {
        boolean replicaFirst = (pass + k) % 2 == 1;
        double first = get((replicaFirst ? replica : primary) + path);
        double second = get((replicaFirst ? primary : replica) + path);
        if (pass > 0) {
          a[k] = replicaFirst ? second : first;
          b[k] = replicaFirst ? first : second;
          k++;
        }
      }
    }
    return new double[][] {a, b};
  }

  private static double get(String url) throws Exception {
    long s = System.nanoTime();
    HttpResponse<byte[]> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    double ms = (System.nanoTime() - s) / 1e6;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          url + " → " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return ms;
  }

  /** The baseline: each read's page and count over one JDBC connection. */
  static double[] sql(String url, List<Read> reads, int warmUp, int passes) throws Exception {
    double[] times = new double[reads.size() * passes];
    int k = 0;
    try (Connection c = DriverManager.getConnection(url)) {
      for (int pass = 0; pass < warmUp + passes; pass++) {
        for (Read read : reads) {
          long s = System.nanoTime();
          run(c, read.sql(), read.parameter(), rs -> null);
          run(c, read.countSql(), read.parameter(), rs -> null);
          double ms = (System.nanoTime() - s) / 1e6;
          if (pass >= warmUp) {
            times[k++] = ms;
          }
        }
      }
    }
    return times;
  }

  private static void run(Connection c, String sql, Object p, Function<ResultSet, Void> each)
      throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (p != null) {
        ps.setObject(1, p);
      }
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
        }
      }
    }
  }

  static double pct(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

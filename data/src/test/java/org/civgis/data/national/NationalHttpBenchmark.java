package org.civgis.data.national;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.civgis.testing.bench.Http;
import org.civgis.testing.bench.Stats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads of the national place names through the app's HTTP API (run by bench/national.sh, not a
 * test), on the shared harness {@link Bench}: every measure compares a read through HTTP with a
 * baseline, item by item, both sides warmed first and the rounds alternated.
 *
 * <ol>
 *   <li>Search ({@code /api/search?limit=10}): {@code queries} seeded queries over the loaded names
 *       — 40 % exact names, 20 % prefixes (the first three characters), 20 % full pinyin keys, 20 %
 *       initials keys. Baseline: the HTTP floor, the landing page {@code GET /ogc}, one request
 *       after each query. Answers: the ids of the results; the length and the number of links of
 *       the landing page.
 *   <li>OGC items of {@code place-names}, 100 a page, {@code pages} pages of each kind: at random
 *       offsets without a filter; at random offsets with {@code filter=categoryCode='0502'} (the
 *       villages, most of the national names); the first page with a selective {@code
 *       filter=divisionCode LIKE '…%'} (one county's names); the first page in a random 1° × 1°
 *       {@code bbox} within the extent of the names with a geometry. Baseline: the same page of
 *       rows and its count in PostgreSQL, two prepared statements per kind on one JDBC connection
 *       opened before the warm-up and reused. Answers: {@code numberMatched} and the ids of the
 *       page; the count and the ids of the rows.
 *   <li>The same items requests to the instance that reads from the standby (ours) against the
 *       instance on the primary (baseline), when a second base URL is given; then every page once
 *       more from both, and how many answers differ between them as a note.
 *   <li>Batch geocoding ({@code POST /api/geocode/batch}, up to 10,000 addresses of the registry a
 *       request): a throughput without a baseline, written as a note under the table.
 * </ol>
 *
 * <p>Arguments: {@code BASE_URL REPLICA_BASE_URL|- JDBC_URL} (user in the JDBC URL). System
 * properties: {@code bench.warmups} (default 2), {@code bench.rounds} (default 5), {@code queries}
 * (search queries, default 1,000), {@code pages} (items pages of each kind, default 10) and {@code
 * source}: the {@code source} of the names and counties the queries and filters are drawn from, by
 * default {@link NationalLoader#SOURCE}; empty for every source (e.g. the Changji demo). Progress
 * goes to standard error, the Markdown table to standard output.
 */
public final class NationalHttpBenchmark {
  /** One keep-alive connection to each instance (scheme://host:port). */
  private static final Map<String, Http> HTTP = new HashMap<>();

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int PAGE = 100;
  private static final String ITEMS = "/ogc/collections/place-names/items?limit=" + PAGE;

  private NationalHttpBenchmark() {}

  /**
   * One kind of items page: the baseline's page and count in SQL (with {@code ?} parameters) and
   * the pages of the kind.
   */
  record Kind(String measure, String pageSql, String countSql, List<Page> pages) {}

  /** One items request and the parameters of its baseline's page and count statements. */
  record Page(String path, Object[] pageParameters, Object[] countParameters) {}

  /** What a page gives: how many match, and the ids of its rows in order. */
  record PageAnswer(long matched, List<String> ids) {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: NationalHttpBenchmark BASE_URL REPLICA_BASE_URL|- JDBC_URL");
      System.exit(2);
    }
    String primary = args[0];
    String replica = args[1].equals("-") ? null : args[1];
    String jdbcUrl = args[2];
    int queries = Integer.getInteger("queries", 1000);
    int pages = Integer.getInteger("pages", 10);
    String source = System.getProperty("source", NationalLoader.SOURCE);
    DataSource ds = new DriverManagerDataSource(jdbcUrl);
    JdbcClient jdbc = JdbcClient.create(ds);

    List<String> names = searchQueries(jdbc, source, queries);
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
                "select substr(code, 1, 6) from boundary.division_version where level = 3 and "
                    + sourceCondition(source)
                    + " group by code order by md5(code) limit 200")
            .params(sourceParameters(source))
            .query(String.class)
            .list();
    double[] extent = extent(jdbc, source);
    List<Kind> kinds = kinds(pages, total, villages, counties, extent);
    List<NationalGeocodeBenchmark.Input> addresses = NationalGeocodeBenchmark.batch(jdbc);

    int warmups = Integer.getInteger("bench.warmups", 2);
    Bench bench =
        new Bench(
            "Reads of the place names over HTTP", warmups, Integer.getInteger("bench.rounds", 5));

    if (names.isEmpty()) {
      bench.note("No current names of the source: search not measured.");
    } else {
      bench.compareEach(
          String.format(Locale.ROOT, "search /api/search, %,d queries", names.size()),
          names,
          () -> {},
          "HTTP",
          q -> searchIds(primary + "/api/search?limit=10&q=" + enc(q)),
          "HTTP floor, GET /ogc",
          q -> landing(primary + "/ogc"),
          Ratio.COST);
    }

    try (Connection sql = DriverManager.getConnection(jdbcUrl)) {
      for (Kind kind : kinds) {
        if (kind.pages().isEmpty()) {
          bench.note("%s: nothing to draw pages from, not measured.", kind.measure());
          continue;
        }
        try (PreparedStatement page = sql.prepareStatement(kind.pageSql());
            PreparedStatement count = sql.prepareStatement(kind.countSql())) {
          bench.compareEach(
              kind.measure(),
              kind.pages(),
              () -> {},
              "HTTP",
              p -> items(primary + p.path()),
              "page + count in SQL",
              p -> sqlPage(page, count, p),
              Ratio.COST);
        }
        if (replica != null) {
          bench.compareEach(
              kind.measure() + ", from the standby",
              kind.pages(),
              () -> {},
              "instance on the standby",
              p -> items(replica + p.path()),
              "instance on the primary",
              p -> items(primary + p.path()),
              Ratio.COST);
          int differ = 0;
          for (Page p : kind.pages()) {
            differ += items(replica + p.path()).equals(items(primary + p.path())) ? 0 : 1;
          }
          bench.note(
              "%s: pages whose answer (numberMatched and ids) differs between the instance on the"
                  + " standby and the instance on the primary: %d of %d.",
              kind.measure(), differ, kind.pages().size());
        }
      }
    }

    if (addresses.isEmpty()) {
      bench.note("No addresses in the registry: batch geocoding over HTTP not measured.");
    } else {
      batchGeocoding(bench, primary, addresses, warmups);
    }
    bench.note(
        "Sizes: %,d current place names, %,d of them villages (category 0502); %,d search"
            + " queries; %d pages of %d per items kind (%d counties to filter by); the queries and"
            + " counties drawn from %s; bbox within %.2f–%.2f°E × %.2f–%.2f°N. Ours: a blocking"
            + " HTTP/1.1 client on one keep-alive connection to each instance, every answer checked"
            + " to be 200. Baseline of the"
            + " items: the page (`order by id limit %d`, with the page's offset) and `count(*)` as"
            + " prepared statements on one reused JDBC connection.",
        total,
        villages,
        names.size(),
        pages,
        PAGE,
        counties.size(),
        source.isEmpty() ? "every source" : "the source “" + source + "”",
        extent[0],
        extent[2],
        extent[1],
        extent[3],
        PAGE);
    bench.print();
  }

  /**
   * Up to {@code n} search texts drawn from the current names of the source (seeded by the order of
   * their codes' md5): 40 % exact names, 20 % their first three characters, 20 % their first full
   * pinyin key, 20 % their first initials key.
   */
  private static List<String> searchQueries(JdbcClient jdbc, String source, int n) {
    List<String[]> rows =
        jdbc.sql(
                "select standard_name, pinyin_key, initials_key from gazetteer.place_name"
                    + " where "
                    + sourceCondition(source)
                    + " and status in ('ANNOUNCED', 'FILED') and upper_inf(valid)"
                    + " order by md5(code), id limit :n")
            .params(sourceParameters(source))
            .param("n", n)
            .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .list();
    List<String> texts = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String name = rows.get(i)[0];
      String pinyin = rows.get(i)[1] == null ? name : rows.get(i)[1].split(" ")[0];
      String initials = rows.get(i)[2] == null ? name : rows.get(i)[2].split(" ")[0];
      int tenth = i * 10 / rows.size();
      if (tenth < 4) {
        texts.add(name);
      } else if (tenth < 6) {
        texts.add(name.substring(0, Math.min(3, name.length())));
      } else if (tenth < 8) {
        texts.add(pinyin.replace("~", ""));
      } else {
        texts.add(initials.replace("~", ""));
      }
    }
    return texts;
  }

  /**
   * The extent of the names of the source with a geometry, {west, south, east, north}; the national
   * extent of the generated points when none has one.
   */
  private static double[] extent(JdbcClient jdbc, String source) {
    List<double[]> extent =
        jdbc.sql(
                "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select"
                    + " ST_Extent(geom) e from gazetteer.place_name where "
                    + sourceCondition(source)
                    + " and geom is not null) x where e is not null")
            .params(sourceParameters(source))
            .query(
                (rs, row) ->
                    new double[] {
                      rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)
                    })
            .list();
    return extent.isEmpty()
        ? new double[] {
          NationalLoader.WEST, NationalLoader.SOUTH, NationalLoader.EAST, NationalLoader.NORTH
        }
        : extent.get(0);
  }

  /** The condition on the rows of {@code source}: any row when it is empty. */
  private static String sourceCondition(String source) {
    return source.isEmpty() ? "true" : "source = :source";
  }

  /** The parameters of the condition {@link #sourceCondition}. */
  private static Map<String, Object> sourceParameters(String source) {
    return source.isEmpty() ? Map.of() : Map.of("source", source);
  }

  /** The four kinds of items pages, {@code pages} of each, seeded. */
  static List<Kind> kinds(
      int pages, long total, long villages, List<String> counties, double[] extent) {
    SplittableRandom random = new SplittableRandom(20261206L);
    String columns =
        "select id, code, standard_name, category_code, romanization, division_code, status,"
            + " lower(valid), upper(valid), source, ST_AsGeoJSON(geom) from gazetteer.place_name";
    List<Page> plain = new ArrayList<>();
    List<Page> villageFilter = new ArrayList<>();
    List<Page> countyFilter = new ArrayList<>();
    List<Page> bbox = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      long offset = random.nextLong(Math.max(1, total - PAGE));
      plain.add(new Page(ITEMS + "&offset=" + offset, new Object[] {offset}, new Object[] {}));
      long villageOffset = random.nextLong(Math.max(1, villages - PAGE));
      villageFilter.add(
          new Page(
              ITEMS + "&offset=" + villageOffset + "&filter=" + enc("categoryCode='0502'"),
              new Object[] {"0502", villageOffset},
              new Object[] {"0502"}));
      if (!counties.isEmpty()) {
        String county = counties.get(i % counties.size());
        countyFilter.add(
            new Page(
                ITEMS + "&filter=" + enc("divisionCode LIKE '" + county + "%'"),
                new Object[] {county + "%"},
                new Object[] {county + "%"}));
      }
      double x = extent[0] + random.nextDouble() * Math.max(0, extent[2] - extent[0] - 1);
      double y = extent[1] + random.nextDouble() * Math.max(0, extent[3] - extent[1] - 1);
      x = Math.round(x * 1e4) / 1e4;
      y = Math.round(y * 1e4) / 1e4;
      Object[] box = {x, y, x + 1, y + 1};
      bbox.add(
          new Page(
              ITEMS + "&bbox=" + String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", box), box, box));
    }
    String envelope = "geom && ST_MakeEnvelope(?, ?, ?, ?, 4490)";
    return List.of(
        new Kind(
            "items, random page of all names",
            columns + " order by id limit " + PAGE + " offset ?",
            "select count(*) from gazetteer.place_name",
            plain),
        new Kind(
            "items, filter categoryCode='0502', random page",
            columns + " where category_code = ? order by id limit " + PAGE + " offset ?",
            "select count(*) from gazetteer.place_name where category_code = ?",
            villageFilter),
        new Kind(
            "items, filter divisionCode LIKE one county, first page",
            columns + " where division_code like ? order by id limit " + PAGE,
            "select count(*) from gazetteer.place_name where division_code like ?",
            countyFilter),
        new Kind(
            "items, bbox 1° × 1°, first page",
            columns + " where " + envelope + " order by id limit " + PAGE,
            "select count(*) from gazetteer.place_name where " + envelope,
            bbox));
  }

  /** The ids of the results of a search. */
  private static List<Long> searchIds(String url) throws Exception {
    JsonNode results = JSON.readTree(get(url)).path("results");
    List<Long> ids = new ArrayList<>(results.size());
    for (int i = 0; i < results.size(); i++) {
      ids.add(results.get(i).path("id").asLong());
    }
    return ids;
  }

  /** The landing page, read as JSON like a search answer: its length and number of links. */
  private static String landing(String url) throws Exception {
    byte[] body = get(url);
    return body.length + " bytes, " + JSON.readTree(body).path("links").size() + " links";
  }

  /** An items page: {@code numberMatched} and the ids of its features. */
  private static PageAnswer items(String url) throws Exception {
    JsonNode page = JSON.readTree(get(url));
    JsonNode features = page.path("features");
    List<String> ids = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      ids.add(features.get(i).path("id").asString());
    }
    return new PageAnswer(page.path("numberMatched").asLong(), ids);
  }

  /** The baseline of an items page: the page's rows (every column read) and the count. */
  private static PageAnswer sqlPage(PreparedStatement page, PreparedStatement count, Page p)
      throws Exception {
    bind(page, p.pageParameters());
    List<String> ids = new ArrayList<>(PAGE);
    try (ResultSet rs = page.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        ids.add(rs.getString(1));
        for (int i = 2; i <= columns; i++) {
          rs.getObject(i);
        }
      }
    }
    bind(count, p.countParameters());
    try (ResultSet rs = count.executeQuery()) {
      rs.next();
      return new PageAnswer(rs.getLong(1), ids);
    }
  }

  private static void bind(PreparedStatement statement, Object[] parameters) throws Exception {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  /**
   * Batch geocoding over HTTP: the same request ({@code warmups} untimed, then as many timed as the
   * harness's rounds), every answer checked to be 200 with one result per address; the median and
   * the spread as a note.
   */
  private static void batchGeocoding(
      Bench bench, String primary, List<NationalGeocodeBenchmark.Input> addresses, int warmups)
      throws Exception {
    byte[] body =
        JSON.writeValueAsBytes(
            addresses.stream().map(NationalGeocodeBenchmark.Input::text).toList());
    Map<String, String> headers =
        Map.of("Content-Type", "application/json", "Authorization", "Bearer demo-admin-token");
    double[] seconds = new double[bench.rounds()];
    for (int run = -warmups; run < seconds.length; run++) {
      long start = System.nanoTime();
      Http.Response r = http(primary).send("POST", "/api/geocode/batch", headers, body);
      double s = (System.nanoTime() - start) / 1e9;
      if (r.status() != 200) {
        throw new IllegalStateException("geocode batch → " + r.status() + " " + r.text());
      }
      int results = JSON.readTree(r.body()).path("results").size();
      if (results != addresses.size()) {
        throw new IllegalStateException(
            "geocode batch: " + results + " results for " + addresses.size() + " addresses");
      }
      if (run >= 0) {
        seconds[run] = s;
      }
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = Stats.percentile(sorted, 50);
    bench.note(
        "Batch geocoding over HTTP (`POST /api/geocode/batch`), %,d addresses of the registry a"
            + " request, no baseline: %,.0f addresses/s (%.2f s a request, median of %d after %d"
            + " warm-up; %.2f–%.2f s).",
        addresses.size(),
        addresses.size() / median,
        median,
        sorted.length,
        warmups,
        sorted[0],
        sorted[sorted.length - 1]);
  }

  /** The body of a GET, which must answer 200. */
  private static byte[] get(String url) throws Exception {
    URI uri = URI.create(url);
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Http.Response r = http(uri.getScheme() + "://" + uri.getRawAuthority()).get(path);
    if (r.status() != 200) {
      throw new IllegalStateException(url + " → " + r.status() + " " + r.text());
    }
    return r.body();
  }

  /**
   * The connection to an instance: a blocking keep-alive client as lean as curl (the JDK's
   * HttpClient costs about 0.8 ms a request here, on both sides of a row but not on the SQL
   * baseline's).
   */
  private static Http http(String base) {
    URI uri = URI.create(base);
    return HTTP.computeIfAbsent(uri.getScheme() + "://" + uri.getRawAuthority(), b -> new Http(b));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

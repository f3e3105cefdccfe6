package org.civgis.data.geocode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.RegistryLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The geocoding benchmark (bench/geocode.sh): loads the demo into an empty database, then
 *
 * <ol>
 *   <li>accuracy on the acceptance cases ({@code geocode/cases.tsv}): the geocoder against the
 *       baseline, PostgreSQL's pg_trgm similarity (the registry's most similar current address
 *       text, GIN index, as an officer's search would find it); a baseline answer is right when it
 *       is the expected address text;
 *   <li>throughput on a batch of 10,000 addresses (the cases' inputs and registry addresses written
 *       with the same variations, fixed seed): 3 warm-up passes then 5 measured, median; the
 *       baseline runs one query per address over one connection on the first 1,000 of them.
 * </ol>
 *
 * <p>Usage: {@code GeocodeBenchmark JDBC_URL} (an empty database with postgis and pg_trgm).
 */
public final class GeocodeBenchmark {
  private static final String BASELINE =
      "select text from gazetteer.address where status = 'CURRENT' and text % ?"
          + " order by similarity(text, ?) desc, id limit 1";

  private GeocodeBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    DataSource ds = new DriverManagerDataSource(url);
    long t0 = System.nanoTime();
    new DemoLoader(ds).load(ChangjiDataset.read(DataFiles.classpath()));
    System.out.printf(Locale.ROOT, "demo loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    JdbcClient jdbc = JdbcClient.create(ds);
    t0 = System.nanoTime();
    Geocoder geocoder =
        new Geocoder(
            new RegistryLoader(jdbc, new AddressRepository(jdbc, new JdbcTemplate(ds))).load());
    double indexMs = (System.nanoTime() - t0) / 1e6;

    List<GeocodeCases> cases = GeocodeCases.read();
    int right = 0;
    int baselineRight = 0;
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement baseline = c.prepareStatement(BASELINE)) {
      for (GeocodeCases k : cases) {
        if (k.holds(geocoder.geocode(k.input()))) {
          right++;
        } else {
          System.out.println("  wrong: " + k.category() + " " + k.input());
        }
        String found = baseline(baseline, k.input());
        if (found == null ? k.text().isEmpty() : found.equals(k.text())) {
          baselineRight++;
        }
      }

      List<String> batch = batch(cases, jdbc);
      double[] runs = new double[8];
      for (int run = 0; run < runs.length; run++) {
        long s = System.nanoTime();
        int sink = 0;
        for (String input : batch) {
          GeocodeResult r = geocoder.geocode(input);
          sink += r.level().ordinal();
        }
        runs[run] = (System.nanoTime() - s) / 1e9;
        if (sink < 0) {
          throw new IllegalStateException();
        }
      }
      double[] measured = java.util.Arrays.copyOfRange(runs, 3, runs.length);
      java.util.Arrays.sort(measured);
      double seconds = measured[measured.length / 2];
      for (int i = 0; i < 50; i++) {
        baseline(baseline, batch.get(i));
      }
      long s = System.nanoTime();
      int n = 1000;
      for (int i = 0; i < n; i++) {
        baseline(baseline, batch.get(i));
      }
      double baselineSeconds = (System.nanoTime() - s) / 1e9;
      double perSecond = batch.size() / seconds;
      double baselinePerSecond = n / baselineSeconds;
      System.out.println();
      System.out.println(
          "| measure | geocoder | baseline: pg_trgm similarity (same run) | ratio |");
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
      System.out.printf(
          Locale.ROOT,
          "| addresses per second, batch of %,d (median of 5 passes after 3 warm-up) | %,.0f /s"
              + " (%.2f s a pass) | %,.0f /s (first %,d, one connection) | %.1f × |%n",
          batch.size(),
          perSecond,
          seconds,
          baselinePerSecond,
          n,
          perSecond / baselinePerSecond);
      System.out.printf(
          Locale.ROOT,
          "| index build (load from PostgreSQL) | %.0f ms, %,d addresses | | |%n",
          indexMs,
          geocoder.index().size());
    }
  }

  private static String baseline(PreparedStatement ps, String input) throws Exception {
    ps.setString(1, input);
    ps.setString(2, input);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** 10,000 inputs: the cases' inputs, then registry addresses written in varied ways. */
  static List<String> batch(List<GeocodeCases> cases, JdbcClient jdbc) {
    List<String> texts =
        jdbc.sql(
                "select text from gazetteer.address where status = 'CURRENT' order by md5(code)"
                    + " limit 12000")
            .query(String.class)
            .list();
    SplittableRandom random = new SplittableRandom(20261128L);
    List<String> out = new ArrayList<>(10_000);
    for (GeocodeCases c : cases) {
      out.add(c.input());
    }
    int i = 0;
    while (out.size() < 10_000) {
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
    return out;
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      b.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : ch);
    }
    return b.toString();
  }
}

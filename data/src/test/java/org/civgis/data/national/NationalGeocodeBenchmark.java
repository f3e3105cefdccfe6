package org.civgis.data.national;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.RegistryIndex;
import org.civgis.gazetteer.address.geocode.RegistryLoader;
import org.civgis.testing.bench.Bench;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The geocoder at national size (bench/national.sh): builds the geocoder's index from a database
 * holding the national divisions and a generated registry ({@link SyntheticRegistry}), measures the
 * heap the index retains (used heap after a full collection, before and after building it) and the
 * throughput of a batch of 10,000 addresses drawn from the registry (seeded): a quarter each as the
 * standard text, with province and prefecture in front, with the township after the county, and
 * without the county. 3 warm-up passes, 5 measured, median, one thread. A result is right when it
 * is the drawn address's code.
 *
 * <p>Usage: {@code NationalGeocodeBenchmark JDBC_URL}. Prints one Markdown table row, then a line
 * of raw figures with the load average (1, 5, 15 minutes) at the start and at the end.
 */
public final class NationalGeocodeBenchmark {
  private NationalGeocodeBenchmark() {}

  /** An input and the code it should find. */
  record Input(String text, String code, int kind) {}

  public static void main(String[] args) throws Exception {
    double[] loadAtStart = Bench.loadAverage();
    System.err.println("load average at start: " + load(loadAtStart));
    DataSource ds = new DriverManagerDataSource(args[0]);
    JdbcClient jdbc = JdbcClient.create(ds);
    long addresses =
        jdbc.sql("select count(*) from gazetteer.address where status = 'CURRENT'")
            .query(Long.class)
            .single();
    List<Input> batch = batch(jdbc);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long t0 = System.nanoTime();
    RegistryIndex index =
        new RegistryLoader(jdbc, new AddressRepository(jdbc, new JdbcTemplate(ds))).load();
    Geocoder geocoder = new Geocoder(index);
    double buildSeconds = (System.nanoTime() - t0) / 1e9;
    long after = usedAfterGc(memory);
    long retained = after - before;

    int[] right = new int[4];
    int[] total = new int[4];
    double[] runs = new double[8];
    for (int run = 0; run < runs.length; run++) {
      long s = System.nanoTime();
      for (Input input : batch) {
        GeocodeResult r = geocoder.geocode(input.text());
        if (run == 0) {
          total[input.kind()]++;
          if (input.code().equals(r.code())) {
            right[input.kind()]++;
          }
        }
      }
      runs[run] = (System.nanoTime() - s) / 1e9;
    }
    double[] measured = Arrays.copyOfRange(runs, 3, runs.length);
    Arrays.sort(measured);
    double seconds = measured[measured.length / 2];
    long max = Runtime.getRuntime().maxMemory();
    String throughput =
        batch.isEmpty()
            ? "–"
            : String.format(
                Locale.ROOT, "%,.0f /s (%.2f s a pass)", batch.size() / seconds, seconds);
    String share =
        batch.isEmpty()
            ? "–"
            : String.format(
                Locale.ROOT,
                "%.1f / %.1f / %.1f / %.1f %%",
                100.0 * right[0] / Math.max(1, total[0]),
                100.0 * right[1] / Math.max(1, total[1]),
                100.0 * right[2] / Math.max(1, total[2]),
                100.0 * right[3] / Math.max(1, total[3]));
    System.out.printf(
        Locale.ROOT,
        "| %,d | %.1f s | %.0f MiB | %s | %s | %.0f MiB |%n",
        addresses,
        buildSeconds,
        retained / 1048576.0,
        throughput,
        share,
        max / 1048576.0);
    double[] loadAtEnd = Bench.loadAverage();
    System.err.println("load average at end: " + load(loadAtEnd));
    System.out.printf(
        Locale.ROOT,
        "retained-bytes %d addresses %d index-size %d runs %s load-average %s to %s%n",
        retained,
        addresses,
        index.size(),
        Arrays.toString(runs),
        load(loadAtStart),
        load(loadAtEnd));
    if (geocoder.hashCode() == 0) {
      System.out.println();
    }
  }

  /** A load average (1, 5, 15 minutes) as "1.00 / 2.00 / 3.00". */
  private static String load(double[] load) {
    return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", load[0], load[1], load[2]);
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** 10,000 inputs from the registry's current addresses (or from the divisions if it has none). */
  static List<Input> batch(JdbcClient jdbc) {
    List<Object[]> rows =
        jdbc.sql(
                """
                select a.code, a.text, a.county_name, a.township_name, a.road_name,
                       a.house_number, p.standard_name, c.standard_name
                  from gazetteer.address a
                  left join gazetteer.place_name p
                    on p.code = substr(a.county_code, 1, 2) || '0000000000'
                       and p.status = 'FILED' and upper_inf(p.valid)
                  left join gazetteer.place_name c
                    on c.code = substr(a.county_code, 1, 4) || '00000000'
                       and c.status = 'FILED' and upper_inf(c.valid)
                 where a.status = 'CURRENT'
                 order by md5(a.code) limit 10000
                """)
            .query(
                (rs, row) ->
                    new Object[] {
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getInt(6),
                      rs.getString(7),
                      rs.getString(8)
                    })
            .list();
    SplittableRandom random = new SplittableRandom(20261206L);
    List<Input> batch = new ArrayList<>(10_000);
    for (int i = 0; i < 10_000 && !rows.isEmpty(); i++) {
      Object[] r = rows.get(i % rows.size());
      String code = (String) r[0];
      String local = r[4] + String.valueOf(r[5]) + "号";
      int kind = random.nextInt(4);
      String text =
          switch (kind) {
            case 0 -> (String) r[1];
            case 1 ->
                (r[6] == null ? "" : (String) r[6])
                    + (r[7] == null || "市辖区".equals(r[7]) ? "" : (String) r[7])
                    + r[1];
            case 2 -> r[2] + (String) r[3] + local;
            default -> local;
          };
      batch.add(new Input(text, code, kind));
    }
    return batch;
  }
}

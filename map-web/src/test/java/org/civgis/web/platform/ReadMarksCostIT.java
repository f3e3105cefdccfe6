package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What recording the read marks (ogc.ReadMarks) costs an editor's items page: a page of 1,000
 * {@code facilities} read by the planner through an instance that records and through one with
 * {@code civgis.read-marks.enabled=false}, on one database, in alternating rounds after a warm-up.
 * Two cases: the marks are there already and unchanged (QGIS re-reading the layer), and there are
 * none yet (the first read: 1,000 new rows; the user's marks deleted and the table vacuumed before
 * each round, untimed). Prints the medians and 95th percentiles and their ratios; checks only what
 * was recorded.
 *
 * <p>A benchmark, not a check of behaviour: it runs only with {@code -Dbench=read-marks} (see
 * BENCHMARKS.md).
 */
@EnabledIfSystemProperty(named = "bench", matches = "read-marks")
class ReadMarksCostIT {
  private static final String PAGE = "/ogc/collections/facilities/items?limit=1000";
  private static final String EDITOR = "planner";
  private static final int WARM_UP = Integer.getInteger("bench.warmUp", 50);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

  @Test
  void anEditorsPageOf1000FeaturesWithAndWithoutRecording() {
    TestDatabase database = TestPostgis.createDatabase("read_marks_cost");
    new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    // the demo's 92 facilities twelve times over: more than a page of 1,000
    jdbc.sql(
            """
            insert into gazetteer.facility
                   (name, facility_type, operator, status, division_code, geom, source)
            select f.name || ' ' || copy, f.facility_type, f.operator, f.status, f.division_code,
                   f.geom, 'bench'
              from gazetteer.facility f, generate_series(1, 11) copy
            """)
        .update();
    jdbc.sql("analyze gazetteer.facility").update();

    try (AppInstance recording = AppInstance.start(database);
        AppInstance notRecording = AppInstance.start(database, "civgis.read-marks.enabled=false")) {
      LongSupplier withMarks = () -> timedPage(recording);
      LongSupplier without = () -> timedPage(notRecording);
      for (int i = 0; i < WARM_UP; i++) {
        withMarks.getAsLong();
        without.getAsLong();
      }
      assertThat(marks(jdbc)).isEqualTo(1000);

      List<Long> reRead = new ArrayList<>();
      List<Long> firstRead = new ArrayList<>();
      List<Long> baseline = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        // alternate which goes first, so that neither always follows the other
        if (round % 2 == 0) {
          reRead.add(withMarks.getAsLong());
          baseline.add(without.getAsLong());
        } else {
          baseline.add(without.getAsLong());
          reRead.add(withMarks.getAsLong());
        }
        jdbc.sql("delete from platform.read_mark").update();
        // as autovacuum would in time: the deleted rows would otherwise pile up round by round
        jdbc.sql("vacuum platform.read_mark").update();
        firstRead.add(withMarks.getAsLong());
        assertThat(marks(jdbc)).isEqualTo(1000);
      }
      System.out.println(
          String.format(
              Locale.ROOT,
              "read marks, page of 1,000 facilities, %d rounds after %d warm-up:%n"
                  + "  without recording       p50 %7.2f ms  p95 %7.2f ms%n"
                  + "  re-read, marks there    p50 %7.2f ms  p95 %7.2f ms  ratio p50 %.3f  p95 %.3f%n"
                  + "  first read, 1,000 new   p50 %7.2f ms  p95 %7.2f ms  ratio p50 %.3f  p95 %.3f",
              ROUNDS,
              WARM_UP,
              ms(baseline, 50),
              ms(baseline, 95),
              ms(reRead, 50),
              ms(reRead, 95),
              ms(reRead, 50) / ms(baseline, 50),
              ms(reRead, 95) / ms(baseline, 95),
              ms(firstRead, 50),
              ms(firstRead, 95),
              ms(firstRead, 50) / ms(baseline, 50),
              ms(firstRead, 95) / ms(baseline, 95)));
    }
  }

  /** Nanoseconds from sending the request to the last byte of the answer. */
  private static long timedPage(AppInstance app) {
    long start = System.nanoTime();
    HttpResponse<String> page = app.send("GET", PAGE, EDITOR, null);
    long elapsed = System.nanoTime() - start;
    assertThat(page.statusCode()).isEqualTo(200);
    return elapsed;
  }

  private static long marks(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from platform.read_mark where collection = 'facilities'")
        .query(Long.class)
        .single();
  }

  private static double ms(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int at = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, at)) / 1e6;
  }
}

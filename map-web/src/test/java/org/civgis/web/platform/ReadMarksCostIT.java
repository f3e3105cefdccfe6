package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.stream.IntStream;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What recording the read marks (ogc.ReadMarks) costs an editor's items page, on the shared harness
 * {@link Bench}: a page of 1,000 {@code facilities} read by the planner through an instance that
 * records against one with {@code civgis.read-marks.enabled=false} (the baseline), on one database,
 * page by page, rounds alternated after warm-up rounds of both. Two measures: the marks are there
 * already and unchanged (QGIS re-reading the layer), and there are none yet (the first read: 1,000
 * new rows; the user's marks deleted and the table vacuumed before each such page, untimed). Prints
 * the Markdown table; checks what was recorded.
 *
 * <p>A benchmark, not a check of behaviour: it runs only with {@code -Dbench=read-marks}, through
 * {@code bench/read-marks.sh} (see BENCHMARKS.md). System properties {@code bench.warmups} (2),
 * {@code bench.rounds} (5) and {@code bench.pages} (pages of each side a round, 20).
 */
@EnabledIfSystemProperty(named = "bench", matches = "read-marks")
class ReadMarksCostIT {
  private static final String PAGE = "/ogc/collections/facilities/items?limit=1000";
  private static final String EDITOR = "planner";

  @Test
  void anEditorsPageOf1000FeaturesWithAndWithoutRecording() throws Exception {
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
    Bench bench =
        new Bench(
            "Read marks: an editor's page of 1,000 features with and without recording",
            Integer.getInteger("bench.warmups", 2),
            Integer.getInteger("bench.rounds", 5));
    List<Integer> pages =
        IntStream.range(0, Integer.getInteger("bench.pages", 20)).boxed().toList();

    try (AppInstance recording = AppInstance.start(database);
        AppInstance notRecording = AppInstance.start(database, "civgis.read-marks.enabled=false")) {
      page(recording);
      assertThat(marks(jdbc)).isEqualTo(1000);
      bench.compareEach(
          "re-read, the marks there",
          pages,
          () -> {},
          "recording",
          p -> page(recording),
          "not recording",
          p -> page(notRecording),
          Ratio.COST);
      assertThat(marks(jdbc)).isEqualTo(1000);
      bench.compareEachStaged(
          "first read, 1,000 new marks",
          pages,
          () -> {},
          "recording",
          p -> {
            jdbc.sql("delete from platform.read_mark").update();
            // as autovacuum would in time: the deleted rows would otherwise pile up page by page
            jdbc.sql("vacuum platform.read_mark").update();
            return () -> page(recording);
          },
          "not recording",
          p -> () -> page(notRecording),
          Ratio.COST);
      assertThat(marks(jdbc)).isEqualTo(1000);
      String version;
      try (Connection c = database.dataSource().getConnection()) {
        version = Bench.postgisVersion(c);
      }
      bench.note(
          "Two app instances on one throwaway database (fsync off), the demo's 92 facilities copied"
              + " to 1,104; `GET %s` as %s (an editor of facilities), from the request to the last"
              + " byte; %d pages of each side a round. %s.",
          PAGE, EDITOR, pages.size(), version);
    }
    bench.print();
  }

  /** A page read through an instance: its status, which must be 200, as the answer. */
  private static Object page(AppInstance app) {
    HttpResponse<String> page = app.send("GET", PAGE, EDITOR, null);
    assertThat(page.statusCode()).isEqualTo(200);
    return page.statusCode();
  }

  private static long marks(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from platform.read_mark where collection = 'facilities'")
        .query(Long.class)
        .single();
  }
}

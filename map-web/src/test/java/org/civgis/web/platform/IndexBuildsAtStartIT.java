package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * At start each in-memory index (the name search index, the address index) is built once: the
 * start's build and the change listener's first rebuild request (changes before it listened may
 * have gone unheard) are met by one build. Counted by the metric {@code civgis.index.builds} over
 * HTTP. That a change heard during a build still causes one more is shown with latches in {@code
 * BackgroundRebuildTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexBuildsAtStartIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] INDEXES = {"name-search-index", "address-index"};

  private TestDatabase database;

  @BeforeAll
  void database() {
    database = TestPostgis.createDatabase("index_builds");
    new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
  }

  /** The count of {@code civgis.index.builds} of {@code index} with {@code outcome}. */
  private static double builds(AppInstance app, String index, String outcome) {
    HttpResponse<String> response =
        app.send(
            "GET",
            "/actuator/metrics/civgis.index.builds?tag=index:" + index + "&tag=outcome:" + outcome,
            "admin",
            null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("measurements").get(0).path("value").asDouble();
  }

  /** Until both the start and the listener's first request are answered (120 s at most). */
  private static void awaitStartAnswered(AppInstance app, String index)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (builds(app, index, "built") + builds(app, index, "current") < 2
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  @Test
  void eachIndexIsBuiltOnceAtStart() throws InterruptedException {
    try (AppInstance app = AppInstance.start(database)) {
      for (String index : INDEXES) {
        awaitStartAnswered(app, index);
        assertThat(builds(app, index, "built")).as(index + " built").isEqualTo(1);
        assertThat(builds(app, index, "current"))
            .as(index + ": the other of the start and the listener's request found it built")
            .isEqualTo(1);
        assertThat(builds(app, index, "failed")).as(index + " failed").isZero();
      }
      // and the index is in use: a demo name is found
      assertThat(search(app, "阜康市")).contains("阜康市");
    }
  }

  private static String search(AppInstance app, String q) {
    HttpResponse<String> response =
        app.send(
            "GET", "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode results = JSON.readTree(response.body()).path("results");
    return results.toString();
  }
}

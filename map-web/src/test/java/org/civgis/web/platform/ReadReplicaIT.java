package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestCluster;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestStandby;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads from a real streaming standby of a cluster of the test's own (docs/adr 0014): served by the
 * standby, a user's own edit seen at once while the standby's replay is paused, everybody else
 * still served the standby's older state, and a standby that stops → reads from the primary, no
 * errors. {@code civgis.db.read-diagnostics} makes each replica read answer {@code
 * pg_is_in_recovery()} of the server it reached.
 */
class ReadReplicaIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String IN_RECOVERY = "Civgis-Read-In-Recovery";
  private static final String ITEM = "/ogc/collections/divisions/items/652325000000";

  @Test
  void standbyServesReadsUsersSeeTheirOwnWritesAndAStoppedStandbyFallsBack() {
    try (TestCluster cluster = TestCluster.start()) {
      TestDatabase database = cluster.createDatabase("replica");
      new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
      try (TestStandby standby = cluster.startStandby();
          AppInstance app =
              AppInstance.start(
                  database,
                  "civgis.db.read-url=" + standby.jdbcUrl(database),
                  "civgis.db.read-diagnostics=true",
                  "civgis.db.read-wait=PT0.3S",
                  "civgis.db.read-retry-after=PT2S")) {
        standby.awaitCaughtUp();

        // reads served by the standby: anonymous, and a user who has written nothing
        HttpResponse<String> anonymous = app.send("GET", ITEM, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue(IN_RECOVERY)).hasValue("true");
        assertThat(app.send("GET", ITEM, "viewer", null).headers().firstValue(IN_RECOVERY))
            .hasValue("true");
        HttpResponse<String> before = app.send("GET", ITEM, "admin", null);
        assertThat(before.headers().firstValue(IN_RECOVERY)).hasValue("true");
        assertThat(remarks(before)).isNotEqualTo("副本暂停时的修改");

        // an edit while the standby replays nothing: its author sees it at once
        standby.pauseReplay();
        double lagBefore = fallbacks(app, "lag");
        JsonNode feature = JSON.readTree(before.body());
        ((ObjectNode) feature.path("properties")).put("remarks", "副本暂停时的修改");
        HttpResponse<String> put =
            app.send(
                "PUT",
                ITEM,
                "admin",
                JSON.writeValueAsString(feature),
                "If-Match",
                before.headers().firstValue("ETag").orElseThrow());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        HttpResponse<String> own = app.send("GET", ITEM, "admin", null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(remarks(own)).isEqualTo("副本暂停时的修改");
        assertThat(own.headers().firstValue(IN_RECOVERY))
            .as("the paused standby has not replayed the edit: the primary answered")
            .hasValue("false");
        assertThat(fallbacks(app, "lag")).isGreaterThan(lagBefore);

        // everybody else reads the paused standby: the state before the edit
        for (String other : new String[] {null, "viewer"}) {
          HttpResponse<String> stale = app.send("GET", ITEM, other, null);
          assertThat(stale.statusCode()).isEqualTo(200);
          assertThat(stale.headers().firstValue(IN_RECOVERY)).hasValue("true");
          assertThat(remarks(stale)).isEqualTo(remarks(before));
        }

        // replay resumed: everybody sees the edit, from the standby
        standby.resumeReplay();
        standby.awaitCaughtUp();
        HttpResponse<String> caughtUp = app.send("GET", ITEM, null, null);
        assertThat(caughtUp.headers().firstValue(IN_RECOVERY)).hasValue("true");
        assertThat(remarks(caughtUp)).isEqualTo("副本暂停时的修改");

        // the standby stops: reads fall back to the primary, no errors
        double unavailableBefore = fallbacks(app, "unavailable");
        standby.stopServer();
        for (String path :
            new String[] {
              ITEM,
              "/ogc/collections/divisions/items?limit=5",
              "/tiles/divisions/6/47/23.mvt",
              "/api/search?q="
                  + java.net.URLEncoder.encode("昌吉", java.nio.charset.StandardCharsets.UTF_8),
              ITEM
            }) {
          for (String user : new String[] {null, "admin"}) {
            HttpResponse<String> read = app.send("GET", path, user, null);
            assertThat(read.statusCode()).as(path + " " + read.body()).isEqualTo(200);
            assertThat(read.headers().firstValue(IN_RECOVERY)).as(path).hasValue("false");
          }
        }
        assertThat(remarks(app.send("GET", ITEM, null, null))).isEqualTo("副本暂停时的修改");
        assertThat(fallbacks(app, "unavailable")).isGreaterThan(unavailableBefore);
      }
    }
  }

  private static String remarks(HttpResponse<String> response) {
    JsonNode remarks = JSON.readTree(response.body()).path("properties").path("remarks");
    return remarks.isNull() ? null : remarks.asString();
  }

  /**
   * The count of {@code civgis.db.replica.fallbacks} with {@code reason}, as an administrator reads
   * it.
   */
  private static double fallbacks(AppInstance app, String reason) {
    HttpResponse<String> metric =
        app.send(
            "GET",
            "/actuator/metrics/civgis.db.replica.fallbacks?tag=reason:" + reason,
            "admin",
            null);
    assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
    return JSON.readTree(metric.body()).path("measurements").path(0).path("value").asDouble();
  }
}

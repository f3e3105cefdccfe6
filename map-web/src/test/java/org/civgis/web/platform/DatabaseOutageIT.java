package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestCluster;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * With PostgreSQL stopped the API answers 503 with a problem detail and writes have no effect; when
 * it is back, the same request succeeds without restarting the app. The test has a cluster of its
 * own, since it stops it.
 */
class DatabaseOutageIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ITEM = "/ogc/collections/divisions/items/652325000000";

  @Test
  void stopThen503ThenStartThenTheSameRequestSucceeds() throws Exception {
    try (TestCluster cluster = TestCluster.start()) {
      TestDatabase database = cluster.createDatabase("outage");
      new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
      try (AppInstance app =
          AppInstance.start(database, "spring.datasource.hikari.connection-timeout=1500")) {
        HttpResponse<String> before = app.send("GET", ITEM, "admin", null);
        assertThat(before.statusCode()).isEqualTo(200);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        JsonNode feature = JSON.readTree(before.body());
        ((ObjectNode) feature.path("properties")).put("remarks", "停库时写入");

        cluster.stopServer();

        HttpResponse<String> down = app.send("GET", ITEM, null, null);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(down.body()).path("detail").asString()).contains("数据库");
        HttpResponse<String> write =
            app.send("PUT", ITEM, "admin", JSON.writeValueAsString(feature), "If-Match", etag);
        assertThat(write.statusCode()).isEqualTo(503);

        cluster.startServer();

        HttpResponse<String> after = null;
        for (int attempt = 0; attempt < 40; attempt++) {
          after = app.send("GET", ITEM, "admin", null);
          if (after.statusCode() == 200) {
            break;
          }
          Thread.sleep(250);
        }
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(after.body()).path("properties").path("remarks").isNull())
            .as("the write during the outage left nothing")
            .isTrue();
        assertThat(after.headers().firstValue("ETag")).hasValue(etag);
        assertThat(
                JdbcClient.create(database.dataSource())
                    .sql("select count(*) from platform.audit_event where action = 'UPDATE'")
                    .query(Long.class)
                    .single())
            .isZero();
      }
    }
  }
}

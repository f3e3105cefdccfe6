package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Two app instances against one database, as behind a load balancer. */
class MultiInstanceIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ITEM = "/ogc/collections/divisions/items/652325000000";

  @Test
  void anEditThroughOneIsSeenThroughTheOtherAtOnce() {
    TestDatabase database = TestPostgis.createDatabase("two_instances");
    new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
    try (AppInstance a = AppInstance.start(database);
        AppInstance b = AppInstance.start(database)) {
      // b reads first, so that anything b caches would be stale after the edit
      assertThat(b.send("GET", ITEM, null, null).statusCode()).isEqualTo(200);

      HttpResponse<String> read = a.send("GET", ITEM, "admin", null);
      JsonNode feature = JSON.readTree(read.body());
      ((ObjectNode) feature.path("properties")).put("name", "奇台市");
      HttpResponse<String> written =
          a.send(
              "PUT",
              ITEM,
              "admin",
              JSON.writeValueAsString(feature),
              "If-Match",
              read.headers().firstValue("ETag").orElseThrow());
      assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

      HttpResponse<String> throughB = b.send("GET", ITEM, null, null);
      assertThat(JSON.readTree(throughB.body()).path("properties").path("name").asString())
          .isEqualTo("奇台市");
      assertThat(throughB.headers().firstValue("ETag"))
          .isEqualTo(written.headers().firstValue("ETag"));
      assertThat(
              b.send("GET", "/ogc/collections/divisions/items?level=3&parent=652300", null, null)
                  .body())
          .contains("奇台市");
    }
  }
}

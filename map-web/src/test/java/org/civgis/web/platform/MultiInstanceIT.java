package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.civgis.web.tiles.TileTesting;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Two app instances against one database, as behind a load balancer. */
class MultiInstanceIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ITEM = "/ogc/collections/divisions/items/652325000000";

  /** The z=6 tile that holds 奇台县 (89.6°E 44.0°N). */
  private static final String TILE = "/tiles/divisions/6/47/23.mvt";

  /** The names in the tile, decoded. */
  private static List<String> tileNames(AppInstance app) {
    HttpResponse<byte[]> response = TileTesting.get(app.baseUrl() + TILE);
    assertThat(response.statusCode()).isEqualTo(200);
    return TileTesting.decode(response.body()).features().stream()
        .map(TileTesting.Feature::name)
        .toList();
  }

  @Test
  void anEditThroughOneIsSeenThroughTheOtherAtOnce() {
    TestDatabase database = TestPostgis.createDatabase("two_instances");
    new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
    try (AppInstance a = AppInstance.start(database);
        AppInstance b = AppInstance.start(database)) {
      // b reads first, so that anything b caches would be stale after the edit
      assertThat(b.send("GET", ITEM, null, null).statusCode()).isEqualTo(200);
      assertThat(tileNames(b)).contains("奇台县");
      assertThat(tileNames(a)).contains("奇台县");

      HttpResponse<String> read = a.send("GET", ITEM, "admin", null);
      JsonNode feature = JSON.readTree(read.body());
      ((ObjectNode) feature.path("properties")).put("name", "奇台市").put("reason", "更正：测试两实例之间的缓存失效");
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
      // a's own tile cache is told at commit: its next tile shows the edit
      assertThat(tileNames(a)).contains("奇台市").doesNotContain("奇台县");
      // b's tile cache learns of the edit through PostgreSQL (LISTEN/NOTIFY): a few ms
      long deadline = System.nanoTime() + 3_000_000_000L;
      List<String> names = tileNames(b);
      while (!names.contains("奇台市") && System.nanoTime() < deadline) {
        names = tileNames(b);
      }
      assertThat(names).contains("奇台市").doesNotContain("奇台县");
    }
  }
}

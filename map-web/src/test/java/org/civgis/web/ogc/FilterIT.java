package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** OGC API – Features Part 3: CQL2 text filters and queryables over real HTTP and PostGIS. */
class FilterIT extends WebIntegrationTest {

  private HttpResponse<String> filter(String cql) {
    return get(
        "/ogc/collections/divisions/items?limit=1000&filter="
            + URLEncoder.encode(cql, StandardCharsets.UTF_8));
  }

  private List<String> names(String cql) {
    HttpResponse<String> response = filter(cql);
    assertThat(response.statusCode()).as(cql + ": " + response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    JSON.readTree(response.body())
        .path("features")
        .forEach(f -> names.add(f.path("properties").path("name").asString()));
    return names;
  }

  // ---- what filters select

  @Test
  void comparisonsLogicLikeAndIn() {
    assertThat(names("level = 3 AND parentCode = '652300000000' AND name LIKE '%县'"))
        .containsExactlyInAnyOrder("呼图壁县", "玛纳斯县", "奇台县", "吉木萨尔县", "木垒哈萨克自治县");
    assertThat(names("code IN ('652301000000', '652302000000') OR name = '沙湾市'"))
        .containsExactlyInAnyOrder("昌吉市", "阜康市", "沙湾市");
    assertThat(names("level = 4 AND NOT (name LIKE '%镇' OR name LIKE '%乡' OR name LIKE '%街道')"))
        .contains("新疆昌吉国家农业科技园区管理委员会")
        .doesNotContain("三工镇", "宁边路街道");
  }

  @Test
  void spatialFilter() {
    assertThat(names("level = 3 AND S_INTERSECTS(geometry, POINT(90.95 43.95))"))
        .containsExactly("木垒哈萨克自治县");
    assertThat(names("level = 3 AND S_INTERSECTS(geometry, BBOX(86.9, 43.5, 87.0, 43.6))"))
        .contains("昌吉市");
  }

  @Test
  void draftsStayHiddenWhateverTheFilterSays() {
    assertThat(names("status = 'DRAFT'")).isEmpty();
  }

  // ---- refused filters

  @Test
  void injectionAttemptsAre400AndChangeNothing() {
    JdbcClient app = JdbcClient.create(demo().dataSource());
    String before =
        app.sql(
                "select count(*) || md5(string_agg(name, ',' order by id)) from boundary.division_version")
            .query(String.class)
            .single();
    for (String cql :
        new String[] {
          "name = 'x'; DELETE FROM boundary.division_version; --",
          "name = 'x' OR 1=1",
          "1=1",
          "name = x",
          "\"name; DROP TABLE t\" = 1",
          "pg_sleep(5) = 1",
          "level = 3) OR (1 = 1",
          "name LIKE '%' --",
          "level = '3'",
        }) {
      HttpResponse<String> response = filter(cql);
      assertThat(response.statusCode()).as(cql).isEqualTo(400);
      assertThat(
              JSON.readTree(response.body()).path("invalidParams").get(0).path("name").asString())
          .isEqualTo("filter");
    }
    assertThat(
            get("/ogc/collections/divisions/items?filter=level%3D3&filter-lang=cql2-json")
                .statusCode())
        .isEqualTo(400);
    String after =
        app.sql(
                "select count(*) || md5(string_agg(name, ',' order by id)) from boundary.division_version")
            .query(String.class)
            .single();
    assertThat(after).isEqualTo(before);
  }

  // ---- queryables

  @Test
  void queryablesDescribeTheFilterableProperties() {
    JsonNode schema = getJson("/ogc/collections/divisions/queryables", 200);
    assertThat(schema.path("properties").path("name").path("type").asString()).isEqualTo("string");
    assertThat(schema.path("properties").path("level").path("type").asString())
        .isEqualTo("integer");
    assertThat(schema.path("properties").path("validFrom").path("format").asString())
        .isEqualTo("date");
    assertThat(schema.path("properties").has("geometry")).isTrue();
    assertThat(getJson("/ogc/conformance", 200).toString())
        .contains("cql2-text", "features-filter");
  }
}

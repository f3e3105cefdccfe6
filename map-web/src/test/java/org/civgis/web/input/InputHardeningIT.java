package org.civgis.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Injection attempts, oversized and malformed bodies, and name normalisation. */
class InputHardeningIT extends WebIntegrationTest {
  private static final String ITEMS = "/ogc/collections/divisions/items";

  private static String fingerprint() {
    return JdbcClient.create(demo().dataSource())
        .sql(
            "select count(*) || ':' || md5(string_agg(code || name || revision, ',' order by id))"
                + " from boundary.division_version")
        .query(String.class)
        .single();
  }

  // ---- SQL injection

  @Test
  void injectionAttemptsInQueryParametersAre400AndChangeNothing() {
    String before = fingerprint();
    for (String query :
        new String[] {
          "level=3;DROP TABLE boundary.division_version",
          "level=3%20OR%201=1",
          "parent=652300000000'%20OR%20'1'='1",
          "bbox=87,44,88,45);DELETE%20FROM%20boundary.division_version;--",
          "datetime=2023-01-01'::date);DROP%20TABLE%20x;--",
          "limit=10;DELETE",
          "offset=0%20UNION%20SELECT%20*%20FROM%20platform.app_user",
          "crs=EPSG:4490';DROP",
        }) {
      int eq = query.indexOf('=');
      String encoded =
          query.substring(0, eq + 1)
              + java.net.URLEncoder.encode(
                  java.net.URLDecoder.decode(query.substring(eq + 1), StandardCharsets.UTF_8),
                  StandardCharsets.UTF_8);
      HttpResponse<String> response = get(ITEMS + "?" + encoded);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(query)
          .hasValue("application/problem+json");
    }
    assertThat(fingerprint()).isEqualTo(before);
  }

  // ---- bodies

  @Test
  void anOversizedBodyIs413() {
    String huge = "x".repeat(10 * 1024 * 1024 + 1);
    HttpResponse<String> response = send("POST", ITEMS, "admin", huge);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(response.body()).path("title").asString()).isEqualTo("请求体过大");
  }

  private String feature(String geometry) {
    return """
        {"type":"Feature","geometry":%s,"properties":{
          "code":"652302001992","name":"几何测试","level":5,"parentCode":"652302001000"}}"""
        .formatted(geometry);
  }

  private JsonNode refusal(String body) {
    HttpResponse<String> response = send("POST", ITEMS, "admin", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return JSON.readTree(response.body());
  }

  private static String where(JsonNode problem) {
    return problem.path("invalidParams").get(0).path("name").asString();
  }

  @Test
  void malformedGeoJsonIs400NamingTheProblemAndItsPlace() {
    JsonNode notJson = refusal("{\"type\":\"Feature\",");
    assertThat(where(notJson)).isEqualTo("body");
    assertThat(notJson.path("detail").asString()).contains("JSON").contains("第 1 行");

    JsonNode open =
        refusal(
            feature(
                "{\"type\":\"Polygon\",\"coordinates\":[[[88,44],[88.1,44],[88.1,44.1],[88,44.1]]]}"));
    assertThat(where(open)).isEqualTo("geometry.coordinates[0][3]");
    assertThat(open.path("detail").asString()).contains("未闭合");

    JsonNode bowTie =
        refusal(
            feature(
                "{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[88,44],[88.1,44.1],[88.1,44],[88,44.1],[88,44]]]}"));
    assertThat(where(bowTie)).isEqualTo("geometry");
    assertThat(bowTie.path("detail").asString()).contains("Self-intersection");

    JsonNode swapped =
        refusal(
            feature(
                "{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[44,88],[44,88.1],[44.1,88.1],[44,88]]]}"));
    assertThat(where(swapped)).isEqualTo("geometry.coordinates[0][0]");
    assertThat(swapped.path("detail").asString()).contains("写反");

    JsonNode point = refusal(feature("{\"type\":\"Point\",\"coordinates\":[88,44]}"));
    assertThat(where(point)).isEqualTo("geometry.type");

    JsonNode text = refusal(feature("{\"type\":\"Polygon\",\"coordinates\":[[[\"88\",44]]]}"));
    assertThat(where(text)).startsWith("geometry.coordinates[0]");

    JsonNode unknown =
        refusal(
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"code\":\"652302001993\","
                + "\"name\":\"x\",\"level\":5,\"parentCode\":\"652302001000\",\"colour\":\"red\"}}");
    assertThat(where(unknown)).isEqualTo("properties.colour");
  }

  // ---- names

  @Test
  void namesAreNormalised() {
    String path = ITEMS + "/652302001000";
    HttpResponse<String> read = send("GET", path, "admin", null);
    JsonNode feature = JSON.readTree(read.body());
    String original = feature.path("properties").path("name").asString();
    ((ObjectNode) feature.path("properties")).put("name", "　" + original + "１２Ａ ");
    // a correction of a published name says why (docs/adr 0012)
    ((ObjectNode) feature.path("properties")).put("reason", "名称规范化测试");
    HttpResponse<String> written =
        send(
            "PUT",
            path,
            "admin",
            JSON.writeValueAsString(feature),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
    assertThat(JSON.readTree(written.body()).path("properties").path("name").asString())
        .isEqualTo(original + "12A");

    ((ObjectNode) feature.path("properties")).put("name", original);
    send(
        "PUT",
        path,
        "admin",
        JSON.writeValueAsString(feature),
        "If-Match",
        written.headers().firstValue("ETag").orElseThrow());
  }
}

package org.civgis.web.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/divisions/labels}: what the map of divisions and the name directories need without
 * the polygons (issue 15, fast first load) — names, label points and boxes that agree with the OGC
 * items, a few kilobytes, revalidated with a weak ETag (304), refusals naming the parameter.
 */
class DivisionLabelsIT extends WebIntegrationTest {
  private static final String PREFECTURE = "652300000000";
  private static final String FUKANG = "652302000000";

  @Test
  void theMapsLevelsComeWithTheOgcItemsLabelPointsAndBoxesInAFewKilobytes() {
    HttpResponse<String> response = get("/api/divisions/labels");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode divisions = JSON.readTree(response.body()).get("divisions");
    List<String> homeCounties = new ArrayList<>();
    for (JsonNode d : divisions) {
      assertThat(d.get("level").asInt()).isBetween(2, 3);
      if (PREFECTURE.equals(d.path("parentCode").asString(null))) {
        homeCounties.add(d.get("name").asString());
      }
    }
    assertThat(homeCounties)
        .containsExactlyInAnyOrder("昌吉市", "阜康市", "呼图壁县", "玛纳斯县", "奇台县", "吉木萨尔县", "木垒哈萨克自治县");
    assertThat(response.body().length())
        .as("labels are a small fraction of the polygons")
        .isLessThan(
            get("/ogc/collections/divisions/items?level=3&limit=1000").body().length() / 20);

    JsonNode fukang = find(divisions, FUKANG);
    JsonNode item = getJson("/ogc/collections/divisions/items/" + FUKANG, 200);
    assertThat(fukang.get("name").asString()).isEqualTo("阜康市");
    assertThat(fukang.get("status").asString()).isEqualTo("PUBLISHED");
    assertThat(fukang.get("labelPoint")).isEqualTo(item.get("properties").get("labelPoint"));
    JsonNode box = fukang.get("bbox");
    double minLon = Double.MAX_VALUE, minLat = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
    for (JsonNode polygon : item.get("geometry").get("coordinates")) {
      for (JsonNode position : polygon.get(0)) {
        minLon = Math.min(minLon, position.get(0).asDouble());
        maxLon = Math.max(maxLon, position.get(0).asDouble());
        minLat = Math.min(minLat, position.get(1).asDouble());
        maxLat = Math.max(maxLat, position.get(1).asDouble());
      }
    }
    assertThat(box.get(0).asDouble()).isBetween(minLon - 1e-6, minLon);
    assertThat(box.get(1).asDouble()).isBetween(minLat - 1e-6, minLat);
    assertThat(box.get(2).asDouble()).isBetween(maxLon, maxLon + 1e-6);
    assertThat(box.get(3).asDouble()).isBetween(maxLat, maxLat + 1e-6);
  }

  @Test
  void aRepeatVisitRevalidatesWithAWeakEtagAndCostsA304() {
    HttpResponse<String> first = get("/api/divisions/labels?level=3");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).startsWith("W/\"");
    assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
        .contains("no-cache")
        .doesNotContain("no-store");
    HttpResponse<String> again =
        send("GET", "/api/divisions/labels?level=3", null, null, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    // another level is another answer
    HttpResponse<String> townships =
        send("GET", "/api/divisions/labels?level=4", null, null, "If-None-Match", etag);
    assertThat(townships.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(townships.body()).get("divisions").size()).isGreaterThan(50);
  }

  @Test
  void aLevelThatIsNoLevelIsRefusedNamingTheParameter() {
    for (String level : List.of("9", "县", "3,x")) {
      HttpResponse<String> response =
          get("/api/divisions/labels?level=" + URLEncoder.encode(level, StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(level).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(response.body()).contains("level");
    }
  }

  private static JsonNode find(JsonNode divisions, String code) {
    for (JsonNode d : divisions) {
      if (code.equals(d.get("code").asString())) {
        return d;
      }
    }
    throw new AssertionError("no " + code + " among " + divisions);
  }
}

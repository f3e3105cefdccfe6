package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OGC API – Features Part 1 over the demo data, through real HTTP. */
class OgcApiIT extends WebIntegrationTest {
  private static final List<String> CHANGJI_COUNTIES =
      List.of(
          "652301000000",
          "652302000000",
          "652323000000",
          "652324000000",
          "652325000000",
          "652327000000",
          "652328000000");

  private static List<String> ids(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.path("features").forEach(f -> ids.add(f.path("id").asString()));
    return ids;
  }

  private static String link(JsonNode document, String rel) {
    for (JsonNode link : document.path("links")) {
      if (link.path("rel").asString().equals(rel)) {
        return link.path("href").asString();
      }
    }
    return null;
  }

  // ---- the acceptance query

  @Test
  void theSevenCountiesOfChangjiWithCodesAndGeometries() {
    HttpResponse<String> response =
        get("/ogc/collections/divisions/items?level=3&parent=652300000000");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");

    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("type").asString()).isEqualTo("FeatureCollection");
    assertThat(body.path("numberMatched").asLong()).isEqualTo(7);
    assertThat(body.path("numberReturned").asInt()).isEqualTo(7);
    assertThat(ids(body)).containsExactlyElementsOf(CHANGJI_COUNTIES);
    for (JsonNode feature : body.path("features")) {
      assertThat(feature.path("properties").path("code").asString())
          .isEqualTo(feature.path("id").asString());
      assertThat(feature.path("properties").path("level").asInt()).isEqualTo(3);
      assertThat(feature.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
      JsonNode firstVertex = feature.path("geometry").path("coordinates").get(0).get(0).get(0);
      assertThat(firstVertex.get(0).asDouble()).isBetween(85.0, 92.0); // longitude first
      assertThat(firstVertex.get(1).asDouble()).isBetween(42.0, 46.5);
    }
    assertThat(body.path("features").get(0).path("properties").path("name").asString())
        .isEqualTo("昌吉市");
  }

  @Test
  void largeGeoJsonIsCompressedForClientsThatAcceptIt() {
    HttpResponse<String> response =
        send(
            "GET",
            "/ogc/collections/divisions/items?level=3&parent=652300000000",
            null,
            null,
            "Accept-Encoding",
            "gzip");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void aSixDigitParentMeansTheSame() {
    assertThat(ids(getJson("/ogc/collections/divisions/items?level=3&parent=652300", 200)))
        .containsExactlyElementsOf(CHANGJI_COUNTIES);
  }

  // ---- paging

  @Test
  void nextLinksWalkThroughAllPages() {
    List<String> seen = new ArrayList<>();
    String url = "/ogc/collections/divisions/items?level=4&parent=652301000000&limit=5";
    int pages = 0;
    long matched = -1;
    while (url != null) {
      JsonNode page = getJson(url.replace(baseUrl(), ""), 200);
      matched = page.path("numberMatched").asLong();
      assertThat(page.path("numberReturned").asInt()).isLessThanOrEqualTo(5);
      seen.addAll(ids(page));
      url = link(page, "next");
      pages++;
      assertThat(pages).isLessThan(20);
    }
    assertThat(seen).hasSize((int) matched).doesNotHaveDuplicates();
    assertThat(matched).isEqualTo(22); // the township-level units of 昌吉市 in 2023
    assertThat(pages).isEqualTo(5);
  }

  @Test
  void limitIsCappedAtTheMaximum() {
    JsonNode body = getJson("/ogc/collections/divisions/items?level=5&limit=50000", 200);
    assertThat(body.path("numberReturned").asInt()).isEqualTo(926);
    assertThat(link(body, "next")).isNull();
  }

  // ---- bbox and datetime

  @Test
  void bboxSelectsTheCountiesItTouches() {
    // a small box inside 木垒 (east) only
    JsonNode body =
        getJson("/ogc/collections/divisions/items?level=3&bbox=90.9,43.9,91.0,44.0", 200);
    assertThat(ids(body)).containsExactly("652328000000");
  }

  @Test
  void datetimeGivesTheVersionValidThen() {
    String path = "/ogc/collections/divisions/items/652302201000";
    assertThat(
            getJson(path + "?datetime=2022-01-01", 200).path("properties").path("name").asString())
        .isEqualTo("上户沟哈萨克民族乡");
    assertThat(getJson(path, 200).path("properties").path("name").asString()).isEqualTo("上户沟哈萨克族乡");
    assertThat(
            getJson(path + "?datetime=2023-06-30T00:00:00%2B08:00", 200)
                .path("properties")
                .path("validFrom")
                .asString())
        .isEqualTo("2023-06-30");

    // 五彩湾镇 is not there in 2022; the park it replaced is
    assertThat(
            ids(
                getJson(
                    "/ogc/collections/divisions/items?level=4&parent=652327000000"
                        + "&datetime=2022-01-01&limit=100",
                    200)))
        .contains("652327400000")
        .doesNotContain("652327106000");
    assertThat(
            ids(
                getJson(
                    "/ogc/collections/divisions/items?level=4&parent=652327000000&limit=100", 200)))
        .contains("652327106000")
        .doesNotContain("652327400000");
  }

  // ---- the documents around the items

  @Test
  void landingPageConformanceAndCollections() {
    JsonNode landing = getJson("/ogc", 200);
    assertThat(link(landing, "conformance")).endsWith("/ogc/conformance");
    assertThat(link(landing, "data")).endsWith("/ogc/collections");
    assertThat(link(landing, "service-desc")).endsWith("/ogc/api");

    assertThat(getJson("/ogc/conformance", 200).path("conformsTo").toString())
        .contains("ogcapi-features-1/1.0/conf/core", "ogcapi-features-1/1.0/conf/geojson");

    JsonNode divisions = getJson("/ogc/collections", 200).path("collections").get(0);
    assertThat(divisions.path("id").asString()).isEqualTo("divisions");
    JsonNode bbox = divisions.path("extent").path("spatial").path("bbox").get(0);
    assertThat(bbox.get(0).asDouble()).isLessThan(86.0);
    assertThat(bbox.get(2).asDouble()).isGreaterThan(91.0);
    assertThat(link(divisions, "items")).endsWith("/ogc/collections/divisions/items");
  }

  // ---- refused requests

  @Test
  void badParametersAreAnswered400WithTheParameterNamed() {
    for (String[] c :
        new String[][] {
          {"level=9", "level"},
          {"parent=65", "parent"},
          {"limit=0", "limit"},
          {"limit=ten", "limit"},
          {"offset=-1", "offset"},
          {"bbox=1,2,3", "bbox"},
          {"bbox=87,45,88,44", "bbox"},
          {"bbox=87,44,88,95", "bbox"},
          {"datetime=yesterday", "datetime"},
          {"datetime=2024-01-01/2023-01-01", "datetime"},
          {"colour=red", "colour"},
          {"f=xml", "f"},
        }) {
      HttpResponse<String> response = get("/ogc/collections/divisions/items?" + c[0]);
      assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(c[0])
          .hasValue("application/problem+json");
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.path("invalidParams").get(0).path("name").asString())
          .as(c[0])
          .isEqualTo(c[1]);
      assertThat(problem.path("detail").asString()).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void unknownCollectionsAndFeaturesAre404() {
    assertThat(get("/ogc/collections/roads").statusCode()).isEqualTo(404);
    assertThat(get("/ogc/collections/roads/items").statusCode()).isEqualTo(404);
    assertThat(get("/ogc/collections/divisions/items/999999999999").statusCode()).isEqualTo(404);
    assertThat(get("/ogc/collections/divisions/items/abc").statusCode()).isEqualTo(404);
    // 五彩湾镇 did not exist in 2022
    assertThat(
            get("/ogc/collections/divisions/items/652327106000?datetime=2022-01-01").statusCode())
        .isEqualTo(404);
  }
}

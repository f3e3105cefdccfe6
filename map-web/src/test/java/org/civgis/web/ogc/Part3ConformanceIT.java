package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The requirements of OGC API – Features Part 3 (Filtering) and of the schemas of Part 5 this API
 * declares, one test per requirement, named by its id, over every collection.
 */
class Part3ConformanceIT extends WebIntegrationTest {
  private static final String BASE = "http://www.opengis.net/spec/";

  private List<String> collections() {
    List<String> ids = new ArrayList<>();
    getJson("/ogc/collections", 200)
        .path("collections")
        .forEach(c -> ids.add(c.path("id").asString()));
    assertThat(ids).hasSize(11);
    return ids;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String link(JsonNode document, String rel) {
    for (JsonNode link : document.path("links")) {
      if (link.path("rel").asString().equals(rel)) {
        return link.path("href").asString();
      }
    }
    return null;
  }

  private long matched(String collection, String query) {
    HttpResponse<String> response =
        send("GET", "/ogc/collections/" + collection + "/items?" + query, "admin", null);
    assertThat(response.statusCode())
        .as(collection + "?" + query + ": " + response.body())
        .isEqualTo(200);
    return JSON.readTree(response.body()).path("numberMatched").asLong();
  }

  private JsonNode refused(String collection, String query, String parameter) {
    HttpResponse<String> response = get("/ogc/collections/" + collection + "/items?" + query);
    assertThat(response.statusCode()).as(collection + "?" + query).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("invalidParams").get(0).path("name").asString()).isEqualTo(parameter);
    return problem;
  }

  // ---- conformance

  @Test
  @DisplayName("/conformance declares Part 3, CQL2 text and JSON, and Part 5 schemas")
  void conformanceDeclaresWhatIsImplemented() {
    List<String> classes = new ArrayList<>();
    getJson("/ogc/conformance", 200).path("conformsTo").forEach(c -> classes.add(c.asString()));
    assertThat(classes)
        .contains(
            BASE + "ogcapi-features-3/1.0/conf/queryables",
            BASE + "ogcapi-features-3/1.0/conf/queryables-query-parameters",
            BASE + "ogcapi-features-3/1.0/conf/filter",
            BASE + "ogcapi-features-3/1.0/conf/features-filter",
            BASE + "cql2/1.0/conf/basic-cql2",
            BASE + "cql2/1.0/conf/cql2-text",
            BASE + "cql2/1.0/conf/cql2-json",
            BASE + "ogcapi-features-5/1.0/conf/schemas");
  }

  // ---- queryables

  @Test
  @DisplayName("/req/queryables/get-queryables-op")
  void reqQueryablesGetQueryablesOp() {
    for (String id : collections()) {
      JsonNode collection = getJson("/ogc/collections/" + id, 200);
      String href = link(collection, "http://www.opengis.net/def/rel/ogc/1.0/queryables");
      assertThat(href).as(id).endsWith("/ogc/collections/" + id + "/queryables");
      HttpResponse<String> response =
          get("/ogc/collections/" + id + "/queryables", "application/schema+json");
      assertThat(response.statusCode()).as(id).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as(id)
          .startsWith("application/schema+json");
    }
  }

  @Test
  @DisplayName("/req/queryables/get-queryables-response")
  void reqQueryablesGetQueryablesResponse() {
    for (String id : collections()) {
      JsonNode schema = getJson("/ogc/collections/" + id + "/queryables", 200);
      assertThat(schema.path("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.path("$id").asString()).endsWith("/ogc/collections/" + id + "/queryables");
      assertThat(schema.path("type").asString()).isEqualTo("object");
      assertThat(schema.path("properties").size()).as(id).isPositive();
      schema
          .path("properties")
          .properties()
          .forEach(
              e -> {
                JsonNode p = e.getValue();
                assertThat(p.has("type") || p.path("format").asString("").startsWith("geometry-"))
                    .as(id + "." + e.getKey())
                    .isTrue();
                assertThat(p.path("title").asString()).as(id + "." + e.getKey()).isNotBlank();
              });
    }
  }

  @Test
  @DisplayName("/req/queryables-query-parameters/parameters")
  void reqQueryablesQueryParametersParameters() {
    for (String id : collections()) {
      JsonNode properties =
          getJson("/ogc/collections/" + id + "/queryables", 200).path("properties");
      List<String> tried = new ArrayList<>();
      properties
          .properties()
          .forEach(
              e -> {
                if (!e.getValue().path("type").asString("").equals("string")
                    || e.getValue().has("format")
                    || e.getValue().has("enum")) {
                  return; // a code with a list of values may be an own parameter that checks it
                }
                String name = e.getKey();
                // a value no feature has: the parameter is accepted and filters
                assertThat(matched(id, encode(name) + "=" + encode("没有这个值")))
                    .as(id + "." + name)
                    .isZero();
                tried.add(name);
              });
      assertThat(tried).as(id).isNotEmpty();
    }
    refused("divisions", "nosuch=1", "nosuch");
  }

  // ---- filter

  @Test
  @DisplayName("/req/filter/filter-param")
  void reqFilterFilterParam() {
    for (String id : collections()) {
      long all = matched(id, "");
      assertThat(matched(id, "filter=TRUE")).as(id).isEqualTo(all);
      assertThat(matched(id, "filter=FALSE")).as(id).isZero();
    }
    assertThat(
            matched("divisions", "filter=" + encode("level = 3 AND parentCode = '652300000000'")))
        .isEqualTo(7);
  }

  @Test
  @DisplayName("/req/filter/filter-lang-param")
  void reqFilterFilterLangParam() {
    String text = "level = 3";
    String json = "{\"op\":\"=\",\"args\":[{\"property\":\"level\"},3]}";
    long byDefault = matched("divisions", "filter=" + encode(text));
    assertThat(byDefault).isPositive();
    assertThat(matched("divisions", "filter-lang=cql2-text&filter=" + encode(text)))
        .isEqualTo(byDefault);
    assertThat(matched("divisions", "filter-lang=cql2-json&filter=" + encode(json)))
        .isEqualTo(byDefault);
    JsonNode problem =
        refused("divisions", "filter-lang=cql-text&filter=" + encode(text), "filter-lang");
    assertThat(problem.toString()).contains("cql2-text", "cql2-json");
  }

  @Test
  @DisplayName("/req/filter/filter-crs-param")
  void reqFilterFilterCrsParam() {
    assertThat(
            matched(
                "divisions",
                "level=3&filter-crs="
                    + encode("http://www.opengis.net/def/crs/EPSG/0/3857")
                    + "&filter="
                    + encode("S_INTERSECTS(geometry, POINT(10124700 5460000))")))
        .isEqualTo(1);
    refused(
        "divisions",
        "filter-crs=" + encode("http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
        "filter-crs");
  }

  @Test
  @DisplayName("/req/filter/response")
  void reqFilterResponse() {
    refused("addresses", "filter=" + encode("nosuch = 1"), "filter");
    refused("addresses", "filter=" + encode("road ="), "filter");
    refused(
        "addresses",
        "filter-lang=cql2-json&filter="
            + encode("{\"op\":\"=\",\"args\":[{\"property\":\"floor\"},\"x\"]}"),
        "filter");
    JsonNode problem = refused("signs", "filter=" + encode("installedOn > 3"), "filter");
    assertThat(problem.toString()).contains("installedOn", "DATE");
  }

  // ---- features-filter

  @Test
  @DisplayName("/req/features-filter/filter-param and other parameters combine with AND")
  void reqFeaturesFilterCombinedWithOtherParameters() {
    long county = matched("divisions", "level=3");
    long changji = matched("divisions", "filter=" + encode("name = '昌吉市'"));
    assertThat(changji).isEqualTo(1);
    assertThat(matched("divisions", "level=3&filter=" + encode("name = '昌吉市'"))).isEqualTo(1);
    assertThat(matched("divisions", "level=4&filter=" + encode("name = '昌吉市'"))).isZero();
    long inBox = matched("divisions", "level=3&bbox=90.9,43.9,91.0,44.0");
    assertThat(inBox).isPositive().isLessThan(county);
    assertThat(matched("divisions", "level=3&bbox=90.9,43.9,91.0,44.0&filter=TRUE"))
        .isEqualTo(inBox);
    assertThat(matched("divisions", "level=3&filter=" + encode("NOT name = '昌吉市'")))
        .isEqualTo(county - 1);
    // paging is over the filtered features
    JsonNode page =
        JSON.readTree(
            get("/ogc/collections/divisions/items?limit=2&filter=" + encode("level = 3")).body());
    assertThat(page.path("numberReturned").asInt()).isEqualTo(2);
    assertThat(page.path("numberMatched").asLong()).isEqualTo(county);
    assertThat(link(page, "next")).contains("filter=");
  }

  // ---- Part 5 schemas

  @Test
  @DisplayName("/req/schemas: every collection has a schema with the id and primary geometry roles")
  void reqSchemas() {
    for (String id : collections()) {
      JsonNode collection = getJson("/ogc/collections/" + id, 200);
      assertThat(link(collection, "http://www.opengis.net/def/rel/ogc/1.0/schema"))
          .as(id)
          .endsWith("/ogc/collections/" + id + "/schema");
      JsonNode schema = getJson("/ogc/collections/" + id + "/schema", 200);
      assertThat(schema.path("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.path("type").asString()).isEqualTo("object");
      List<String> ids = new ArrayList<>();
      List<String> geometries = new ArrayList<>();
      schema
          .path("properties")
          .properties()
          .forEach(
              e -> {
                String role = e.getValue().path("x-ogc-role").asString("");
                if (role.equals("id")) {
                  ids.add(e.getKey());
                }
                if (role.equals("primary-geometry")) {
                  geometries.add(e.getKey());
                  assertThat(e.getValue().path("format").asString()).startsWith("geometry-");
                }
                assertThat(e.getValue().path("title").asString()).isNotBlank();
              });
      assertThat(ids).as(id).hasSize(1);
      assertThat(geometries).as(id).containsExactly("geometry");
      // the queryables are the schema's properties that can be filtered
      JsonNode queryables = getJson("/ogc/collections/" + id + "/queryables", 200);
      queryables
          .path("properties")
          .properties()
          .forEach(e -> assertThat(schema.path("properties").has(e.getKey())).as(id).isTrue());
    }
    JsonNode divisions = getJson("/ogc/collections/divisions/schema", 200).path("properties");
    assertThat(divisions.path("validFrom").path("x-ogc-role").asString())
        .isEqualTo("primary-interval-start");
    assertThat(divisions.path("areaKm2").path("readOnly").asBoolean()).isTrue();
    assertThat(divisions.path("name").has("readOnly")).isFalse();
    assertThat(divisions.path("geometry").path("format").asString())
        .isEqualTo("geometry-multipolygon");
  }
}

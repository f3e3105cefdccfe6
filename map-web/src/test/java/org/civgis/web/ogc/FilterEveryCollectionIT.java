package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Filtering on every collection, as the regressions ask: a CQL2 filter selects exactly the
 * rows the collection's own parameter (or the same condition in SQL) selects; queryables work as
 * query parameters; CQL2 JSON gives what CQL2 text gives; read rules still hold.
 */
class FilterEveryCollectionIT extends WebIntegrationTest {
  /** The collections of the design (Part1CoreConformanceIT checks that they are all served). */
  private static final List<String> COLLECTIONS = OgcApiController.DESIGN_ORDER;

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private JsonNode items(String collection, String query, String user) {
    HttpResponse<String> response =
        send("GET", "/ogc/collections/" + collection + "/items?" + query, user, null);
    assertThat(response.statusCode())
        .as(collection + "?" + query + ": " + response.body())
        .isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private long matched(String collection, String query) {
    return matched(collection, query, null);
  }

  private long matched(String collection, String query, String user) {
    return items(collection, query, user).path("numberMatched").asLong();
  }

  private long filtered(String collection, String cql) {
    return matched(collection, "filter=" + encode(cql));
  }

  private static JdbcClient db() {
    return JdbcClient.create(demo().dataSource());
  }

  private static Set<String> ids(JsonNode page) {
    Set<String> ids = new TreeSet<>();
    page.path("features").forEach(f -> ids.add(f.path("id").asString()));
    return ids;
  }

  // ---- the collections the issue names: a filter selects what the own parameter selects

  @Test
  void facilitiesByType() {
    String type =
        db().sql(
                "select facility_type from gazetteer.facility where removed_at is null"
                    + " group by 1 order by count(*) desc, 1 limit 1")
            .query(String.class)
            .single();
    long byParameter = matched("facilities", "type=" + type);
    assertThat(byParameter).isPositive();
    assertThat(filtered("facilities", "type = '" + type + "'")).isEqualTo(byParameter);
    assertThat(filtered("facilities", "type <> '" + type + "'") + byParameter)
        .isEqualTo(matched("facilities", ""));
    long beds =
        db().sql("select count(*) from gazetteer.facility where removed_at is null and beds >= 100")
            .query(Long.class)
            .single();
    assertThat(filtered("facilities", "beds >= 100")).isEqualTo(beds);
  }

  @Test
  void addressesByRoadNameAsFilterAndAsParameter() {
    long sql =
        db().sql(
                "select count(*) from gazetteer.address"
                    + " where valid @> current_date and road_name = '北京南路'")
            .query(Long.class)
            .single();
    assertThat(sql).isPositive();
    assertThat(filtered("addresses", "road = '北京南路'")).isEqualTo(sql);
    assertThat(matched("addresses", "road=" + encode("北京南路"))).isEqualTo(sql);
    JsonNode byParameter = items("addresses", "limit=10000&road=" + encode("北京南路"), null);
    JsonNode byFilter = items("addresses", "limit=10000&filter=" + encode("road = '北京南路'"), null);
    assertThat(ids(byParameter)).isEqualTo(ids(byFilter)).hasSize((int) sql);
    byParameter
        .path("features")
        .forEach(f -> assertThat(f.path("properties").path("road").asString()).isEqualTo("北京南路"));
  }

  @Test
  void addressesRoadCodeIsTheCodeParameter() {
    String roadCode =
        db().sql(
                "select road_code from gazetteer.address"
                    + " where valid @> current_date and road_name = '北京南路' limit 1")
            .query(String.class)
            .single();
    long byName = matched("addresses", "road=" + encode("北京南路"));
    assertThat(matched("addresses", "roadCode=" + roadCode)).isEqualTo(byName);
    assertThat(filtered("addresses", "roadCode = '" + roadCode + "'")).isEqualTo(byName);
    // the road parameter is the road's name now; a code there matches no road name
    assertThat(matched("addresses", "road=" + roadCode)).isZero();
  }

  @Test
  void placeNamesByCategory() {
    String category =
        db().sql(
                "select category_code from gazetteer.place_name where valid @> current_date"
                    + " group by 1 order by count(*) desc, 1 limit 1")
            .query(String.class)
            .single();
    long byParameter = matched("place-names", "category=" + category);
    assertThat(byParameter).isPositive();
    assertThat(filtered("place-names", "categoryCode = '" + category + "'")).isEqualTo(byParameter);
    assertThat(matched("place-names", "categoryCode=" + category)).isEqualTo(byParameter);
    long sql =
        db().sql(
                "select count(*) from gazetteer.place_name"
                    + " where valid @> current_date and standard_name like '%路'")
            .query(Long.class)
            .single();
    assertThat(filtered("place-names", "standardName LIKE '%路'")).isEqualTo(sql);
  }

  @Test
  void signsByStatusAndType() {
    for (String status : List.of("NONCOMPLIANT", "REPAIR", "OVERDUE", "OK")) {
      assertThat(filtered("signs", "status = '" + status + "'"))
          .as(status)
          .isEqualTo(matched("signs", "status=" + status));
    }
    String type =
        db().sql(
                "select sign_type from gazetteer.sign_state group by 1 order by count(*) desc limit 1")
            .query(String.class)
            .single();
    long byType = matched("signs", "type=" + type);
    assertThat(byType).isPositive();
    assertThat(filtered("signs", "type = '" + type + "'")).isEqualTo(byType);
  }

  @Test
  void boundaryMarkersByLine() {
    String line =
        db().sql(
                "select line_code from boundary.boundary_marker where status = 'PUBLISHED'"
                    + " group by 1 order by count(*) desc limit 1")
            .query(String.class)
            .single();
    long byParameter = matched("boundary-markers", "line=" + line);
    assertThat(byParameter).isPositive();
    assertThat(filtered("boundary-markers", "lineCode = '" + line + "'")).isEqualTo(byParameter);
    assertThat(matched("boundary-markers", "lineCode=" + line)).isEqualTo(byParameter);
  }

  // ---- every collection

  @Test
  void filterTrueSelectsEverythingAndFalseNothing() {
    for (String collection : COLLECTIONS) {
      long all = matched(collection, "", "admin");
      assertThat(matched(collection, "filter=TRUE", "admin")).as(collection).isEqualTo(all);
      assertThat(matched(collection, "filter=" + encode("NOT TRUE"), "admin"))
          .as(collection)
          .isZero();
      assertThat(matched(collection, "filter=false&filter-lang=cql2-json", "admin"))
          .as(collection)
          .isZero();
    }
  }

  @Test
  void everyCollectionHasQueryablesAndFiltersOnThem() {
    for (String collection : COLLECTIONS) {
      JsonNode properties =
          getJson("/ogc/collections/" + collection + "/queryables", 200).path("properties");
      assertThat(properties.size()).as(collection).isGreaterThan(3);
      assertThat(properties.path("geometry").path("format").asString())
          .as(collection)
          .startsWith("geometry-");
      long inBox =
          matched(
              collection,
              "filter=" + encode("S_INTERSECTS(geometry, BBOX(73, 18, 135, 54))"),
              "admin");
      // bbox also matches the features without a geometry (/req/core/fc-bbox-response C); a
      // spatial predicate of CQL2 never does
      assertThat(inBox)
          .as(collection)
          .isEqualTo(
              matched(
                  collection,
                  "bbox=73,18,135,54&filter=" + encode("geometry IS NOT NULL"),
                  "admin"));
    }
  }

  @Test
  void nameAsAQueryParameterOnDivisions() {
    JsonNode page = items("divisions", "name=" + encode("阜康市"), null);
    assertThat(page.path("numberMatched").asLong()).isEqualTo(1);
    assertThat(page.path("features").get(0).path("id").asString()).isEqualTo("652302000000");
    // own parameters and queryables together, ANDed
    assertThat(matched("divisions", "level=3&parentCode=652300000000")).isEqualTo(7);
    assertThat(matched("divisions", "level=4&name=" + encode("阜康市"))).isZero();
  }

  @Test
  void cql2JsonSelectsWhatCql2TextSelects() {
    String json =
        "{\"op\":\"and\",\"args\":[{\"op\":\"=\",\"args\":[{\"property\":\"road\"},\"北京南路\"]},"
            + "{\"op\":\"=\",\"args\":[{\"property\":\"kind\"},\"HOUSE_NUMBER\"]}]}";
    JsonNode byJson =
        items("addresses", "limit=10000&filter-lang=cql2-json&filter=" + encode(json), null);
    JsonNode byText =
        items(
            "addresses",
            "limit=10000&filter=" + encode("road = '北京南路' AND kind = 'HOUSE_NUMBER'"),
            null);
    assertThat(byJson.path("numberMatched").asLong()).isPositive();
    assertThat(ids(byJson)).isEqualTo(ids(byText));
    assertThat(
            matched(
                "divisions",
                "filter-lang=cql2-json&filter="
                    + encode(
                        "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},"
                            + "{\"type\":\"Point\",\"coordinates\":[90.95,43.95]}]}")
                    + "&level=3"))
        .isEqualTo(1);
  }

  // ---- read rules hold whatever the filter says

  @Test
  void filtersDoNotRevealWhatAReaderMayNotSee() {
    assertThat(matched("inspection-records", "filter=TRUE", "admin")).isPositive();
    for (String collection : List.of("inspection-records", "disputes")) {
      assertThat(matched(collection, "filter=TRUE", "admin"))
          .as(collection)
          .isEqualTo(matched(collection, "", "admin"));
      assertThat(matched(collection, "filter=TRUE")).as(collection).isZero();
      assertThat(matched(collection, "filter=" + encode("roundId IS NOT NULL OR TRUE")))
          .as(collection)
          .isZero();
    }
    long drafts =
        db().sql("select count(*) from boundary.boundary_marker where status = 'DRAFT'")
            .query(Long.class)
            .single();
    assertThat(filtered("boundary-markers", "status = 'DRAFT'")).isZero();
    assertThat(matched("boundary-markers", "status=DRAFT", "admin")).isEqualTo(drafts);
    assertThat(filtered("divisions", "status = 'DRAFT' OR TRUE"))
        .isEqualTo(matched("divisions", ""));
  }

  // ---- refusals name the parameter

  @Test
  void badParametersAre400NamingThem() {
    for (String[] c :
        new String[][] {
          {"addresses", "floor=abc", "floor"},
          {"addresses", "nosuch=1", "nosuch"},
          {"addresses", "geometry=POINT(1%202)", "geometry"},
          {"facilities", "filter=" + encode("beds >= 'many'"), "filter"},
          {"signs", "filter-lang=cql2-json&filter=" + encode("{\"op\":\"=\"}"), "filter"},
          {"signs", "filter-lang=ecql&filter=TRUE", "filter-lang"},
          {"communities", "estimated=maybe", "estimated"},
        }) {
      HttpResponse<String> response = get("/ogc/collections/" + c[0] + "/items?" + c[1]);
      assertThat(response.statusCode()).as(c[1]).isEqualTo(400);
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.path("invalidParams").get(0).path("name").asString())
          .as(c[1])
          .isEqualTo(c[2]);
    }
  }

  // ---- one declaration: the schema names what the features carry

  @Test
  void schemaPropertiesAreTheFeaturesProperties() {
    for (String collection : COLLECTIONS) {
      JsonNode schema = getJson("/ogc/collections/" + collection + "/schema", 200);
      Set<String> declared = new TreeSet<>();
      List<String> roleId = new ArrayList<>();
      schema
          .path("properties")
          .properties()
          .forEach(
              e -> {
                declared.add(e.getKey());
                if (e.getValue().path("x-ogc-role").asString("").equals("id")) {
                  roleId.add(e.getKey());
                }
              });
      assertThat(roleId).as(collection).hasSize(1);
      JsonNode page = items(collection, "limit=20", "admin");
      for (JsonNode feature : page.path("features")) {
        Set<String> sent = new TreeSet<>();
        feature.path("properties").properties().forEach(e -> sent.add(e.getKey()));
        Set<String> expected = new TreeSet<>(declared);
        expected.remove("geometry");
        if (!sent.contains(roleId.get(0))) {
          expected.remove(roleId.get(0)); // the GeoJSON id member
        }
        assertThat(sent).as(collection).isEqualTo(expected);
      }
    }
  }
}

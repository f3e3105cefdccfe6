package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The abstract test suite of OGC API – Features – Part 1: Core 1.0, requirements classes Core and
 * GeoJSON, one test per requirement, named by its id, over every collection where the requirement
 * is per collection. The API-definition requirements ({@code api-definition-*}, {@code
 * fc-*-definition}, {@code /req/oas30/*}) are tested with the API definition.
 */
class Part1CoreConformanceIT extends OgcConformanceSupport {
  /** Coordinates are written with seven decimals. */
  private static final double COORDINATE_PRECISION = 1e-7;

  /** {@code box} grown by {@code margin} on every side. */
  private static double[] grown(double[] box, double margin) {
    return new double[] {box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin};
  }

  private static final List<String> CONFORMANCE_CLASSES_OF_PART_1 =
      List.of(
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

  // ---- general

  @Test
  @DisplayName("/req/core/query-param-unknown")
  void anUnknownParameterIs400() {
    for (String id : collectionIds()) {
      HttpResponse<String> response = get("/ogc/collections/" + id + "/items?no-such-parameter=1");
      assertThat(response.statusCode()).as(id).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).path("detail").asString())
          .as(id)
          .contains("no-such-parameter");
    }
  }

  @Test
  @DisplayName("/req/core/query-param-invalid")
  void anInvalidValueIs400() {
    for (String id : collectionIds()) {
      for (String query : List.of("limit=0", "limit=ten", "bbox=1,2,3", "datetime=yesterday")) {
        assertThat(get("/ogc/collections/" + id + "/items?" + query).statusCode())
            .as(id + "?" + query)
            .isEqualTo(400);
      }
    }
  }

  @Test
  @DisplayName("/req/core/crs84")
  void geometriesAreInCrs84UnlessAnotherIsAsked() {
    for (JsonNode collection : collections()) {
      String id = collection.path("id").asString();
      HttpResponse<String> response = get("/ogc/collections/" + id + "/items?limit=100");
      assertThat(response.headers().firstValue("Content-Crs")).as(id).hasValue("<" + CRS84 + ">");
      for (JsonNode feature : JSON.readTree(response.body()).path("features")) {
        double[] box = envelope(feature.path("geometry"));
        if (box != null) {
          // longitude first, and Changji lies between 80° and 100° east, 40° and 50° north
          assertThat(inside(box, new double[] {80, 40, 100, 50}))
              .as(id + " " + feature.path("id").asString())
              .isTrue();
        }
      }
    }
  }

  // ---- landing page and conformance

  @Test
  @DisplayName("/req/core/root-op")
  void theLandingPageAnswersGet() {
    assertThat(get("/ogc").statusCode()).isEqualTo(200);
    assertThat(get("/ogc/").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("/req/core/root-success")
  void theLandingPageLinksTheApiDefinitionConformanceAndCollections() {
    JsonNode landing = getJson("/ogc", 200);
    assertThat(landing.path("links").isArray()).isTrue();
    assertThat(link(landing, "service-desc") != null || link(landing, "service-doc") != null)
        .isTrue();
    assertThat(link(landing, "conformance")).isEqualTo(baseUrl() + "/ogc/conformance");
    assertThat(link(landing, "data")).isEqualTo(baseUrl() + "/ogc/collections");
    for (JsonNode link : landing.path("links")) {
      assertThat(link.path("href").isString()).isTrue();
      assertThat(link.path("rel").isString()).isTrue();
    }
  }

  @Test
  @DisplayName("/req/core/conformance-op")
  void conformanceAnswersGet() {
    assertThat(get("/ogc/conformance").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("/req/core/conformance-success")
  void conformanceListsCoreAndGeoJson() {
    List<String> classes = new ArrayList<>();
    getJson("/ogc/conformance", 200).path("conformsTo").forEach(c -> classes.add(c.asString()));
    assertThat(classes).containsAll(CONFORMANCE_CLASSES_OF_PART_1);
    assertThat(classes).doesNotHaveDuplicates();
  }

  // ---- collections

  @Test
  @DisplayName("/req/core/fc-md-op")
  void collectionsAnswersGet() {
    assertThat(get("/ogc/collections").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("/req/core/fc-md-success")
  void collectionsHasLinksAndCollections() {
    JsonNode body = getJson("/ogc/collections", 200);
    assertThat(body.path("links").isArray()).isTrue();
    assertThat(body.path("collections").isArray()).isTrue();
    for (JsonNode collection : body.path("collections")) {
      assertThat(collection.path("id").isString()).isTrue();
      assertThat(collection.path("links").isArray()).as(collection.path("id").asString()).isTrue();
    }
  }

  @Test
  @DisplayName("/req/core/fc-md-links")
  void collectionsLinksItselfWithItsType() {
    JsonNode body = getJson("/ogc/collections", 200);
    assertThat(link(body, "self")).isEqualTo(baseUrl() + "/ogc/collections");
    assertTypedLinks(body, Set.of("self", "alternate"), "/ogc/collections");
  }

  @Test
  @DisplayName("/req/core/fc-md-items")
  void everyCollectionIsListed() {
    assertThat(collectionIds())
        .containsExactlyInAnyOrder(
            "divisions",
            "boundary-lines",
            "boundary-markers",
            "topology-findings",
            "place-names",
            "addresses",
            "signs",
            "facilities",
            "communities",
            "inspection-records",
            "disputes");
  }

  @Test
  @DisplayName("/req/core/fc-md-items-links")
  void everyCollectionLinksItsItemsWithTheirType() {
    for (JsonNode collection : collections()) {
      String id = collection.path("id").asString();
      List<JsonNode> items = new ArrayList<>();
      collection
          .path("links")
          .forEach(
              l -> {
                if (l.path("rel").asString().equals("items")) {
                  items.add(l);
                }
              });
      assertThat(items).as(id).hasSize(1);
      assertThat(items.get(0).path("type").asString()).as(id).isEqualTo(GEO_JSON);
      assertThat(get(relative(items.get(0).path("href").asString())).statusCode())
          .as(id)
          .isEqualTo(200);
    }
  }

  @Test
  @DisplayName("/req/core/fc-md-extent")
  void theExtentHoldsEveryFeature() {
    for (JsonNode collection : collections()) {
      String id = collection.path("id").asString();
      double[] extent = extentOf(collection);
      List<JsonNode> features = allFeatures("/ogc/collections/" + id + "/items?limit=10000");
      if (extent == null) {
        continue; // the extent is optional
      }
      assertThat(collection.path("extent").path("spatial").path("crs").asString(CRS84))
          .as(id)
          .isEqualTo(CRS84);
      for (JsonNode feature : features) {
        double[] box = envelope(feature.path("geometry"));
        if (box != null) {
          assertThat(inside(box, extent)).as(id + " " + feature.path("id").asString()).isTrue();
        }
      }
    }
  }

  /**
   * The extent is optional in the standard; here every collection whose features have positions
   * states it, so that a client (QGIS's "zoom to layer", the suite's bbox tests) can use it.
   */
  @Test
  void everyCollectionWithPositionsStatesItsExtent() {
    for (JsonNode collection : collections()) {
      String id = collection.path("id").asString();
      boolean positioned =
          allFeatures("/ogc/collections/" + id + "/items?limit=10000").stream()
              .anyMatch(f -> envelope(f.path("geometry")) != null);
      if (positioned) {
        assertThat(extentOf(collection)).as(id).isNotNull();
      }
    }
  }

  @Test
  @DisplayName("/req/core/fc-md-extent-multi")
  void aSingleBoundingBoxIsTheOverallExtent() {
    for (JsonNode collection : collections()) {
      JsonNode bboxes = collection.path("extent").path("spatial").path("bbox");
      if (bboxes.isArray()) {
        // one box only: the first is the overall extent, and there are no others to hold features
        assertThat(bboxes.size()).as(collection.path("id").asString()).isEqualTo(1);
        assertThat(bboxes.get(0).size()).isIn(4, 6);
      }
    }
  }

  @Test
  @DisplayName("/req/core/sfc-md-op")
  void everyCollectionAnswersGet() {
    for (String id : collectionIds()) {
      assertThat(get("/ogc/collections/" + id).statusCode()).as(id).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("/req/core/sfc-md-success")
  void aCollectionIsAsInTheList() {
    for (JsonNode listed : collections()) {
      String id = listed.path("id").asString();
      JsonNode single = getJson("/ogc/collections/" + id, 200);
      for (String member : List.of("id", "title", "description", "extent", "itemType")) {
        assertThat(single.path(member)).as(id + " " + member).isEqualTo(listed.path(member));
      }
      List<JsonNode> links = new ArrayList<>();
      single.path("links").forEach(links::add);
      listed.path("links").forEach(l -> assertThat(links).as(id).contains(l));
    }
  }

  // ---- features

  @Test
  @DisplayName("/req/core/fc-op")
  void everyCollectionsItemsAnswerGet() {
    for (String id : collectionIds()) {
      assertThat(get("/ogc/collections/" + id + "/items").statusCode()).as(id).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("/req/core/fc-limit-response-1")
  void noMoreFeaturesThanTheLimitAndALimitAboveTheMaximumIsTheMaximum() {
    for (String id : collectionIds()) {
      String items = "/ogc/collections/" + id + "/items";
      assertThat(getJson(items + "?limit=3", 200).path("features").size()).as(id).isLessThan(4);
      long matched = getJson(items, 200).path("numberMatched").asLong();
      for (String aboveMaximum : List.of("10001", "2147483648", "99999999999999999999")) {
        JsonNode page = getJson(items + "?limit=" + aboveMaximum, 200);
        assertThat(page.path("features").size())
            .as(id + " limit=" + aboveMaximum)
            .isEqualTo((int) Math.min(matched, ItemsParameters.MAX_LIMIT));
      }
    }
    // more features than the maximum: exactly the maximum
    assertThat(
            getJson("/ogc/collections/addresses/items?limit=99999999999999999999", 200)
                .path("features")
                .size())
        .isEqualTo(ItemsParameters.MAX_LIMIT);
  }

  @Test
  @DisplayName("/req/core/fc-bbox-response")
  void aBboxSelectsTheFeaturesItIntersectsAndThoseWithoutGeometry() {
    for (JsonNode collection : collections()) {
      String id = collection.path("id").asString();
      double[] extent = extentOf(collection);
      if (extent == null) {
        continue;
      }
      List<JsonNode> all = allFeatures("/ogc/collections/" + id + "/items?limit=10000");
      // the south-west quarter of the extent, grown to hold the first feature with a geometry (a
      // collection of a few features, e.g. one check's findings, may have none in the quarter)
      double[] box = {
        extent[0], extent[1], (extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2
      };
      for (JsonNode feature : all) {
        double[] first = envelope(feature.path("geometry"));
        if (first != null) {
          box[2] = Math.max(box[2], first[2]);
          box[3] = Math.max(box[3], first[3]);
          break;
        }
      }
      List<JsonNode> selected =
          allFeatures("/ogc/collections/" + id + "/items?limit=10000&bbox=" + bboxParameter(box));
      Set<String> selectedIds = new HashSet<>(ids(selected));
      for (JsonNode feature : all) {
        double[] envelope = envelope(feature.path("geometry"));
        String featureId = feature.path("id").asString();
        if (envelope == null) {
          assertThat(selectedIds).as(id + ": no geometry matches any box").contains(featureId);
        } else if (!intersects(envelope, grown(box, COORDINATE_PRECISION))) {
          assertThat(selectedIds).as(id + ": outside the box").doesNotContain(featureId);
        }
      }
      assertThat(selected).as(id).isNotEmpty();
    }
    // coordinates outside the range of CRS84
    assertThat(get("/ogc/collections/addresses/items?bbox=87,44,190,45").statusCode())
        .isEqualTo(400);
    assertThat(get("/ogc/collections/addresses/items?bbox=87,-91,88,45").statusCode())
        .isEqualTo(400);
  }

  @Test
  @DisplayName("/req/core/fc-bbox-response: a box crossing the antimeridian")
  void aBboxCrossingTheAntimeridian() {
    String divisions = "/ogc/collections/divisions/items?limit=10000&bbox=";
    // from 70° east across 180° to 170° west: covers Xinjiang, as 70° to 180° east does
    assertThat(ids(allFeatures(divisions + "70,40,-170,50")))
        .containsExactlyElementsOf(ids(allFeatures(divisions + "70,40,180,50")))
        .contains("652301000000");
    // from 170° east across 180° to 100° east: Xinjiang lies in the part west of 180°
    assertThat(ids(allFeatures(divisions + "170,40,100,50")))
        .containsExactlyElementsOf(ids(allFeatures(divisions + "-180,40,100,50")))
        .contains("652301000000");
    // across 180° but away from Xinjiang: no feature with a geometry
    for (JsonNode feature : allFeatures(divisions + "100,40,-170,50")) {
      assertThat(feature.path("geometry").isNull()).as(feature.path("id").asString()).isTrue();
    }
    for (String id : List.of("addresses", "boundary-markers", "boundary-lines", "signs")) {
      JsonNode none = getJson("/ogc/collections/" + id + "/items?bbox=177,65,-177,70", 200);
      assertThat(none.path("numberMatched").asLong()).as(id).isZero();
      JsonNode all = getJson("/ogc/collections/" + id + "/items?bbox=177,40,100,50&limit=1", 200);
      assertThat(all.path("numberMatched").asLong())
          .as(id)
          .isEqualTo(
              getJson("/ogc/collections/" + id + "/items?limit=1", 200)
                  .path("numberMatched")
                  .asLong());
    }
  }

  @Test
  @DisplayName("/req/core/fc-time-response")
  void aDatetimeSelectsTheFeaturesValidThenAndThoseWithoutTime() {
    LocalDate day = LocalDate.parse("2022-01-01");
    for (String id : collectionIds()) {
      String items = "/ogc/collections/" + id + "/items?limit=10000";
      List<JsonNode> then = allFeatures(items + "&datetime=" + day);
      // addresses: a renumbered or retired address has versions (validFrom/validTo)
      boolean temporal =
          id.equals("divisions") || id.equals("place-names") || id.equals("addresses");
      if (!temporal) {
        // features without a temporal geometry match every datetime
        assertThat(then.size()).as(id).isEqualTo(allFeatures(items).size());
        continue;
      }
      assertThat(then).as(id).isNotEmpty();
      for (JsonNode feature : then) {
        JsonNode properties = feature.path("properties");
        String from = properties.path("validFrom").asString(null);
        String to = properties.path("validTo").asString(null);
        String what = id + " " + feature.path("id").asString();
        if (from != null) {
          assertThat(LocalDate.parse(from)).as(what).isBeforeOrEqualTo(day);
        }
        if (to != null) {
          assertThat(LocalDate.parse(to)).as(what).isAfterOrEqualTo(day);
        }
      }
    }
  }

  @Test
  @DisplayName("/req/core/fc-response")
  void theResponseHoldsOnlyTheSelectedFeatures() {
    for (String id : collectionIds()) {
      HttpResponse<String> response = get("/ogc/collections/" + id + "/items");
      assertThat(response.statusCode()).as(id).isEqualTo(200);
      assertThat(JSON.readTree(response.body()).path("type").asString())
          .isEqualTo("FeatureCollection");
    }
    List<JsonNode> counties = allFeatures("/ogc/collections/divisions/items?level=3&limit=50");
    assertThat(counties).isNotEmpty();
    counties.forEach(f -> assertThat(f.path("properties").path("level").asInt()).isEqualTo(3));
  }

  @Test
  @DisplayName("/req/core/fc-links")
  void itemsLinkThemselves() {
    for (String id : collectionIds()) {
      String path = "/ogc/collections/" + id + "/items?limit=2";
      JsonNode page = getJson(path, 200);
      String self = link(page, "self");
      assertThat(self).as(id).isNotNull();
      // the self link gives this very page again
      assertThat(ids(featuresOf(getJson(relative(self), 200)))).isEqualTo(ids(featuresOf(page)));
      // GeoJSON is the only encoding of features: no alternate
      assertThat(link(page, "alternate")).as(id).isNull();
    }
  }

  @Test
  @DisplayName("/req/core/fc-rel-type")
  void selfNextAndPrevLinksHaveTheirType() {
    for (String id : collectionIds()) {
      for (String query : List.of("?limit=2", "?limit=2&offset=2")) {
        String path = "/ogc/collections/" + id + "/items" + query;
        assertTypedLinks(getJson(path, 200), Set.of("self", "alternate", "next", "prev"), path);
      }
    }
  }

  @Test
  @DisplayName("/req/core/fc-timeStamp")
  void theTimeStampIsWhenTheResponseWasMade() {
    for (String id : collectionIds()) {
      Instant before = Instant.now().minusSeconds(1);
      JsonNode page = getJson("/ogc/collections/" + id + "/items?limit=1", 200);
      Instant after = Instant.now().plusSeconds(1);
      assertThat(Instant.parse(page.path("timeStamp").asString())).as(id).isBetween(before, after);
    }
  }

  @Test
  @DisplayName("/req/core/fc-numberMatched")
  void numberMatchedIsTheNumberOfSelectedFeatures() {
    for (JsonNode collection : collections()) {
      String id = collection.path("id").asString();
      List<String> queries = new ArrayList<>(List.of("", "&datetime=2022-01-01"));
      double[] extent = extentOf(collection);
      if (extent != null) {
        queries.add(
            "&bbox="
                + bboxParameter(
                    new double[] {extent[0], extent[1], (extent[0] + extent[2]) / 2, extent[3]}));
      }
      for (String query : queries) {
        String path = "/ogc/collections/" + id + "/items?limit=10000" + query;
        long matched = getJson(path, 200).path("numberMatched").asLong();
        assertThat(allFeatures(path)).as(path).hasSize((int) matched);
      }
    }
  }

  @Test
  @DisplayName("/req/core/fc-numberReturned")
  void numberReturnedIsTheNumberOfFeaturesInTheResponse() {
    for (String id : collectionIds()) {
      for (String query : List.of("", "?limit=7", "?limit=10000", "?limit=5&offset=3")) {
        JsonNode page = getJson("/ogc/collections/" + id + "/items" + query, 200);
        assertThat(page.path("numberReturned").asInt())
            .as(id + query)
            .isEqualTo(page.path("features").size());
      }
    }
  }

  // ---- a feature

  @Test
  @DisplayName("/req/core/f-op")
  void everyFeatureAnswersGet() {
    for (String id : collectionIds()) {
      for (JsonNode feature :
          getJson("/ogc/collections/" + id + "/items?limit=20", 200).path("features")) {
        String item = "/ogc/collections/" + id + "/items/" + feature.path("id").asString();
        assertThat(get(item).statusCode()).as(item).isEqualTo(200);
      }
    }
  }

  @Test
  @DisplayName("/req/core/f-success")
  void aFeatureIsTheFeatureOfTheList() {
    for (String id : collectionIds()) {
      for (JsonNode listed :
          getJson("/ogc/collections/" + id + "/items?limit=5", 200).path("features")) {
        String item = "/ogc/collections/" + id + "/items/" + listed.path("id").asString();
        JsonNode single = getJson(item, 200);
        assertThat(single.path("geometry")).as(item).isEqualTo(listed.path("geometry"));
        // a single feature may tell more than the list
        listed
            .path("properties")
            .properties()
            .forEach(
                p ->
                    assertThat(single.path("properties").path(p.getKey()))
                        .as(item + " " + p.getKey())
                        .isEqualTo(p.getValue()));
      }
    }
  }

  @Test
  @DisplayName("/req/core/f-links")
  void aFeatureLinksItselfAndItsCollection() {
    for (String id : collectionIds()) {
      for (JsonNode listed :
          getJson("/ogc/collections/" + id + "/items?limit=3", 200).path("features")) {
        String item = "/ogc/collections/" + id + "/items/" + listed.path("id").asString();
        JsonNode feature = getJson(item, 200);
        assertThat(link(feature, "self")).as(item).isEqualTo(baseUrl() + item);
        assertThat(link(feature, "collection")).isEqualTo(baseUrl() + "/ogc/collections/" + id);
        assertThat(link(feature, "alternate")).as(item).isNull();
        assertTypedLinks(feature, Set.of("self", "alternate", "collection"), item);
      }
    }
  }

  // ---- GeoJSON

  @Test
  @DisplayName("/req/geojson/definition")
  void featuresAndAFeatureAreGeoJson() {
    for (String id : collectionIds()) {
      HttpResponse<String> items = get("/ogc/collections/" + id + "/items?limit=1", GEO_JSON);
      assertThat(items.headers().firstValue("Content-Type")).as(id).hasValue(GEO_JSON);
      for (JsonNode feature : JSON.readTree(items.body()).path("features")) {
        HttpResponse<String> item =
            get("/ogc/collections/" + id + "/items/" + feature.path("id").asString(), GEO_JSON);
        assertThat(item.headers().firstValue("Content-Type")).as(id).hasValue(GEO_JSON);
      }
    }
  }

  @Test
  @DisplayName("/req/geojson/content")
  void geoJsonObjectsWithTheirIdsAndLinks() {
    for (String id : collectionIds()) {
      JsonNode page = getJson("/ogc/collections/" + id + "/items?limit=3", 200);
      assertThat(page.path("type").asString()).isEqualTo("FeatureCollection");
      assertThat(page.path("features").isArray()).isTrue();
      assertThat(page.path("links").isArray()).as(id).isTrue();
      for (JsonNode listed : page.path("features")) {
        String featureId = listed.path("id").asString();
        assertThat(listed.path("type").asString()).isEqualTo("Feature");
        assertThat(listed.has("geometry") && listed.has("properties")).isTrue();
        JsonNode feature = getJson("/ogc/collections/" + id + "/items/" + featureId, 200);
        assertThat(feature.path("type").asString()).isEqualTo("Feature");
        assertThat(feature.path("id").asString()).isEqualTo(featureId);
        assertThat(feature.path("links").isArray()).as(featureId).isTrue();
      }
    }
    // the JSON documents: landing page, conformance and collections as JSON
    assertThat(get("/ogc").headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(get("/ogc/collections").headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
  }

  private static void assertTypedLinks(JsonNode document, Set<String> rels, String where) {
    for (JsonNode link : document.path("links")) {
      if (rels.contains(link.path("rel").asString())) {
        assertThat(link.path("type").asString(""))
            .as(where + " " + link.path("rel").asString())
            .isNotBlank();
      }
    }
  }
}

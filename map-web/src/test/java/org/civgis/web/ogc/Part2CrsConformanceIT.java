package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The requirements of OGC API – Features – Part 2: Coordinate Reference Systems by Reference 1.0,
 * one test per requirement, named by its id, over every collection. The parameter definitions
 * ({@code fc-crs-definition}, {@code fc-bbox-crs-definition}) are tested with the API definition.
 */
class Part2CrsConformanceIT extends OgcConformanceSupport {
  private static final String EPSG_4490 = "http://www.opengis.net/def/crs/EPSG/0/4490";
  private static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
  private static final String EPSG_3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";
  private static final double EARTH_RADIUS_METERS = 6_378_137;

  private static List<String> crsOf(JsonNode collection) {
    List<String> crs = new ArrayList<>();
    collection.path("crs").forEach(c -> crs.add(c.asString()));
    return crs;
  }

  /** The first position of a feature's geometry, in the response's axis order. */
  private static double[] firstPosition(JsonNode geometry) {
    JsonNode node = geometry.path("coordinates");
    while (node.isArray() && node.size() > 0 && node.get(0).isArray()) {
      node = node.get(0);
    }
    return new double[] {node.get(0).asDouble(), node.get(1).asDouble()};
  }

  /** The collections with at least one feature with a geometry, with that feature's id. */
  private List<String[]> collectionsWithAGeometry() {
    List<String[]> found = new ArrayList<>();
    for (String id : collectionIds()) {
      for (JsonNode feature :
          getJson("/ogc/collections/" + id + "/items?limit=50", 200).path("features")) {
        if (!feature.path("geometry").isNull()) {
          found.add(new String[] {id, feature.path("id").asString()});
          break;
        }
      }
    }
    assertThat(found).hasSizeGreaterThan(5);
    return found;
  }

  // ---- discovery

  @Test
  @DisplayName("/req/crs/crs-uri")
  void everyCrsIsAUri() {
    List<String> all = new ArrayList<>();
    getJson("/ogc/collections", 200).path("crs").forEach(c -> all.add(c.asString()));
    collections().forEach(c -> all.addAll(crsOf(c)));
    collections().forEach(c -> all.add(c.path("storageCrs").asString()));
    for (String crs : all) {
      assertThat(crs).startsWith("http://www.opengis.net/def/crs/");
      assertThat(URI.create(crs).isAbsolute()).isTrue();
    }
  }

  @Test
  @DisplayName("/req/crs/fc-md-crs-list")
  void everyCollectionListsItsCrsWithTheDefault() {
    for (JsonNode collection : collections()) {
      assertThat(crsOf(collection))
          .as(collection.path("id").asString())
          .contains(CRS84, EPSG_4490, EPSG_4326, EPSG_3857)
          .doesNotHaveDuplicates();
    }
  }

  @Test
  @DisplayName("/req/crs/fc-md-crs-list-global")
  void theGlobalListHoldsForEveryCollection() {
    List<String> global = new ArrayList<>();
    getJson("/ogc/collections", 200).path("crs").forEach(c -> global.add(c.asString()));
    assertThat(global).contains(CRS84);
    for (String[] found : collectionsWithAGeometry()) {
      for (String crs : global) {
        HttpResponse<String> response =
            get("/ogc/collections/" + found[0] + "/items?limit=1&crs=" + crs);
        assertThat(response.statusCode()).as(found[0] + " " + crs).isEqualTo(200);
      }
    }
  }

  @Test
  @DisplayName("/req/crs/fc-md-storageCrs")
  void everyCollectionNamesItsStorageCrs() {
    for (JsonNode collection : collections()) {
      assertThat(collection.path("storageCrs").asString())
          .as(collection.path("id").asString())
          .isEqualTo(EPSG_4490);
    }
  }

  @Test
  @DisplayName("/req/crs/fc-md-storageCrs-valid-value")
  void theStorageCrsIsOneOfTheList() {
    for (JsonNode collection : collections()) {
      assertThat(crsOf(collection))
          .as(collection.path("id").asString())
          .contains(collection.path("storageCrs").asString());
    }
  }

  // ---- crs

  @Test
  @DisplayName("/req/crs/fc-crs-valid-value")
  void aCrsOutsideTheListIs400() {
    for (String[] found : collectionsWithAGeometry()) {
      String items = "/ogc/collections/" + found[0] + "/items";
      String item = items + "/" + found[1];
      for (String crs : List.of("http://www.opengis.net/def/crs/EPSG/0/32650", "EPSG:2000")) {
        assertThat(get(items + "?crs=" + crs).statusCode()).as(items).isEqualTo(400);
        assertThat(get(item + "?crs=" + crs).statusCode()).as(item).isEqualTo(400);
      }
    }
  }

  @Test
  @DisplayName("/req/crs/crs-exception")
  void theRefusalOfACrsSaysWhy() {
    HttpResponse<String> response =
        get("/ogc/collections/addresses/items?crs=http://www.opengis.net/def/crs/EPSG/0/32650");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("crs", "32650");
  }

  @Test
  @DisplayName("/req/crs/fc-crs-default-value")
  void withoutCrsTheDefaultIsCrs84() {
    for (String[] found : collectionsWithAGeometry()) {
      String item = "/ogc/collections/" + found[0] + "/items/" + found[1];
      HttpResponse<String> plain = get(item);
      HttpResponse<String> crs84 = get(item + "?crs=" + CRS84);
      assertThat(plain.headers().firstValue("Content-Crs")).as(item).hasValue("<" + CRS84 + ">");
      assertThat(JSON.readTree(plain.body()).path("geometry"))
          .as(item)
          .isEqualTo(JSON.readTree(crs84.body()).path("geometry"));
      double[] lonLat = firstPosition(JSON.readTree(plain.body()).path("geometry"));
      assertThat(lonLat[0]).as(item + " longitude first").isBetween(80.0, 100.0);
    }
  }

  @Test
  @DisplayName("/req/crs/fc-crs-action")
  void everyGeometryIsInTheAskedCrs() {
    for (String[] found : collectionsWithAGeometry()) {
      String item = "/ogc/collections/" + found[0] + "/items/" + found[1];
      String items = "/ogc/collections/" + found[0] + "/items?limit=1";
      double[] lonLat = firstPosition(getJson(item, 200).path("geometry"));
      for (String crs : List.of(EPSG_4490, EPSG_4326)) {
        for (String path : List.of(item + "?crs=" + crs, items + "&crs=" + crs)) {
          JsonNode body = getJson(path, 200);
          JsonNode geometry =
              body.has("features")
                  ? body.path("features").get(0).path("geometry")
                  : body.path("geometry");
          if (body.has("features") && geometry.isNull()) {
            continue;
          }
          double[] position = firstPosition(geometry);
          if (path.startsWith(item)) {
            // latitude first, as EPSG defines these CRSs
            assertThat(position[0]).as(path).isEqualTo(lonLat[1]);
            assertThat(position[1]).as(path).isEqualTo(lonLat[0]);
          } else {
            assertThat(position[0]).as(path + " latitude first").isBetween(40.0, 50.0);
          }
        }
      }
      double[] mercator = firstPosition(getJson(item + "?crs=" + EPSG_3857, 200).path("geometry"));
      assertThat(mercator[0])
          .as(item)
          .isCloseTo(EARTH_RADIUS_METERS * Math.toRadians(lonLat[0]), within(0.5));
      assertThat(mercator[1])
          .as(item)
          .isCloseTo(
              EARTH_RADIUS_METERS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lonLat[1]) / 2)),
              within(0.5));
    }
  }

  // ---- bbox-crs

  @Test
  @DisplayName("/req/crs/fc-bbox-crs-valid-value")
  void aBboxCrsOutsideTheListIs400() {
    for (String id : collectionIds()) {
      assertThat(
              get("/ogc/collections/" + id + "/items?bbox=1,2,3,4&bbox-crs=EPSG:9999").statusCode())
          .as(id)
          .isEqualTo(400);
    }
  }

  @Test
  @DisplayName("/req/crs/bbox-crs-exception")
  void theRefusalOfABboxCrsSaysWhy() {
    HttpResponse<String> response =
        get("/ogc/collections/addresses/items?bbox=1,2,3,4&bbox-crs=EPSG:9999");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("9999");
  }

  @Test
  @DisplayName("/req/crs/fc-bbox-crs-default-value")
  void withoutBboxCrsTheBboxIsCrs84() {
    for (JsonNode collection : collections()) {
      double[] extent = extentOf(collection);
      if (extent == null) {
        continue;
      }
      String items = "/ogc/collections/" + collection.path("id").asString() + "/items?limit=10000";
      String bbox = "&bbox=" + bboxParameter(half(extent));
      assertThat(ids(allFeatures(items + bbox)))
          .as(items)
          .isEqualTo(ids(allFeatures(items + bbox + "&bbox-crs=" + CRS84)));
    }
  }

  @Test
  @DisplayName("/req/crs/fc-bbox-crs-action")
  void aBboxInAnotherCrsSelectsTheSame() {
    for (JsonNode collection : collections()) {
      double[] extent = extentOf(collection);
      if (extent == null) {
        continue;
      }
      String items = "/ogc/collections/" + collection.path("id").asString() + "/items?limit=10000";
      double[] box = half(extent);
      List<String> expected = ids(allFeatures(items + "&bbox=" + bboxParameter(box)));
      // latitude first in EPSG:4490 and EPSG:4326
      String latLon = box[1] + "," + box[0] + "," + box[3] + "," + box[2];
      for (String crs : List.of(EPSG_4490, EPSG_4326)) {
        assertThat(ids(allFeatures(items + "&bbox=" + latLon + "&bbox-crs=" + crs)))
            .as(items + " " + crs)
            .isEqualTo(expected);
      }
      double[] mercator = {
        EARTH_RADIUS_METERS * Math.toRadians(box[0]),
        EARTH_RADIUS_METERS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(box[1]) / 2)),
        EARTH_RADIUS_METERS * Math.toRadians(box[2]),
        EARTH_RADIUS_METERS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(box[3]) / 2))
      };
      assertThat(
              ids(
                  allFeatures(
                      items + "&bbox=" + bboxParameter(mercator) + "&bbox-crs=" + EPSG_3857)))
          .as(items + " EPSG:3857")
          .isEqualTo(expected);
    }
  }

  // ---- Content-Crs

  @Test
  @DisplayName("/req/crs/ogc-crs-header")
  void everyFeatureResponseAssertsItsCrs() {
    for (String[] found : collectionsWithAGeometry()) {
      for (String crs : List.of(CRS84, EPSG_4490, EPSG_3857)) {
        String items = "/ogc/collections/" + found[0] + "/items?limit=1&crs=" + crs;
        String item = "/ogc/collections/" + found[0] + "/items/" + found[1] + "?crs=" + crs;
        assertThat(get(items).headers().firstValue("Content-Crs")).as(items).isPresent();
        assertThat(get(item).headers().firstValue("Content-Crs")).as(item).isPresent();
      }
    }
  }

  @Test
  @DisplayName("/req/crs/ogc-crs-header-value")
  void theHeaderIsTheCrsUriInAngleBrackets() {
    for (String[] found : collectionsWithAGeometry()) {
      for (String crs : List.of(CRS84, EPSG_4490, EPSG_4326, EPSG_3857)) {
        String item = "/ogc/collections/" + found[0] + "/items/" + found[1] + "?crs=" + crs;
        assertThat(get(item).headers().firstValue("Content-Crs"))
            .as(item)
            .hasValue("<" + crs + ">");
      }
    }
  }

  /**
   * The western half of a box, grown by 0.001° at its outer edges: the edges of an extent pass
   * through features, which a box converted to another CRS and back may miss by a rounding.
   */
  private static double[] half(double[] box) {
    double margin = 0.001;
    return new double[] {box[0] - margin, box[1] - margin, (box[0] + box[2]) / 2, box[3] + margin};
  }
}

package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays what the OAPIF provider of QGIS (3.32 and later) sends in an edit session, as its source
 * shows (docs/adr 0013): opening the layer (landing page, collection, conformance, queryables, the
 * first ten items, OPTIONS on the items and on the first item), downloading the features, then the
 * edits. With PATCH offered, QGIS sends a merge patch of the changed attributes only, or of the
 * geometry only, a POST of the whole new feature (taking the id from {@code Location}, then reading
 * it back) and a DELETE without body; none of them has {@code If-Match}. Without PATCH it PUTs the
 * whole feature as it holds it, {@code version} included. QGIS is the planner; the administrator is
 * the other user.
 */
class QgisEditSessionIT extends WebIntegrationTest {
  private static final String QGIS = "planner";
  private static final String OTHER = "admin";
  private static final String COLLECTION = "/ogc/collections/facilities";
  private static final String ITEMS = COLLECTION + "/items";

  private HttpResponse<String> qgis(String method, String path, String body, String... headers) {
    return send(method, path, QGIS, body, headers);
  }

  private HttpResponse<String> qgisGet(String path, String accept) {
    return send("GET", path, QGIS, null, "Accept", accept);
  }

  private static List<String> allowed(HttpResponse<String> options) {
    return Arrays.stream(options.headers().firstValue("Allow").orElse("").split(","))
        .map(String::strip)
        .toList();
  }

  /** A facility the other user created before QGIS opened the layer; its id. */
  private String createdByTheOtherUser(String name) {
    HttpResponse<String> response =
        send(
            "POST",
            ITEMS,
            OTHER,
            """
            {"type":"Feature","geometry":{"type":"Point","coordinates":[87.2907,44.0181]},
             "properties":{"name":"%s","type":"COMMUNITY_DAY_CARE","operator":"公建民营",
                           "status":"OPERATING","beds":20}}
            """
                .formatted(name));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asString();
  }

  /**
   * QgsOapifProvider::init and computeCapabilities, then the feature download: the features QGIS
   * holds, by id, and the capabilities it derived from OPTIONS.
   */
  private record Layer(
      Map<String, JsonNode> features, List<String> itemsAllow, List<String> itemAllow) {}

  private Layer openLayer() {
    assertThat(qgisGet("/ogc", "application/json").statusCode()).isEqualTo(200);
    assertThat(qgisGet(COLLECTION, "application/json").statusCode()).isEqualTo(200);
    JsonNode conformance = JSON.readTree(qgisGet("/ogc/conformance", "application/json").body());
    assertThat(conformance.path("conformsTo").toString())
        .contains("ogcapi-features-2/1.0/conf/crs");
    assertThat(qgisGet(COLLECTION + "/queryables", "application/schema+json").statusCode())
        .isEqualTo(200);
    HttpResponse<String> firstItems = qgisGet(ITEMS + "?limit=10", "application/geo+json");
    assertThat(firstItems.statusCode()).isEqualTo(200);
    String firstId = JSON.readTree(firstItems.body()).path("features").get(0).path("id").asString();
    List<String> itemsAllow = allowed(qgis("OPTIONS", ITEMS, null));
    List<String> itemAllow = allowed(qgis("OPTIONS", ITEMS + "/" + firstId, null));

    // the background download, page by page along the next links
    Map<String, JsonNode> features = new LinkedHashMap<>();
    String next = ITEMS + "?limit=1000";
    while (next != null) {
      JsonNode page = JSON.readTree(qgisGet(next, "application/geo+json").body());
      page.path("features").forEach(f -> features.put(f.path("id").asString(), f));
      next = null;
      for (JsonNode link : page.path("links")) {
        if (link.path("rel").asString().equals("next")) {
          next = link.path("href").asString().substring(baseUrl().length());
        }
      }
    }
    return new Layer(features, itemsAllow, itemAllow);
  }

  private JsonNode current(String id) {
    HttpResponse<String> response = send("GET", ITEMS + "/" + id, OTHER, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> patch(String id, String body) {
    // QgsOapifPatchFeatureRequest: application/merge-patch+json, no If-Match, Content-Crs only
    // when the layer CRS is not CRS84 (here it is: the first of the collection's crs list)
    return qgis("PATCH", ITEMS + "/" + id, body, "Content-Type", "application/merge-patch+json");
  }

  @Test
  void anEditSessionLandsAndKeepsTheVersionHonest() {
    String edited = createdByTheOtherUser("QGIS 编辑会话");
    String deleted = createdByTheOtherUser("QGIS 将删除");
    Layer layer = openLayer();
    assertThat(layer.itemsAllow()).contains("POST");
    assertThat(layer.itemAllow()).contains("PUT", "PATCH", "DELETE");
    assertThat(layer.features()).containsKeys(edited, deleted);

    // change an attribute: only the changed one
    HttpResponse<String> attribute = patch(edited, "{\"properties\":{\"beds\":25}}");
    assertThat(attribute.statusCode()).as(attribute.body()).isEqualTo(200);
    // move the vertex: only the geometry
    HttpResponse<String> moved =
        patch(edited, "{\"geometry\":{\"type\":\"Point\",\"coordinates\":[87.2911,44.0185]}}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    JsonNode after = current(edited);
    assertThat(after.path("properties").path("beds").asInt()).isEqualTo(25);
    assertThat(after.path("properties").path("name").asString()).isEqualTo("QGIS 编辑会话");
    assertThat(after.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(87.2911);

    // add a feature: QgsJsonExporter's whole feature, every field of the layer, id removed
    ObjectNode added = (ObjectNode) layer.features().get(edited).deepCopy();
    added.remove("id");
    added.remove("links");
    ObjectNode properties = (ObjectNode) added.path("properties");
    properties.put("name", "QGIS 新增设施");
    properties.putNull("version");
    properties.putNull("divisionCode");
    added.set("geometry", JSON.readTree("{\"type\":\"Point\",\"coordinates\":[87.2921,44.0191]}"));
    HttpResponse<String> created =
        qgis("POST", ITEMS, JSON.writeValueAsString(added), "Content-Type", "application/geo+json");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String createdId = location.substring(location.lastIndexOf("/items/") + "/items/".length());
    // QgsOapifSingleItemRequest: QGIS reads the new feature back
    HttpResponse<String> readBack = qgisGet(ITEMS + "/" + createdId, "application/geo+json");
    assertThat(readBack.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(readBack.body()).path("properties").path("name").asString())
        .isEqualTo("QGIS 新增设施");

    // delete features: no body, no header
    assertThat(qgis("DELETE", ITEMS + "/" + deleted, null).statusCode()).isEqualTo(204);
    assertThat(qgis("DELETE", ITEMS + "/" + createdId, null).statusCode()).isEqualTo(204);
    assertThat(send("GET", ITEMS + "/" + deleted, OTHER, null).statusCode()).isEqualTo(404);

    // restore the edited one
    String etag = send("GET", ITEMS + "/" + edited, OTHER, null).headers().firstValue("ETag").get();
    assertThat(send("DELETE", ITEMS + "/" + edited, OTHER, null, "If-Match", etag).statusCode())
        .isEqualTo(204);
  }

  @Test
  void aChangeByAnotherUserBetweenTheReadAndTheWriteIsRefusedNotOverwritten() {
    String id = createdByTheOtherUser("QGIS 并发修改");
    Layer layer = openLayer();
    assertThat(layer.features()).containsKey(id);

    // the other user changes the facility after QGIS read it
    HttpResponse<String> otherRead = send("GET", ITEMS + "/" + id, OTHER, null);
    ObjectNode otherBody = (ObjectNode) JSON.readTree(otherRead.body());
    ((ObjectNode) otherBody.path("properties")).put("beds", 60);
    HttpResponse<String> otherWrite =
        send(
            "PUT",
            ITEMS + "/" + id,
            OTHER,
            otherBody.toString(),
            "If-Match",
            otherRead.headers().firstValue("ETag").orElseThrow());
    assertThat(otherWrite.statusCode()).as(otherWrite.body()).isEqualTo(200);

    // QGIS's attribute patch, geometry patch and delete are all refused
    HttpResponse<String> attribute = patch(id, "{\"properties\":{\"beds\":21}}");
    assertThat(attribute.statusCode()).as(attribute.body()).isEqualTo(412);
    assertThat(
            patch(id, "{\"geometry\":{\"type\":\"Point\",\"coordinates\":[87.2908,44.0182]}}")
                .statusCode())
        .isEqualTo(412);
    assertThat(qgis("DELETE", ITEMS + "/" + id, null).statusCode()).isEqualTo(412);
    // QGIS's PUT (when PATCH is not offered) carries the version it read: refused too
    ObjectNode held = (ObjectNode) layer.features().get(id).deepCopy();
    held.remove("links");
    ((ObjectNode) held.path("properties")).put("beds", 22);
    HttpResponse<String> put =
        qgis(
            "PUT",
            ITEMS + "/" + id,
            JSON.writeValueAsString(held),
            "Content-Type",
            "application/geo+json");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(412);

    JsonNode now = current(id);
    assertThat(now.path("properties").path("beds").asInt()).isEqualTo(60);
    assertThat(now.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(87.2907);

    // after reloading the layer, QGIS's edit lands
    openLayer();
    assertThat(patch(id, "{\"properties\":{\"beds\":21}}").statusCode()).isEqualTo(200);
    assertThat(current(id).path("properties").path("beds").asInt()).isEqualTo(21);
    String etag = send("GET", ITEMS + "/" + id, OTHER, null).headers().firstValue("ETag").get();
    assertThat(send("DELETE", ITEMS + "/" + id, OTHER, null, "If-Match", etag).statusCode())
        .isEqualTo(204);
  }

  @Test
  void whenPatchIsNotUsedQgisPutsTheWholeFeatureWithTheVersionItRead() {
    String id = createdByTheOtherUser("QGIS 整体替换");
    Layer layer = openLayer();
    // QgsOapifPutFeatureRequest: QgsJsonExporter's feature with its id, bbox removed
    ObjectNode held = (ObjectNode) layer.features().get(id).deepCopy();
    held.remove("links");
    ((ObjectNode) held.path("properties")).put("beds", 23);
    HttpResponse<String> put =
        qgis(
            "PUT",
            ITEMS + "/" + id,
            JSON.writeValueAsString(held),
            "Content-Type",
            "application/geo+json");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    JsonNode now = current(id);
    assertThat(now.path("properties").path("beds").asInt()).isEqualTo(23);
    // the version was a precondition, not data: the feature has its new one
    assertThat(now.path("properties").path("version").asString())
        .isNotEqualTo(held.path("properties").path("version").asString());
    String etag = send("GET", ITEMS + "/" + id, OTHER, null).headers().firstValue("ETag").get();
    assertThat(send("DELETE", ITEMS + "/" + id, OTHER, null, "If-Match", etag).statusCode())
        .isEqualTo(204);
  }
}

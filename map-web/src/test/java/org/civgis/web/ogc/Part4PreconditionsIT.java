package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The preconditions of OGC API – Features Part 4 writes (draft 20-002, requirement classes {@code
 * create-replace-delete} and {@code update}; optimistic locking with entity tags per RFC 9110
 * §13.1.1), on features of {@code facilities} created for each test by another user.
 */
class Part4PreconditionsIT extends WebIntegrationTest {
  static final String ITEMS = "/ogc/collections/facilities/items";

  /** A facility created by the administrator; its id. */
  private String created(String name) {
    HttpResponse<String> response =
        send(
            "POST",
            ITEMS,
            "admin",
            """
            {"type":"Feature","geometry":{"type":"Point","coordinates":[87.2812,44.0263]},
             "properties":{"name":"%s","type":"COMMUNITY_DAY_CARE","operator":"公建民营",
                           "status":"OPERATING","beds":20}}
            """
                .formatted(name));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asString();
  }

  private record Read(JsonNode feature, String etag) {}

  private Read read(String id) {
    HttpResponse<String> response = send("GET", ITEMS + "/" + id, "planner", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new Read(
        JSON.readTree(response.body()), response.headers().firstValue("ETag").orElseThrow());
  }

  private static String withBeds(JsonNode feature, int beds, boolean keepVersion) {
    ObjectNode copy = (ObjectNode) feature.deepCopy();
    copy.remove("links");
    ObjectNode properties = (ObjectNode) copy.path("properties");
    properties.put("beds", beds);
    if (!keepVersion) {
      properties.remove("version");
    }
    return JSON.writeValueAsString(copy);
  }

  private HttpResponse<String> put(String id, String body, String... headers) {
    return send("PUT", ITEMS + "/" + id, "planner", body, headers);
  }

  private static String detail(HttpResponse<String> response) {
    return JSON.readTree(response.body()).path("detail").asString();
  }

  // ---- If-Match: *

  @Test
  void req_create_replace_delete_put_ifMatchStarReplacesAnExistingFeature() {
    String id = created("星号替换");
    Read before = read(id);
    HttpResponse<String> replaced = put(id, withBeds(before.feature(), 31, false), "If-Match", "*");
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(read(id).feature().path("properties").path("beds").asInt()).isEqualTo(31);
  }

  @Test
  void req_update_patch_ifMatchStarUpdatesAnExistingFeature() {
    String id = created("星号补丁");
    HttpResponse<String> patched =
        send(
            "PATCH",
            ITEMS + "/" + id,
            "planner",
            "{\"properties\":{\"beds\":32}}",
            "Content-Type",
            "application/merge-patch+json",
            "If-Match",
            "*");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(read(id).feature().path("properties").path("beds").asInt()).isEqualTo(32);
  }

  @Test
  void req_create_replace_delete_delete_ifMatchStarDeletesAnExistingFeature() {
    String id = created("星号删除");
    HttpResponse<String> deleted =
        send("DELETE", ITEMS + "/" + id, "planner", null, "If-Match", "*");
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    assertThat(send("GET", ITEMS + "/" + id, "planner", null).statusCode()).isEqualTo(404);
  }

  @Test
  void ifMatchStarOnAMissingFeatureFailsWith412() {
    String id = created("星号不存在");
    Read before = read(id);
    assertThat(
            send("DELETE", ITEMS + "/" + id, "planner", null, "If-Match", before.etag())
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> put = put(id, withBeds(before.feature(), 33, false), "If-Match", "*");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(412);
    assertThat(detail(put)).contains("不存在");
    assertThat(send("DELETE", ITEMS + "/" + id, "planner", null, "If-Match", "*").statusCode())
        .isEqualTo(412);
    assertThat(send("DELETE", ITEMS + "/99999999", "planner", null, "If-Match", "*").statusCode())
        .isEqualTo(412);
  }

  // ---- strong comparison

  @Test
  void theEtagsSentAreStrong() {
    String id = created("强标签");
    assertThat(read(id).etag()).startsWith("\"").doesNotStartWith("W/");
    HttpResponse<String> replaced =
        put(id, withBeds(read(id).feature(), 34, false), "If-Match", read(id).etag());
    assertThat(replaced.headers().firstValue("ETag").orElseThrow()).startsWith("\"");
  }

  @Test
  void aWeakEtagNeverMatchesAWrite() {
    String id = created("弱标签");
    Read before = read(id);
    String weak = "W/" + before.etag();
    HttpResponse<String> put = put(id, withBeds(before.feature(), 35, false), "If-Match", weak);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(412);
    assertThat(detail(put)).contains("弱").contains("W/");
    HttpResponse<String> delete =
        send("DELETE", ITEMS + "/" + id, "planner", null, "If-Match", weak);
    assertThat(delete.statusCode()).isEqualTo(412);
    assertThat(read(id).etag()).isEqualTo(before.etag());
    // nor as the version property
    ObjectNode body = (ObjectNode) JSON.readTree(withBeds(before.feature(), 36, true));
    ((ObjectNode) body.path("properties"))
        .put(
            "version",
            "W/\"" + before.feature().path("properties").path("version").asString() + "\"");
    assertThat(put(id, JSON.writeValueAsString(body)).statusCode()).isEqualTo(412);
    assertThat(read(id).etag()).isEqualTo(before.etag());
  }

  @Test
  void aListOfEtagsMatchesWhenAnyMatches() {
    String id = created("标签列表");
    Read before = read(id);
    HttpResponse<String> stale =
        put(id, withBeds(before.feature(), 37, false), "If-Match", "\"facility-0-0\", \"x\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    HttpResponse<String> listed =
        put(
            id,
            withBeds(before.feature(), 38, false),
            "If-Match",
            "\"facility-0-0\", W/\"x\" ," + before.etag());
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(read(id).feature().path("properties").path("beds").asInt()).isEqualTo(38);
  }

  @Test
  void aMalformedIfMatchIs400NamingIt() {
    String id = created("坏标签");
    Read before = read(id);
    for (String malformed : new String[] {"facility-1-1", "\"unterminated", "\"a\" \"b\"", "W/x"}) {
      HttpResponse<String> put =
          put(id, withBeds(before.feature(), 39, false), "If-Match", malformed);
      assertThat(put.statusCode()).as(malformed + " " + put.body()).isEqualTo(400);
      assertThat(put.body()).contains("If-Match");
    }
    assertThat(read(id).etag()).isEqualTo(before.etag());
  }

  // ---- without If-Match

  @Test
  void aPutWithNeitherIfMatchNorVersionIs428() {
    String id = created("无版本");
    Read before = read(id);
    HttpResponse<String> put = put(id, withBeds(before.feature(), 40, false));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(428);
    assertThat(detail(put)).contains("If-Match").contains("version");
    assertThat(read(id).etag()).isEqualTo(before.etag());
  }

  @Test
  void aPatchOrDeleteOfAFeatureNeverServedToTheUserIs428() {
    String id = created("未读取"); // by admin: never served to the planner
    HttpResponse<String> patch =
        send(
            "PATCH",
            ITEMS + "/" + id,
            "planner",
            "{\"properties\":{\"beds\":41}}",
            "Content-Type",
            "application/merge-patch+json");
    assertThat(patch.statusCode()).as(patch.body()).isEqualTo(428);
    assertThat(send("DELETE", ITEMS + "/" + id, "planner", null).statusCode()).isEqualTo(428);
  }

  @Test
  void theVersionPropertyStandsInForIfMatchAndIsNeverStored() {
    String id = created("版本属性");
    Read before = read(id);
    String version = before.feature().path("properties").path("version").asString();
    assertThat("\"" + version + "\"").isEqualTo(before.etag());

    HttpResponse<String> ok = put(id, withBeds(before.feature(), 42, true));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    Read after = read(id);
    assertThat(after.feature().path("properties").path("beds").asInt()).isEqualTo(42);
    assertThat(after.feature().path("properties").path("version").asString())
        .isEqualTo(FeatureVersion.opaque(after.etag()))
        .isNotEqualTo(version);

    HttpResponse<String> stale = put(id, withBeds(before.feature(), 43, true));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertThat(read(id).feature().path("properties").path("beds").asInt()).isEqualTo(42);
  }
}

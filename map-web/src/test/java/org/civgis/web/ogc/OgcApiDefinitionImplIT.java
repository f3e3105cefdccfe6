package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civgis.web.ogc.OgcApiDefinitionIT.OPENAPI_3_0;
import static org.civgis.web.ogc.OgcApiDefinitionIT.fetch;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API definition of the OGC API against the server (OGC API – Features Part 1, requirements
 * class "OpenAPI 3.0"): what it documents is there, and what the server answers is documented.
 */
class OgcApiDefinitionImplIT extends WebIntegrationTest {
  private JsonNode definition;
  private String server;

  @BeforeEach
  void readDefinition() {
    HttpResponse<String> response = get("/ogc/api", OPENAPI_3_0);
    assertThat(response.statusCode()).isEqualTo(200);
    definition = JSON.readTree(response.body());
    server = definition.path("servers").get(0).path("url").asString();
  }

  private JsonNode responses(String path, String method) {
    JsonNode responses = definition.path("paths").path(path).path(method).path("responses");
    assertThat(responses.isObject()).as(method + " " + path).isTrue();
    return responses;
  }

  private List<String> documentedCodes(String path, String method) {
    return new ArrayList<>(responses(path, method).propertyNames());
  }

  /** The first media type of a GET's 200 response: what a client asks for. */
  private String mediaType(String path) {
    JsonNode content = responses(path, "get").path("200").path("content");
    return content.propertyNames().iterator().next();
  }

  private String anyFeatureId(String collectionId) {
    JsonNode features =
        getJson("/ogc/collections/" + collectionId + "/items?limit=1", 200).path("features");
    return features.isEmpty() ? null : features.get(0).path("id").asString();
  }

  private String collectionIdOf(String path) {
    return path.split("/")[2];
  }

  /** {@code path} with its templates filled in: a collection of the enum, a real feature. */
  private String concrete(String path) {
    String concrete = path;
    if (concrete.contains("{collectionId}")) {
      concrete = concrete.replace("{collectionId}", "divisions");
    }
    if (concrete.contains("{featureId}")) {
      String id = anyFeatureId(collectionIdOf(path));
      concrete = id == null ? null : concrete.replace("{featureId}", id);
    }
    return concrete;
  }

  /** A GET request on documented {@code path} that gives {@code code}, as the server answers it. */
  private HttpResponse<String> provoke(String path, String code) {
    String accept = mediaType(path);
    switch (code) {
      case "200" -> {
        String url = concrete(path);
        return url == null ? null : fetch(server + url, accept);
      }
      case "303" -> {
        if (path.equals("/api")) {
          return fetch(server + path, "text/html");
        }
      }
      case "400" -> {
        if (path.endsWith("/items")) {
          return fetch(server + path + "?limit=0", accept);
        }
        if (path.endsWith("/items/{featureId}")) {
          return fetch(server + path.replace("{featureId}", "x") + "?crs=nonsense", accept);
        }
      }
      case "404" -> {
        if (path.equals("/collections/{collectionId}")) {
          return fetch(server + "/collections/no-such-collection", accept);
        }
        if (path.endsWith("/items/{featureId}")) {
          return fetch(server + path.replace("{featureId}", "no-such-feature"), accept);
        }
      }
      case "406" -> {
        if (path.equals("/api")) {
          return fetch(server + path, "image/png");
        }
      }
      default -> {}
    }
    throw new AssertionError("no request known that gives " + code + " on GET " + path);
  }

  @Test
  @DisplayName("/req/oas30/oas-impl")
  void oasImpl() {
    int checked = 0;
    for (String path : definition.path("paths").propertyNames()) {
      if (!definition.path("paths").path(path).has("get")) {
        continue;
      }
      for (String code : documentedCodes(path, "get")) {
        HttpResponse<String> response = provoke(path, code);
        if (response == null) {
          continue; // an empty collection has no feature to GET
        }
        assertThat(response.statusCode())
            .as("GET " + path + " documented " + code + ": " + response.body())
            .isEqualTo(Integer.parseInt(code));
        if (code.equals("200")) {
          assertThat(response.headers().firstValue("Content-Type").orElseThrow())
              .as(path)
              .startsWith(mediaType(path));
        } else if (code.startsWith("4")) {
          assertThat(response.headers().firstValue("Content-Type"))
              .as(path)
              .hasValue("application/problem+json");
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  @DisplayName("/req/oas30/completeness: the refusals of reads are documented")
  void completenessOfReads() {
    Map<String, String> refusals =
        Map.of(
            "unknownQueryParam12345=1", "unknown parameter",
            "bbox=1,2,3", "three numbers",
            "datetime=yesterday", "not a date",
            "filter-lang=ecql", "unknown language",
            "limit=abc", "not a number");
    for (String path : definition.path("paths").propertyNames()) {
      if (!path.endsWith("/items")) {
        continue;
      }
      for (String query : refusals.keySet()) {
        HttpResponse<String> response = get("/ogc" + path + "?" + query, "application/geo+json");
        assertThat(documentedCodes(path, "get"))
            .as(path + "?" + query)
            .contains(String.valueOf(response.statusCode()));
      }
      String item = path + "/{featureId}";
      HttpResponse<String> unknown =
          get("/ogc" + item.replace("{featureId}", "no-such-feature"), "application/geo+json");
      assertThat(documentedCodes(item, "get")).contains(String.valueOf(unknown.statusCode()));
    }
    assertThat(documentedCodes("/collections/{collectionId}", "get"))
        .contains(String.valueOf(get("/ogc/collections/nothing").statusCode()));
    assertThat(documentedCodes("/api", "get"))
        .contains(String.valueOf(get("/ogc/api", "text/csv").statusCode()));
  }

  @Test
  @DisplayName("/req/oas30/completeness: the refusals of writes are documented")
  void completenessOfWrites() {
    int editable = 0;
    for (String path : definition.path("paths").propertyNames()) {
      if (!definition.path("paths").path(path).has("post")) {
        continue;
      }
      editable++;
      String collectionId = collectionIdOf(path);
      String item = path + "/{featureId}";
      // a division inside the administrator's jurisdiction (昌吉市), so that the precondition is
      // what refuses the writes below
      String id = collectionId.equals("divisions") ? "652301000000" : anyFeatureId(collectionId);
      String feature = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}";

      // anonymous: 401 on every write
      assertThat(send("POST", "/ogc" + path, null, feature).statusCode()).isEqualTo(401);
      assertThat(documentedCodes(path, "post")).contains("401", "403");
      if (id == null) {
        continue;
      }
      String url = "/ogc" + item.replace("{featureId}", id);
      for (String method : List.of("PUT", "PATCH", "DELETE")) {
        HttpResponse<String> anonymous = send(method, url, null, "{}");
        assertThat(anonymous.statusCode()).as(method + " " + url).isEqualTo(401);
        assertThat(documentedCodes(item, method.toLowerCase())).contains("401");
      }
      // a viewer may not write
      HttpResponse<String> viewer = send("POST", "/ogc" + path, "viewer", feature);
      assertThat(documentedCodes(path, "post")).contains(String.valueOf(viewer.statusCode()));

      // without If-Match: 428; with a stale ETag: 412 (nothing is written either way)
      HttpResponse<String> current = send("GET", url, "admin", null);
      ObjectNode body = (ObjectNode) JSON.readTree(current.body());
      body.remove("links");
      HttpResponse<String> withoutIfMatch = send("PUT", url, "admin", "{}");
      assertThat(documentedCodes(item, "put"))
          .as(withoutIfMatch.body())
          .contains(String.valueOf(withoutIfMatch.statusCode()));
      HttpResponse<String> stale =
          send("PUT", url, "admin", body.toString(), "If-Match", "\"stale-etag\"");
      assertThat(documentedCodes(item, "put"))
          .as(stale.body())
          .contains(String.valueOf(stale.statusCode()));
      if (collectionId.equals("divisions")) {
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
      }
      // (a DELETE without If-Match of a feature just served to the same editor is checked against
      // what was served, as QGIS needs: Part4PreconditionsIT and QgisEditSessionIT show both)
      assertThat(documentedCodes(item, "delete")).contains("428", "412");
    }
    assertThat(editable).isGreaterThanOrEqualTo(3);
  }

  @Test
  @DisplayName("/req/oas30/security: writes need the bearer scheme, reads are public")
  void securityScheme() {
    JsonNode scheme =
        definition
            .path("components")
            .path("securitySchemes")
            .path(OgcApiComponents.SECURITY_SCHEME);
    assertThat(scheme.path("type").asString()).isEqualTo("http");
    assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
    int writes = 0;
    for (String path : definition.path("paths").propertyNames()) {
      JsonNode item = definition.path("paths").path(path);
      for (String method : item.propertyNames()) {
        JsonNode security = item.path(method).path("security");
        if (method.equals("get")) {
          assertThat(security.isMissingNode()).as("GET " + path).isTrue();
        } else {
          writes++;
          assertThat(security.toString())
              .as(method + " " + path)
              .isEqualTo("[{\"" + OgcApiComponents.SECURITY_SCHEME + "\":[]}]");
        }
      }
    }
    assertThat(writes).isGreaterThan(0);
  }

  @Test
  @DisplayName("writes document their real codes, headers and request bodies")
  void writeResponses() {
    JsonNode items = definition.path("paths").path("/collections/divisions/items");
    JsonNode created = items.path("post").path("responses").path("201");
    assertThat(created.path("headers").propertyNames()).contains("Location", "ETag");
    assertThat(created.path("content").propertyNames()).contains("application/geo+json");
    assertThat(items.path("post").path("requestBody").path("content").propertyNames())
        .first()
        .isEqualTo("application/geo+json");

    JsonNode item = definition.path("paths").path("/collections/divisions/items/{featureId}");
    assertThat(item.path("put").path("responses").path("200").path("headers").propertyNames())
        .contains("ETag");
    assertThat(item.path("patch").path("requestBody").path("content").propertyNames())
        .first()
        .isEqualTo("application/merge-patch+json");
    assertThat(item.path("delete").path("responses").propertyNames())
        .contains("204", "401", "403", "412", "428")
        .doesNotContain("200");
    assertThat(item.path("get").path("responses").path("200").path("headers").propertyNames())
        .contains("ETag");

    // a read-only collection offers no writes
    JsonNode lines = definition.path("paths").path("/collections/boundary-lines/items");
    assertThat(lines.propertyNames()).containsExactly("get");
  }
}

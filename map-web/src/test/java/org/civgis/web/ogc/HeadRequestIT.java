package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code HEAD} wherever {@code GET} is allowed, without a token where {@code GET} needs none: the
 * same status and headers as {@code GET}, without the body (RFC 9110, section 9.3.2; OGC API –
 * Features builds on HTTP, /req/core/http).
 */
class HeadRequestIT extends WebIntegrationTest {
  /** Headers that describe one transfer, not the resource. */
  private static final Set<String> PER_TRANSFER =
      Set.of("date", "content-length", "transfer-encoding", "connection", "keep-alive");

  private static final List<String> PUBLIC_PATHS =
      List.of(
          "/ogc",
          "/ogc/conformance",
          "/ogc/collections",
          "/ogc/collections/divisions",
          "/ogc/collections/divisions/items",
          "/ogc/collections/divisions/items?level=3&bbox=87,43,88,45",
          "/ogc/collections/divisions/items/652301000000",
          "/ogc/collections/addresses/items?limit=5",
          "/ogc/collections/divisions/queryables",
          "/tiles/divisions.json",
          "/tiles/divisions/7/95/46.mvt",
          "/v3/api-docs");

  private static Map<String, List<String>> resourceHeaders(HttpResponse<String> response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("set-cookie")) {
                // a fresh CSRF token each time: the same cookies, not the same values
                headers.put("set-cookie", values.stream().map(c -> c.split("=", 2)[0]).toList());
              } else if (!PER_TRANSFER.contains(name.toLowerCase()) && !name.startsWith(":")) {
                headers.put(name.toLowerCase(), values);
              }
            });
    return headers;
  }

  @Test
  @DisplayName("/req/core/http: HEAD without a token where GET is public")
  void headAnswersAsGetWithoutTheBody() {
    for (String path : PUBLIC_PATHS) {
      send("GET", path, null, null); // a tile's first GET fills the cache; compare the second
      HttpResponse<String> get = send("GET", path, null, null);
      HttpResponse<String> head = send("HEAD", path, null, null);
      assertThat(get.statusCode()).as("GET " + path).isEqualTo(200);
      assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
      assertThat(head.body()).as("HEAD " + path).isEmpty();
      assertThat(resourceHeaders(head)).as("HEAD " + path).isEqualTo(resourceHeaders(get));
    }
  }

  @Test
  @DisplayName("/req/core/http: HEAD of a missing feature is 404, as GET")
  void headOfAMissingFeatureIs404() {
    String path = "/ogc/collections/divisions/items/999999999999";
    assertThat(send("HEAD", path, null, null).statusCode())
        .isEqualTo(send("GET", path, null, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("/req/core/http: HEAD needs a token where GET does")
  void headOfAProtectedResourceNeedsAToken() {
    String path = "/api/signs/summary";
    assertThat(send("GET", path, null, null).statusCode()).isEqualTo(401);
    assertThat(send("HEAD", path, null, null).statusCode()).isEqualTo(401);
  }
}

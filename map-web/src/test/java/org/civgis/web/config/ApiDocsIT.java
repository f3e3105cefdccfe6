package org.civgis.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document of the app's JSON API (springdoc), by the media types that name it. */
class ApiDocsIT extends WebIntegrationTest {

  @Test
  @DisplayName("/v3/api-docs answers its OpenAPI 3.1 media type (was 406) and says 3.1")
  void theOpenApi31MediaType() {
    HttpResponse<String> response =
        get("/v3/api-docs", "application/vnd.oai.openapi+json;version=3.1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.oai.openapi+json;version=3.1");
    JsonNode document = JSON.readTree(response.body());
    assertThat(document.path("openapi").asString()).startsWith("3.1.");
    assertThat(document.path("paths").has("/api/divisions/{code}")).isTrue();
  }

  @Test
  @DisplayName("/v3/api-docs as application/json is the same 3.1 document")
  void applicationJson() {
    HttpResponse<String> response = get("/v3/api-docs", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    JsonNode document = JSON.readTree(response.body());
    assertThat(document.path("openapi").asString()).startsWith("3.1.");
    assertThat(document.path("paths").has("/api/divisions/{code}")).isTrue();
  }

  @Test
  @DisplayName("/v3/api-docs is not asked for as OpenAPI 3.0: that is /ogc/api, for the OGC API")
  void notTheOgcApi() {
    assertThat(get("/v3/api-docs", "application/vnd.oai.openapi+json;version=3.0").statusCode())
        .isEqualTo(406);
    JsonNode document = getJson("/v3/api-docs", 200);
    assertThat(document.path("paths").propertyNames()).noneMatch(p -> p.startsWith("/ogc"));
  }
}

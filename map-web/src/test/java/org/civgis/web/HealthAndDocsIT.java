package org.civgis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HealthAndDocsIT extends WebIntegrationTest {

  @Test
  void healthReportsTheDatabaseToAnAdministrator() {
    JsonNode health = JSON.readTree(send("GET", "/actuator/health", "admin", null).body());
    assertThat(health.path("status").asString()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("details").path("database").asString())
        .isEqualTo("PostgreSQL");
  }

  @Test
  void openApiDescribesTheEndpoints() {
    JsonNode openApi = getJson("/v3/api-docs", 200);
    assertThat(openApi.path("openapi").asString()).startsWith("3.");
    assertThat(openApi.path("paths").has("/api/divisions/{code}")).isTrue();
    // the OGC API has its own definition
    assertThat(getJson("/ogc/api", 200).path("paths").has("/collections/divisions/items")).isTrue();
    assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void theFrontendIsServedAtTheRoot() {
    var page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"app\"");
  }
}

package org.civgis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What an anonymous client learns from health checks and refusals. */
class ExposureIT extends WebIntegrationTest {

  @Test
  void healthShowsDetailsOnlyToAnAdministrator() {
    JsonNode anonymous = getJson("/actuator/health", 200);
    assertThat(anonymous.path("status").asString()).isEqualTo("UP");
    assertThat(anonymous.has("components")).isFalse();
    assertThat(anonymous.toString()).doesNotContain("PostgreSQL");

    JsonNode viewer = JSON.readTree(send("GET", "/actuator/health", "viewer", null).body());
    assertThat(viewer.toString()).doesNotContain("PostgreSQL");

    JsonNode admin = JSON.readTree(send("GET", "/actuator/health", "admin", null).body());
    assertThat(admin.path("components").path("db").path("details").path("database").asString())
        .isEqualTo("PostgreSQL");
  }

  @Test
  void aCsrfRefusalSaysWhatIsMissingAndHowToGetIt() {
    Browser browser = new Browser(baseUrl());
    assertThat(browser.login("planner", DemoUsers.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    HttpResponse<String> refused =
        browser.send(
            browser
                .request("/api/planning/coverage-runs")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(refused.statusCode()).isEqualTo(403);
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.path("type").asString()).isEqualTo("/problems/csrf");
    assertThat(problem.path("detail").asString())
        .contains("CSRF")
        .contains("XSRF-TOKEN")
        .contains("X-XSRF-TOKEN")
        .doesNotContain("角色");
  }
}

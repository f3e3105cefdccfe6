package org.civgis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Behind a configured proxy the app takes the client's address from {@code X-Forwarded-For} (the
 * last address that is not a trusted proxy, so a value the client made up in front of it counts for
 * nothing) and builds links from {@code X-Forwarded-Host} and {@code X-Forwarded-Proto}.
 */
class TrustedProxyIT extends BehindTrustedProxy {
  @Autowired JdbcClient jdbc;

  @Test
  void theAuditTakesTheClientAddressTheProxyAdded() {
    // the client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw
    Browser browser = new Browser(baseUrl(), "X-Forwarded-For", "6.6.6.6, 203.0.113.77");
    assertThat(browser.login("planner", DemoUsers.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select client_address from platform.audit_event"
                        + " where actor_name = 'planner' and action = 'LOGIN'"
                        + " order by id desc limit 1")
                .query(String.class)
                .single())
        .isEqualTo("203.0.113.77");
  }

  @Test
  void linksUseTheHostAndSchemeTheProxyReports() {
    HttpResponse<String> tileJson =
        send(
            "GET",
            "/tiles/divisions.json",
            null,
            null,
            "X-Forwarded-Host",
            "maps.example.gov.cn",
            "X-Forwarded-Proto",
            "https");
    assertThat(tileJson.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(tileJson.body()).path("tiles").get(0).asString())
        .isEqualTo("https://maps.example.gov.cn/tiles/divisions/{z}/{x}/{y}.mvt");
  }
}

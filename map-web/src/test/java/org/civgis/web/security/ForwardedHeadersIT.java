package org.civgis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Without configured proxies (the default) no client can claim another address, host or scheme with
 * {@code X-Forwarded-*}: the audit keeps the connection's address, links keep the Host.
 */
class ForwardedHeadersIT extends WebIntegrationTest {
  private static final String[] SPOOFED = {
    "X-Forwarded-For", "6.6.6.6",
    "X-Forwarded-Host", "evil.example",
    "X-Forwarded-Proto", "https",
    "X-Forwarded-Port", "8443",
    "Forwarded", "for=6.6.6.6;host=evil.example;proto=https"
  };

  @Autowired JdbcClient jdbc;

  @Test
  void theAuditKeepsTheAddressOfTheConnection() {
    Browser browser = new Browser(baseUrl(), SPOOFED);
    assertThat(browser.login("viewer", DemoUsers.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    String address =
        jdbc.sql(
                "select client_address from platform.audit_event"
                    + " where actor_name = 'viewer' and action = 'LOGIN' order by id desc limit 1")
            .query(String.class)
            .single();
    assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
  }

  @Test
  void linksKeepTheHostOfTheRequest() {
    HttpResponse<String> tileJson = send("GET", "/tiles/divisions.json", null, null, SPOOFED);
    assertThat(tileJson.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(tileJson.body()).path("tiles").get(0).asString())
        .startsWith(baseUrl() + "/tiles/divisions/");

    HttpResponse<String> landing = send("GET", "/ogc", null, null, SPOOFED);
    assertThat(landing.statusCode()).isEqualTo(200);
    assertThat(landing.body()).doesNotContain("evil.example").doesNotContain("https:");
    JsonNode links = JSON.readTree(landing.body()).path("links");
    assertThat(links.get(0).path("href").asString()).startsWith(baseUrl());
  }
}

package org.civgis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Roles, jurisdictions, drafts, tokens, browser login with CSRF, lock-out, headers. */
class SecurityIT extends WebIntegrationTest {
  @Autowired UserRepository users;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;

  private HttpResponse<String> getAs(String user, String path) {
    return send("GET", path, user, null);
  }

  /** The county as its current GeoJSON with the remarks replaced, and its ETag. */
  private String[] withRemarks(String code, String user, String remarks) {
    HttpResponse<String> current = getAs(user, "/ogc/collections/divisions/items/" + code);
    assertThat(current.statusCode()).isEqualTo(200);
    JsonNode feature = JSON.readTree(current.body());
    ((tools.jackson.databind.node.ObjectNode) feature.path("properties")).put("remarks", remarks);
    return new String[] {
      JSON.writeValueAsString(feature), current.headers().firstValue("ETag").orElseThrow()
    };
  }

  // ---- jurisdiction

  @Test
  void anOfficerOfFukangMayEditFukangButNotChangji() {
    String[] changji = withRemarks("652301000000", "fukang.officer", "阜康的人改昌吉");
    HttpResponse<String> refused =
        send(
            "PUT",
            "/ogc/collections/divisions/items/652301000000",
            "fukang.officer",
            changji[0],
            "If-Match",
            changji[1]);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("辖区");

    String[] fukang = withRemarks("652302000000", "fukang.officer", "阜康市界线已核对");
    HttpResponse<String> accepted =
        send(
            "PUT",
            "/ogc/collections/divisions/items/652302000000",
            "fukang.officer",
            fukang[0],
            "If-Match",
            fukang[1]);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(JSON.readTree(accepted.body()).path("properties").path("remarks").asString())
        .isEqualTo("阜康市界线已核对");
  }

  @Test
  void viewersAndAnonymousUsersCannotWrite() {
    String[] fukang = withRemarks("652302000000", "viewer", "查看人员试图修改");
    assertThat(
            send(
                    "PUT",
                    "/ogc/collections/divisions/items/652302000000",
                    "viewer",
                    fukang[0],
                    "If-Match",
                    fukang[1])
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> anonymous =
        send(
            "PUT",
            "/ogc/collections/divisions/items/652302000000",
            null,
            fukang[0],
            "If-Match",
            fukang[1]);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void optionsTellQgisWhetherTheLayerIsEditable() {
    String items = "/ogc/collections/divisions/items";
    assertThat(send("OPTIONS", items, "fukang.officer", null).headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("POST", "GET"));
    assertThat(
            send("OPTIONS", items + "/652302000000", "admin", null).headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("PUT", "PATCH", "DELETE"));
    assertThat(
            send("OPTIONS", items + "/652302000000", "viewer", null).headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET").doesNotContain("PUT"));
    assertThat(send("OPTIONS", items, null, null).headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).doesNotContain("POST"));
    assertThat(send("OPTIONS", items, "planner", null).headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).doesNotContain("POST"));
  }

  // ---- drafts

  @Test
  void anonymousUsersAndViewersCannotSeeDrafts() {
    String draft =
        """
        {"type":"Feature","geometry":null,"properties":{
          "code":"652302001990","name":"草稿社区","level":5,"parentCode":"652302001000",
          "status":"DRAFT"}}""";
    HttpResponse<String> created =
        send("POST", "/ogc/collections/divisions/items", "fukang.officer", draft);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String path = "/ogc/collections/divisions/items/652302001990";

    assertThat(getAs(null, path).statusCode()).isEqualTo(404);
    assertThat(getAs("viewer", path).statusCode()).isEqualTo(404);
    assertThat(getAs("fukang.officer", path).statusCode()).isEqualTo(200);
    assertThat(getAs("planner", path).statusCode()).isEqualTo(200);
    String list = "/ogc/collections/divisions/items?parent=652302001000&limit=1000";
    assertThat(getAs(null, list).body()).doesNotContain("652302001990");
    assertThat(getAs("admin", list).body()).contains("草稿社区");
  }

  // ---- credentials

  @Test
  void anInvalidTokenIsRefused() {
    HttpResponse<String> response =
        send("GET", "/api/me", null, null, "Authorization", "Bearer not-a-real-token");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("令牌");
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    assertThat(
            jdbc.sql("select password_hash from platform.app_user where username = 'admin'")
                .query(String.class)
                .single())
        .startsWith("{bcrypt}$2");
  }

  @Test
  void browserLoginNeedsCsrfAndKeepsTheSessionInPostgres() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String form =
        "username=planner&password="
            + URLEncoder.encode(DemoUsers.DEMO_PASSWORD, StandardCharsets.UTF_8);

    HttpResponse<String> withoutCsrf =
        browser.send(login(form, null), HttpResponse.BodyHandlers.ofString());
    assertThat(withoutCsrf.statusCode()).isEqualTo(403);

    CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
    String csrf = csrfCookie(browser, cookies);

    HttpResponse<String> loggedIn =
        browser.send(login(form, csrf), HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
    assertThat(JSON.readTree(loggedIn.body()).path("role").asString()).isEqualTo("PLANNER");

    JsonNode after =
        JSON.readTree(
            browser
                .send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/api/me")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    assertThat(after.path("user").path("username").asString()).isEqualTo("planner");
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.spring_session where principal_name = 'planner'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  /** What the SPA does: GET /api/me, then read the XSRF-TOKEN cookie it set. */
  private String csrfCookie(HttpClient browser, CookieManager cookies) throws Exception {
    JsonNode me =
        JSON.readTree(
            browser
                .send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/api/me")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    assertThat(me.path("user").isNull()).isTrue();
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(me.path("csrfCookie").asString()))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  private HttpRequest login(String form, String csrf) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (csrf != null) {
      request.header("X-XSRF-TOKEN", csrf);
    }
    return request.build();
  }

  @Test
  void fiveWrongPasswordsLockTheAccount() throws Exception {
    users.createIfMissing(
        "lockout.test", "锁定测试", passwords.encode("right-password"), Role.VIEWER, "652300000000");
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String csrf = csrfCookie(browser, (CookieManager) browser.cookieHandler().orElseThrow());
    for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
      HttpResponse<String> wrong =
          browser.send(
              login("username=lockout.test&password=wrong" + i, csrf),
              HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
    }
    HttpResponse<String> right =
        browser.send(
            login("username=lockout.test&password=right-password", csrf),
            HttpResponse.BodyHandlers.ofString());
    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(right.body()).path("detail").asString()).contains("锁定");
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_event"
                        + " where actor_name = 'lockout.test' and action = 'ACCOUNT_LOCKED'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  // ---- headers

  @Test
  void securityHeaders() {
    HttpResponse<String> page = get("/");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }
}

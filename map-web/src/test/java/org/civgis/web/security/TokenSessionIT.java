package org.civgis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Requests with an API token are stateless: no cookie, no session row, nothing that outlives the
 * token. A browser session is checked against the user's row on every request: a disabled user's
 * session ends, a changed role or jurisdiction applies at once.
 */
class TokenSessionIT extends WebIntegrationTest {
  private static final String PASSWORD = "session-test-password";

  @Autowired UserRepository users;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;

  private long sessions() {
    return jdbc.sql("select count(*) from platform.spring_session").query(Long.class).single();
  }

  private static List<String> sessionCookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(SecurityConfiguration.SESSION_COOKIE + "="))
        .toList();
  }

  private void createUser(String username, Role role, String jurisdiction) {
    users.createIfMissing(username, username, passwords.encode(PASSWORD), role, jurisdiction);
    jdbc.sql(
            "update platform.app_user set role = :role, jurisdiction_code = :jurisdiction,"
                + " enabled = true, failed_logins = 0, locked_until = null"
                + " where username = :username")
        .param("role", role.name())
        .param("jurisdiction", jurisdiction)
        .param("username", username)
        .update();
  }

  // ---- tokens

  @Test
  void bearerRequestsSetNoCookieAndStoreNoSession() {
    long before = sessions();
    for (int i = 0; i < 20; i++) {
      for (String path :
          List.of("/api/me", "/api/jobs", "/ogc/collections/divisions/items/652302000000")) {
        HttpResponse<String> response = send("GET", path, "planner", null);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(sessionCookies(response)).as("Set-Cookie of GET %s", path).isEmpty();
      }
    }
    assertThat(sessions()).as("session rows after 60 token requests").isEqualTo(before);
  }

  @Test
  void aBearerRequestDoesNotUseTheSessionCookieItAlsoSends() throws Exception {
    createUser("session.cookie", Role.VIEWER, "652300000000");
    Browser browser = new Browser(baseUrl());
    assertThat(browser.login("session.cookie", PASSWORD).statusCode()).isEqualTo(200);
    String cookie = browser.cookie(SecurityConfiguration.SESSION_COOKIE).orElseThrow();
    // the token decides who makes the request, and the session is neither read nor renewed
    HttpResponse<String> me =
        send("GET", "/api/me", "planner", null, "Cookie", "SESSION=" + cookie);
    assertThat(JSON.readTree(me.body()).path("user").path("username").asString())
        .isEqualTo("planner");
    assertThat(sessionCookies(me)).isEmpty();
    assertThat(browser.me()).isEqualTo("session.cookie");
  }

  @Test
  void afterRevokingATokenNeitherTheTokenNorACookieItGaveIsAccepted() {
    createUser("token.revoke", Role.PLANNER, "652300000000");
    String token = "token-revoke-test-token";
    users.addTokenIfMissing("token.revoke", "test", ApiTokenAuthenticationFilter.sha256(token));
    HttpResponse<String> first =
        send("GET", "/api/jobs", null, null, "Authorization", "Bearer " + token);
    assertThat(first.statusCode()).isEqualTo(200);
    List<String> cookies = sessionCookies(first);

    jdbc.sql("update platform.api_token set revoked_at = now()" + " where token_sha256 = :sha256")
        .param("sha256", ApiTokenAuthenticationFilter.sha256(token))
        .update();

    HttpResponse<String> withToken =
        send("GET", "/api/jobs", null, null, "Authorization", "Bearer " + token);
    assertThat(withToken.statusCode()).isEqualTo(401);
    assertThat(withToken.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    for (String cookie : cookies) {
      HttpResponse<String> withCookie =
          send("GET", "/api/jobs", null, null, "Cookie", cookie.substring(0, cookie.indexOf(';')));
      assertThat(withCookie.statusCode()).as("the cookie the token request gave").isEqualTo(401);
    }
    assertThat(cookies).as("a token request gives no session cookie").isEmpty();
  }

  // ---- browser sessions

  @Test
  void aDisabledUsersSessionIsRefusedAndEnded() {
    createUser("session.disabled", Role.PLANNER, "652300000000");
    Browser browser = new Browser(baseUrl());
    assertThat(browser.login("session.disabled", PASSWORD).statusCode()).isEqualTo(200);
    assertThat(browser.get("/api/jobs").statusCode()).isEqualTo(200);
    String session = browser.cookie(SecurityConfiguration.SESSION_COOKIE).orElseThrow();

    jdbc.sql("update platform.app_user set enabled = false where username = 'session.disabled'")
        .update();

    HttpResponse<String> refused = browser.get("/api/jobs");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("停用");
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.spring_session"
                        + " where principal_name = 'session.disabled'")
                .query(Long.class)
                .single())
        .as("the session row is deleted")
        .isZero();

    // enabled again, the old session stays ended: a new login is needed
    jdbc.sql("update platform.app_user set enabled = true where username = 'session.disabled'")
        .update();
    assertThat(send("GET", "/api/jobs", null, null, "Cookie", "SESSION=" + session).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aChangedRoleAndJurisdictionApplyOnTheNextRequest() {
    createUser("session.role", Role.VIEWER, "652300000000");
    Browser browser = new Browser(baseUrl());
    assertThat(browser.login("session.role", PASSWORD).statusCode()).isEqualTo(200);
    String audit = "/api/audit?collection=divisions&featureId=652302000000";
    assertThat(browser.get(audit).statusCode()).as("a viewer reads no audit trail").isEqualTo(403);

    jdbc.sql(
            "update platform.app_user set role = 'NAME_OFFICER', jurisdiction_code = '652302000000'"
                + " where username = 'session.role'")
        .update();

    JsonNode me = JSON.readTree(browser.get("/api/me").body()).path("user");
    assertThat(me.path("role").asString()).isEqualTo("NAME_OFFICER");
    assertThat(me.path("jurisdictionCode").asString()).isEqualTo("652302000000");
    assertThat(browser.get(audit).statusCode()).isEqualTo(200);

    jdbc.sql("update platform.app_user set role = 'VIEWER' where username = 'session.role'")
        .update();
    assertThat(browser.get(audit).statusCode()).as("demoted again").isEqualTo(403);
  }
}

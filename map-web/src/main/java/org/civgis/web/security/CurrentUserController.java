package org.civgis.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the browser is logged in as; also hands the SPA its CSRF cookie. */
@RestController
class CurrentUserController {

  /**
   * The user (or {@code null}), and how to send the CSRF token with writes: echo the value of the
   * cookie {@code csrfCookie} in the header {@code csrfHeader} (both {@code null} for a request
   * with an API token, which needs none).
   */
  @GetMapping("/api/me")
  Map<String, Object> me(@Nullable CsrfToken csrf) {
    Actor actor = Actor.current();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user", actor.isAnonymous() ? null : describe(actor.user()));
    if (csrf == null) {
      // a request with an API token: stateless, no CSRF token and no cookie
      body.put("csrfCookie", null);
      body.put("csrfHeader", null);
      return body;
    }
    body.put("csrfCookie", "XSRF-TOKEN");
    // reading the token makes Spring write the cookie (tokens are deferred until read)
    csrf.getToken();
    body.put("csrfHeader", csrf.getHeaderName());
    return body;
  }

  static Map<String, Object> describe(AppUser user) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", user.username());
    body.put("displayName", user.displayName());
    body.put("role", user.role().name());
    body.put("roleName", user.role().chineseName());
    body.put("jurisdictionCode", user.jurisdictionCode());
    return body;
  }
}

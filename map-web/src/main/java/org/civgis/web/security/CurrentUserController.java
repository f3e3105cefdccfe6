package org.civgis.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the browser is logged in as; also hands the SPA its CSRF cookie. */
@RestController
class CurrentUserController {

  /**
   * The user (or {@code null}), and how to send the CSRF token with writes: echo the value of the
   * cookie {@code csrfCookie} in the header {@code csrfHeader}.
   */
  @GetMapping("/api/me")
  Map<String, Object> me(CsrfToken csrf) {
    Actor actor = Actor.current();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user", actor.isAnonymous() ? null : describe(actor.user()));
    // reading the token makes Spring write the cookie (tokens are deferred until read)
    csrf.getToken();
    body.put("csrfCookie", "XSRF-TOKEN");
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

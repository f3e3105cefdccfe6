package org.civgis.web.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser as the SPA drives it: cookies kept, the CSRF token read from its cookie after {@code
 * GET /api/me} and echoed in {@code X-XSRF-TOKEN} with every write and login.
 */
final class Browser {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String[] extraHeaders;

  /**
   * @param extraHeaders headers (name, value, …) sent with every request, e.g. {@code
   *     X-Forwarded-For} behind a trusted proxy
   */
  Browser(String baseUrl, String... extraHeaders) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    this.extraHeaders = extraHeaders;
  }

  /** Reads {@code /api/me}, which sets the CSRF cookie; returns the token. */
  String csrf() {
    send(request("/api/me").GET());
    return cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }

  /** {@code POST /api/login} with the form and the CSRF token. */
  HttpResponse<String> login(String username, String password) {
    String csrf = cookie("XSRF-TOKEN").orElseGet(this::csrf);
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(
        request("/api/login")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** The value of the cookie {@code name} the server set, if any. */
  Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** The user name {@code /api/me} reports, or {@code null} when anonymous. */
  String me() {
    HttpResponse<String> me = get("/api/me");
    if (me.statusCode() != 200) {
      throw new AssertionError("GET /api/me: " + me.statusCode() + " " + me.body());
    }
    var user = JSON.readTree(me.body()).path("user");
    return user.isNull() ? null : user.path("username").asString();
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
    for (int i = 0; i < extraHeaders.length; i += 2) {
      request.header(extraHeaders[i], extraHeaders[i + 1]);
    }
    return request;
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

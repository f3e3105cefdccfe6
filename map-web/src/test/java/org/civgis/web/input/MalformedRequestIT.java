package org.civgis.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests that cannot be read as text answer 400 with a problem detail naming the part, whatever
 * the endpoint: bad percent-encoding, NUL characters (PostgreSQL stores no NUL in text), URLs and
 * headers beyond the server's limits.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestIT extends WebIntegrationTest {
  private static final String FUKANG = "/ogc/collections/divisions/items/652302000000";

  private static void assertProblem(HttpResponse<String> response, int status, String part) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    if (part != null) {
      assertThat(problem.path("invalidParams").get(0).path("name").asString()).isEqualTo(part);
      assertThat(problem.path("detail").asString()).contains(part);
    }
  }

  // ---- percent-encoding

  @Test
  void aBadPercentEncodingIs400WithoutAStackTrace(CapturedOutput output) throws IOException {
    int before = output.getAll().length();
    for (String query : new String[] {"q=%FF", "q=%E7%BB", "q=%G1", "q=abc%", "%FF=1"}) {
      // over a plain socket: the JDK client refuses to send a broken escape
      String raw = rawGet("/api/search?" + query, "Accept: */*");
      assertThat(raw).as(query).startsWith("HTTP/1.1 400");
      assertThat(raw.toLowerCase()).contains("content-type: application/problem+json");
      assertThat(raw).as(query).contains("编码");
    }
    assertProblem(get("/api/search?q=%FF"), 400, "q");
    String logged = output.getAll().substring(before);
    assertThat(logged).doesNotContain("Exception").doesNotContain("\tat ");
  }

  // ---- NUL

  @Test
  void aNulInAQueryParameterIs400NamingIt() {
    assertProblem(get("/api/search?q=%E7%BB%BF%00"), 400, "q");
    assertProblem(get("/ogc/collections/divisions/items?parent=6523%00"), 400, "parent");
  }

  @Test
  void aNulInAJsonStringIs400NamingItsPlaceAndWritesNothing() {
    HttpResponse<String> current = send("GET", FUKANG, "fukang.officer", null);
    String etag = current.headers().firstValue("ETag").orElseThrow();
    JsonNode feature = JSON.readTree(current.body());
    ((ObjectNode) feature.path("properties")).put("remarks", "界线\u0000已核对");
    HttpResponse<String> response =
        send("PUT", FUKANG, "fukang.officer", JSON.writeValueAsString(feature), "If-Match", etag);
    assertProblem(response, 400, "/properties/remarks");
    assertThat(send("GET", FUKANG, "fukang.officer", null).headers().firstValue("ETag"))
        .hasValue(etag);

    // also as a raw byte, and in a member name
    HttpResponse<String> rawByte =
        send(
            "POST",
            "/api/place-names/check",
            "prefecture.officer",
            "{\"name\":\"绿洲\u0000路\"}",
            "Content-Type",
            "application/json");
    assertProblem(rawByte, 400, "/name");
    HttpResponse<String> inName =
        send(
            "POST",
            "/api/place-names/check",
            "prefecture.officer",
            "{\"na\\u0000me\":\"绿洲路\"}",
            "Content-Type",
            "application/json");
    assertThat(inName.statusCode()).isEqualTo(400);
  }

  @Test
  void anEscapedBackslashBeforeU0000IsNoNul() {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/place-names/check",
            "prefecture.officer",
            "{\"standardName\":\"绿洲路\",\"origin\":\"C:\\\\u0000\"}",
            "Content-Type",
            "application/json");
    // whatever the endpoint thinks of the rest, the text is no NUL
    assertThat(response.body()).doesNotContain("NUL");
  }

  @Test
  void aNulInAFormFieldIs400NamingIt() {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/login",
            null,
            "username=admin%00&password=x",
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertProblem(response, 400, "username");
  }

  // ---- sizes beyond the server's limits

  @Test
  void aUrlOverTheLimitIsAProblemDetail() {
    HttpResponse<String> response = get("/api/search?q=" + "a".repeat(20_000));
    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("<html").contains("URL");
  }

  @Test
  void headersOverTheLimitAreAProblemDetail() throws IOException {
    String raw = rawGet("/api/config", "X-Padding: " + "a".repeat(20_000));
    assertThat(raw).startsWith("HTTP/1.1 4");
    assertThat(raw.toLowerCase()).contains("content-type: application/problem+json");
    assertThat(raw).doesNotContain("<html");
  }

  /** A GET over a plain socket (the JDK client refuses to send such headers). */
  private String rawGet(String path, String header) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\n"
                  + header
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

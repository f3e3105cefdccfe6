package org.civgis.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The frontend over HTTP: hashed assets compressed and cached for a year, the page revalidated.
 * Needs the built frontend (a build without {@code -Dfrontend.skip=true}).
 */
class StaticResourceCachingIT extends WebIntegrationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern MAIN_SCRIPT = Pattern.compile("/assets/main-[\\w-]+\\.js");
  private static final Pattern STYLE_SHEET = Pattern.compile("/assets/main-[\\w-]+\\.css");

  @Test
  void hashedScriptComesGzippedAndCachedForAYear() throws IOException {
    String script = find(MAIN_SCRIPT, page());
    HttpResponse<byte[]> plain = fetch(script, "Accept-Encoding", "identity");
    HttpResponse<byte[]> gzipped = fetch(script, "Accept-Encoding", "gzip");

    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(gzipped.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
    assertThat(gzipped.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
    for (HttpResponse<byte[]> response : List.of(plain, gzipped)) {
      assertThat(response.headers().firstValue("Cache-Control"))
          .contains("max-age=31536000, public, immutable");
      assertThat(response.headers().firstValue("Pragma")).isEmpty();
    }
  }

  @Test
  void brotliIsPreferredWhenAccepted() {
    String styles = find(STYLE_SHEET, page());
    // as Chromium names them: gzip first
    HttpResponse<byte[]> response = fetch(styles, "Accept-Encoding", "gzip, deflate, br, zstd");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).contains("br");
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    assertThat(response.headers().firstValue("Cache-Control"))
        .contains("max-age=31536000, public, immutable");
  }

  @Test
  void pageIsRevalidatedAndAnswered304WhileUnchanged() {
    HttpResponse<byte[]> first = fetch("/", "Accept", "text/html");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

    HttpResponse<byte[]> again = fetch("/", "If-Modified-Since", lastModified);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void unknownAssetIsNotFound() {
    assertThat(fetch("/assets/main-doesnotexist.js", "Accept-Encoding", "gzip").statusCode())
        .isEqualTo(404);
  }

  /** The main page as text. */
  private String page() {
    return new String(fetch("/", "Accept", "text/html").body(), StandardCharsets.UTF_8);
  }

  private static String find(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    assertThat(matcher.find())
        .as("index.html names its %s (is the frontend built?): %s", pattern, page)
        .isTrue();
    return matcher.group();
  }

  private HttpResponse<byte[]> fetch(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

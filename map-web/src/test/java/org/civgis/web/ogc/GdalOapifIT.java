package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * GDAL's OGC API – Features driver (Debian's {@code gdal-bin}, a dependency of the project) against
 * the real server: what a GIS analyst's {@code ogr2ogr} sends and gets. GDAL sends a {@code -where}
 * to the server only for the properties the API definition declares as query parameters of the
 * collection's items path; otherwise it pages through every feature and filters on its side.
 */
class GdalOapifIT extends WebIntegrationTest {
  private static final String ROAD = "北京南路";

  /** The server's request log (on in the tests' configuration). */
  @Value("${server.tomcat.accesslog.directory}")
  private Path accessLogs;

  @TempDir Path work;

  @Test
  void ogr2ogrSendsAWhereOnAQueryableToTheServerAndGetsWhatTheServerSelects() throws Exception {
    String cql = URLEncoder.encode("road = '" + ROAD + "'", StandardCharsets.UTF_8);
    String ours = "/ogc/collections/addresses/items?limit=10000&filter=";
    long oursBefore = accessLogLines().stream().filter(l -> l.contains(ours)).count();
    JsonNode expected = getJson(ours + cql, 200);
    int matched = expected.path("numberMatched").asInt();
    assertThat(matched).as("addresses on " + ROAD + " in the demo").isBetween(20, 5000);
    // the valve logs a request after its response is sent: wait for this one's line, so that it
    // is not counted among GDAL's
    long linesBefore = linesOnceLogged(ours, oursBefore + 1);

    Path out = work.resolve("addresses.geojson");
    String log =
        run(
            "ogr2ogr",
            "-f",
            "GeoJSON",
            out.toString(),
            "OAPIF:" + baseUrl() + "/ogc",
            "addresses",
            "-where",
            "road = '" + ROAD + "'");

    assertThat(log).doesNotContain("Full filter will be evaluated on client side");
    JsonNode written = JSON.readTree(Files.readString(out));
    assertThat(codes(written)).isEqualTo(codes(expected)).hasSize(matched);

    // the server's request log shows the filter in the items requests GDAL sent, and GDAL read
    // only the pages of the matching features, not the 15,000-odd addresses of the demo
    String encodedRoad = URLEncoder.encode(ROAD, StandardCharsets.UTF_8).replace("+", "%20");
    List<String> requests = accessLogLines().subList((int) linesBefore, accessLogLines().size());
    List<String> itemRequests =
        requests.stream().filter(l -> l.contains("/ogc/collections/addresses/items?")).toList();
    List<String> filtered =
        itemRequests.stream().filter(l -> l.contains("road=" + encodedRoad)).toList();
    assertThat(filtered)
        .as("items requests with road=… in\n" + String.join("\n", requests))
        .isNotEmpty();
    assertThat(itemRequests.size() - filtered.size())
        .as("unfiltered items requests (GDAL samples one page to learn the fields)")
        .isLessThanOrEqualTo(1);
    assertThat(filtered.size()).isLessThanOrEqualTo(matched / 10 + 2);
  }

  @Test
  void ogrinfoCountsEveryCollectionAsTheServerDoesForTheSameUser() throws Exception {
    JsonNode collections = getJson("/ogc/collections", 200);
    assertThat(collections.path("collections").size()).isGreaterThanOrEqualTo(11);
    for (JsonNode collection : collections.path("collections")) {
      String id = collection.path("id").asString();
      JsonNode page =
          JSON.readTree(
              send("GET", "/ogc/collections/" + id + "/items?limit=1", "admin", null).body());
      String info =
          run(
              List.of("GDAL_HTTP_HEADERS=Authorization: Bearer " + tokenOf("admin")),
              "ogrinfo",
              "-ro",
              "-so",
              "OAPIF:" + baseUrl() + "/ogc",
              id);
      assertThat(info).as(id).contains("Feature Count: " + page.path("numberMatched").asLong());
    }
  }

  private static Set<String> codes(JsonNode collection) {
    Set<String> codes = new HashSet<>();
    collection
        .path("features")
        .forEach(f -> codes.add(f.path("properties").path("code").asString()));
    return codes;
  }

  /** The number of request log lines once {@code count} lines contain {@code text}. */
  private long linesOnceLogged(String text, long count) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      List<String> lines = accessLogLines();
      if (lines.stream().filter(l -> l.contains(text)).count() >= count) {
        return lines.size();
      }
      assertThat(System.nanoTime()).as("request log line with " + text).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private List<String> accessLogLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(accessLogs)) {
      for (Path file : files.sorted().toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private String run(String... command) throws IOException, InterruptedException {
    return run(List.of(), command);
  }

  /**
   * Runs a GDAL command with its debug output on and the given environment (NAME=value); its stdout
   * and stderr.
   */
  private String run(List<String> environment, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    for (String variable : environment) {
      int eq = variable.indexOf('=');
      builder.environment().put(variable.substring(0, eq), variable.substring(eq + 1));
    }
    builder.environment().put("CPL_DEBUG", "ON");
    builder.environment().put("GDAL_HTTP_TIMEOUT", "60");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    return output;
  }
}

package org.civgis.web.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The import and export endpoints: an export imported again as a job; refusals; rights. */
class DivisionImportIT extends WebIntegrationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private HttpResponse<byte[]> export(String format) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(
                URI.create(baseUrl() + "/api/boundary/exports?format=" + format + "&level=3"))
            .header("Authorization", "Bearer " + tokenOf("admin"))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> upload(String user, String fileName, byte[] file, String... fields) {
    return postMultipart("/api/boundary/imports", user, fileName, file, fields);
  }

  /** Follows the job at {@code location} until it ends; its result document. */
  private JsonNode result(String location) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode job;
    do {
      Thread.sleep(200);
      job = JSON.readTree(send("GET", location, "admin", null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    return job.path("result");
  }

  @Test
  void aGeoPackageExportImportsAgainAsAJobWithNothingToChange() throws Exception {
    HttpResponse<byte[]> exported = export("geopackage");
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Type"))
        .hasValue("application/geopackage+sqlite3");

    HttpResponse<String> accepted =
        upload("admin", "counties.gpkg", exported.body(), "effective", "2025-01-01");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode report = result(accepted.headers().firstValue("Location").orElseThrow());
    assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("ACCEPTED");
    assertThat(report.path("features").asInt()).isEqualTo(7);
    assertThat(report.path("unchanged")).hasSize(7);
    assertThat(report.path("sourceCrs").asString()).isEqualTo("EPSG:4490");
  }

  @Test
  void aDxfWithoutCrsIsRefusedWithTheReasonAndNothingWritten() throws Exception {
    HttpResponse<byte[]> exported = export("dxf");
    assertThat(exported.statusCode()).isEqualTo(200);
    HttpResponse<String> accepted =
        upload("admin", "counties.dxf", exported.body(), "effective", "2025-01-01");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode report = result(accepted.headers().firstValue("Location").orElseThrow());
    assertThat(report.path("status").asString()).isEqualTo("REJECTED");
    assertThat(report.path("problems").get(0).path("field").asString()).isEqualTo("crs");
    assertThat(report.path("batchId").isNull()).isTrue();
  }

  @Test
  void badRequestsAndViewersAreRefusedAtOnce() throws Exception {
    byte[] any = "{}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> noDate = upload("admin", "x.geojson", any);
    assertThat(noDate.statusCode()).isEqualTo(400);
    assertThat(noDate.body()).contains("effective");
    HttpResponse<String> badFormat = upload("admin", "x.txt", any, "effective", "2025-01-01");
    assertThat(badFormat.statusCode()).isEqualTo(400);
    assertThat(badFormat.body()).contains("file");
    assertThat(upload("viewer", "x.geojson", any, "effective", "2025-01-01").statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/boundary/exports?format=xls", "admin", null).statusCode())
        .isEqualTo(400);
  }
}

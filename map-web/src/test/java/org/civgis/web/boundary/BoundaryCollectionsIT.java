package org.civgis.web.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The boundary collections of OGC API – Features ({@code boundary-lines}, {@code boundary-markers},
 * {@code topology-findings}) on the demo, and a check run as a job whose findings the collection
 * and the spreadsheet then give.
 */
class BoundaryCollectionsIT extends WebIntegrationTest {

  private static List<String> texts(JsonNode features, String property) {
    List<String> values = new ArrayList<>();
    features.forEach(f -> values.add(f.path("properties").path(property).asString()));
    return values;
  }

  @Test
  void theCollectionsAreListedUnderTheirFixedIds() {
    JsonNode collections = getJson("/ogc/collections?f=json", 200).path("collections");
    List<String> ids = new ArrayList<>();
    collections.forEach(c -> ids.add(c.path("id").asString()));
    assertThat(ids).contains("boundary-lines", "boundary-markers", "topology-findings");
  }

  @Test
  void theFiveCountyLinesAndTheEightPrefectureLinesAreServed() {
    JsonNode county = getJson("/ogc/collections/boundary-lines/items?f=json&level=3", 200);
    assertThat(county.path("numberMatched").asInt()).isEqualTo(5);
    assertThat(texts(county.path("features"), "lineCode")).contains("652301652323");
    JsonNode prefecture = getJson("/ogc/collections/boundary-lines/items?f=json&level=2", 200);
    assertThat(prefecture.path("numberMatched").asInt()).isEqualTo(8);
    assertThat(prefecture.path("features").get(0).path("geometry").path("type").asString())
        .isEqualTo("MultiLineString");
    JsonNode one = getJson("/ogc/collections/boundary-lines/items/652301652323?f=json", 200);
    assertThat(one.path("properties").path("name").asString()).isEqualTo("昌吉市—呼图壁县");
    assertThat(get("/ogc/collections/boundary-lines/items?level=9").statusCode()).isEqualTo(400);
  }

  @Test
  void aMarkerComesWithItsLandmarksPhotosAndConditions() {
    JsonNode page =
        getJson("/ogc/collections/boundary-markers/items?f=json&line=652301652323&limit=5", 200);
    assertThat(page.path("numberMatched").asInt()).isPositive();
    JsonNode first = page.path("features").get(0);
    assertThat(first.path("properties").path("number").asString()).startsWith("652301652323");
    String id = first.path("id").asString();
    JsonNode marker = getJson("/ogc/collections/boundary-markers/items/" + id + "?f=json", 200);
    assertThat(marker.path("properties").path("landmarks").size()).isGreaterThanOrEqualTo(3);
    assertThat(marker.path("properties").path("photos").isArray()).isTrue();
    assertThat(marker.path("properties").path("conditions").isArray()).isTrue();
    assertThat(marker.path("geometry").path("type").asString()).isEqualTo("Point");
  }

  @Test
  void aCheckRunAsAJobFeedsTheFindingsCollectionAndTheSpreadsheet() throws Exception {
    HttpResponse<String> accepted =
        send("POST", "/api/boundary/checks?date=2025-01-01", "admin", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    JsonNode job;
    do {
      Thread.sleep(200);
      job = JSON.readTree(send("GET", location, "admin", null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    long runId = job.path("result").path("runId").asLong();
    int findings = job.path("result").path("findings").asInt();

    JsonNode page =
        getJson("/ogc/collections/topology-findings/items?f=json&limit=1000&run=" + runId, 200);
    assertThat(page.path("numberMatched").asInt()).isEqualTo(findings);
    // the latest run is the default
    assertThat(
            getJson("/ogc/collections/topology-findings/items?f=json&limit=1", 200)
                .path("numberMatched")
                .asInt())
        .isEqualTo(findings);

    HttpResponse<byte[]> xlsx =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/boundary/checks/" + runId + "/findings.xlsx"))
                    .header("Authorization", "Bearer " + tokenOf("admin"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
      // title row, header row, one row per finding
      assertThat(workbook.getSheetAt(0).getLastRowNum() + 1).isEqualTo(findings + 2);
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("问题类型");
    }
    assertThat(send("POST", "/api/boundary/checks", "viewer", null).statusCode()).isEqualTo(403);
  }

  @Test
  void aLineIsEditedOnlyWithItsEtag() {
    var line = send("GET", "/api/boundary/lines/652301652323", "admin", null);
    assertThat(line.statusCode()).isEqualTo(200);
    String etag = line.headers().firstValue("ETag").orElseThrow();
    JsonNode geometry = JSON.readTree(line.body()).path("geometry");
    assertThat(geometry.path("type").asString()).isEqualTo("MultiLineString");
    // no If-Match: 428; a stale one: 412; a viewer: 403; none of them writes
    assertThat(
            send("PUT", "/api/boundary/lines/652301652323/geometry", "admin", geometry.toString())
                .statusCode())
        .isEqualTo(428);
    assertThat(
            send(
                    "PUT",
                    "/api/boundary/lines/652301652323/geometry",
                    "admin",
                    geometry.toString(),
                    "If-Match",
                    "\"0-0\"")
                .statusCode())
        .isEqualTo(412);
    assertThat(
            send(
                    "PUT",
                    "/api/boundary/lines/652301652323/geometry",
                    "viewer",
                    geometry.toString(),
                    "If-Match",
                    etag)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            send("GET", "/api/boundary/lines/652301652323", "admin", null)
                .headers()
                .firstValue("ETag"))
        .hasValue(etag);
  }
}

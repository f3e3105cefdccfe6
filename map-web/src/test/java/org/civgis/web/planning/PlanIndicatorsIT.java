package org.civgis.web.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The plan's indicators on the demo: values against targets, the XLSX export, refusals. */
class PlanIndicatorsIT extends WebIntegrationTest {

  private JsonNode indicators(String query) {
    HttpResponse<String> response =
        send("GET", "/api/planning/indicators" + query, "planner", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode value(JsonNode body, String indicator, String area) {
    for (JsonNode v : body.path("values")) {
      if (v.path("indicator").asString().equals(indicator)
          && v.path("areaCode").asString().equals(area)) {
        return v;
      }
    }
    throw new AssertionError(indicator + " " + area + " missing");
  }

  @Test
  void indicatorsOfTheDemoAgainstTheirTargets() {
    JsonNode body = indicators("");
    assertThat(body.path("indicators").size()).isGreaterThanOrEqualTo(10);
    // five of the six urban streets of 昌吉市 have an operating comprehensive centre (one planned)
    JsonNode streets = value(body, "STREET_CENTRE_COVERAGE", "652301000000");
    assertThat(streets.path("numerator").asDouble()).isEqualTo(5.0);
    assertThat(streets.path("denominator").asDouble()).isEqualTo(6.0);
    assertThat(streets.path("value").asDouble()).isEqualTo(83.33);
    assertThat(streets.path("meetsTarget").asBoolean()).isFalse();
    // per street: 0 or 100 %
    assertThat(value(body, "STREET_CENTRE_COVERAGE", "652301001000").path("value").asDouble())
        .isIn(0.0, 100.0);
    // beds per 1,000 elderly in 昌吉市: the census elderly, real numbers, not made up
    JsonNode beds = value(body, "BEDS_PER_1000_ELDERLY", "652301000000");
    assertThat(beds.path("denominator").asDouble()).isBetween(80_000.0, 95_000.0);
    assertThat(beds.path("value").asDouble()).isPositive();
    // a county with no facilities in the registry: 0 beds, not "no data"
    assertThat(value(body, "BEDS_PER_1000_ELDERLY", "652302000000").path("value").asDouble())
        .isEqualTo(0.0);
    // coverage indicators wait for a run
    JsonNode covered = value(body, "COVERED_ELDERLY", "652301000000");
    assertThat(covered.path("value").isNull()).isTrue();
    assertThat(covered.path("note").asString()).contains("服务圈分析");
    // rural townships have no demand data: no value, a note
    JsonNode rural = value(body, "BEDS_PER_1000_ELDERLY", "652301101000");
    assertThat(rural.path("value").isNull()).isTrue();
  }

  @Test
  void theExportIsAWorkbookWithOneRowPerIndicatorAndArea()
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/planning/indicators.xlsx"))
                    .header("Authorization", "Bearer " + tokenOf("planner"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    int values = indicators("").path("values").size();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = workbook.getSheet("指标");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("指标");
      assertThat(sheet.getLastRowNum() - 1).isEqualTo(values);
      assertThat(workbook.getSheet("指标说明")).isNotNull();
    }
  }

  @Test
  void badParametersAndUnknownRunsAreRefused() {
    assertThat(send("GET", "/api/planning/indicators?scenario=x", "planner", null).statusCode())
        .isEqualTo(400);
    assertThat(
            send(
                    "GET",
                    "/api/planning/indicators?run=00000000-0000-0000-0000-000000000000",
                    "planner",
                    null)
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> noTypes =
        send(
            "POST",
            "/api/planning/coverage-runs",
            "planner",
            "{\"types\":[]}",
            "Content-Type",
            "application/json");
    assertThat(noTypes.statusCode()).isEqualTo(400);
    assertThat(noTypes.body()).contains("types");
    HttpResponse<String> badMinutes =
        send(
            "POST",
            "/api/planning/coverage-runs",
            "planner",
            "{\"types\":[\"COMMUNITY_DAY_CARE\"],\"walkMinutes\":90}",
            "Content-Type",
            "application/json");
    assertThat(badMinutes.statusCode()).isEqualTo(400);
    assertThat(badMinutes.body()).contains("walkMinutes");
    assertThat(send("GET", "/api/planning/indicators", null, null).statusCode()).isEqualTo(401);
  }
}

package org.civgis.web.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rules on entry and the cleanup worklist over the demo names. */
class CleanupIT extends WebIntegrationTest {

  private JsonNode check(String user, String json) {
    HttpResponse<String> response =
        send("POST", "/api/place-names/check", user, json, "Content-Type", "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> codes(JsonNode checked) {
    List<String> codes = new ArrayList<>();
    checked.path("warnings").forEach(w -> codes.add(w.path("code").asString()));
    return codes;
  }

  // ---- on entry

  @Test
  void aDuplicateInTheCountyAndAForeignNameAreWarnedAboutWithTheRomanization() {
    JsonNode duplicate =
        check(
            "changji.officer",
            """
            {"standardName":"三工镇","categoryCode":"0403","divisionCode":"652301000000"}""");
    assertThat(codes(duplicate)).contains("DUPLICATE_IN_SCOPE");
    assertThat(duplicate.path("romanization").path("pinyin").asString()).isEqualTo("Sangong Zhen");

    JsonNode foreign =
        check(
            "fukang.officer",
            """
            {"standardName":"曼哈顿路","specificPart":"曼哈顿","genericPart":"路",
             "categoryCode":"0801","divisionCode":"652302000000"}""");
    assertThat(codes(foreign)).contains("FOREIGN_PLACE_NAME");
    assertThat(foreign.path("warnings").get(0).path("explanation").asString()).isNotBlank();

    JsonNode clean =
        check(
            "fukang.officer",
            """
            {"standardName":"博峰路","specificPart":"博峰","genericPart":"路",
             "categoryCode":"0801","divisionCode":"652302000000"}""");
    assertThat(codes(clean)).isEmpty();
    assertThat(clean.path("romanization").path("signForm").asString()).isEqualTo("BOFENG LU");
  }

  @Test
  void theCheckIsForOfficers() {
    assertThat(
            send(
                    "POST",
                    "/api/place-names/check",
                    null,
                    "{\"standardName\":\"x\"}",
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(401);
  }

  // ---- the batch

  @Test
  void theBatchBuildsTheWorklistAndStatusesMoveByTheRules() {
    HttpResponse<String> run =
        send("POST", "/api/place-names/cleanup/runs?division=652300000000", "admin", null);
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    JsonNode counts = JSON.readTree(run.body());
    assertThat(counts.path("checked").asInt()).isGreaterThanOrEqualTo(1040);
    // the 144 of the hand-reviewed division check (gazetteer's ChangjiDivisionsTest), plus at
    // most a few names other tests of this database propose
    assertThat(counts.path("flagged").asInt()).isBetween(144, 150);

    JsonNode foreign =
        getJsonAs("/api/place-names/cleanup?division=652301&reason=FOREIGN_WORD", "admin");
    assertThat(foreign.toString()).contains("香槟社区");
    long id = foreign.get(0).path("placeNameId").asLong();
    assertThat(foreign.get(0).path("status").asString()).isEqualTo("OPEN");

    String path = "/api/place-names/cleanup/" + id;
    assertThat(
            send(
                    "PUT",
                    path,
                    "admin",
                    "{\"status\":\"WAIVED\"}",
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            send(
                    "PUT",
                    path,
                    "admin",
                    "{\"status\":\"IN_PROGRESS\",\"note\":\"已提出更名\"}",
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            send(
                    "PUT",
                    path,
                    "admin",
                    "{\"status\":\"IN_PROGRESS\"}",
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(409);

    // a rerun keeps the status
    send("POST", "/api/place-names/cleanup/runs?division=652300000000", "admin", null);
    assertThat(
            getJsonAs("/api/place-names/cleanup?division=652301&reason=FOREIGN_WORD", "admin")
                .get(0)
                .path("status")
                .asString())
        .isEqualTo("IN_PROGRESS");

    JsonNode progress =
        getJsonAs("/api/place-names/cleanup/progress?division=652300000000", "admin");
    JsonNode changji = null;
    for (JsonNode county : progress) {
      if (county.path("countyCode").asString().equals("652301000000")) {
        changji = county;
      }
    }
    assertThat(changji).isNotNull();
    assertThat(changji.path("total").asInt()).isGreaterThan(100);
    assertThat(changji.path("inProgress").asInt()).isEqualTo(1);
    assertThat(changji.path("flagged").asInt()).isGreaterThan(1);
  }

  private JsonNode getJsonAs(String path, String user) {
    HttpResponse<String> response = send("GET", path, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}

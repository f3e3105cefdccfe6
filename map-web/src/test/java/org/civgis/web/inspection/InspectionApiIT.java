package org.civgis.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The inspection API over HTTP on the demo: planning a round of the 奇台县—木垒县 line, field sync twice
 * (stored once), two teams' records of one marker (both kept, flagged), refusals as problem
 * details, If-Match, the two sides' sign-off and the 409 after it, and the report job.
 */
class InspectionApiIT extends WebIntegrationTest {
  private static final String LINE = "652325652328";
  private static final String QITAI = "652325000000";
  private static final String MULEI = "652328000000";

  private HttpResponse<String> json(
      String method, String path, String user, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(method, path, user, body, all);
  }

  private JsonNode plan(String title) {
    HttpResponse<String> created =
        json(
            "POST",
            "/api/inspection/rounds",
            "qitai.inspector",
            """
            {"title": "%s", "leadCode": "%s", "assistingCode": "%s",
             "plannedStart": "2026-06-01", "plannedEnd": "2026-06-30", "toleranceMeters": 0.5,
             "lineCodes": ["%s"],
             "participants": [{"username": "qitai.inspector", "sideCode": "%s", "duty": "组长"},
                              {"username": "mulei.inspector", "sideCode": "%s", "duty": "组员"}],
             "documents": [{"kind": "AGREEMENT", "title": "界线协议书"}]}
            """
                .formatted(title, QITAI, MULEI, LINE, QITAI, MULEI));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).isPresent();
    return JSON.readTree(created.body());
  }

  private String etag(long roundId) {
    return send("GET", "/api/inspection/rounds/" + roundId, "inspector", null)
        .headers()
        .firstValue("ETag")
        .orElseThrow();
  }

  private void advance(long roundId, String status) {
    HttpResponse<String> moved =
        json(
            "POST",
            "/api/inspection/rounds/" + roundId + "/status",
            "qitai.inspector",
            "{\"status\": \"" + status + "\"}",
            "If-Match",
            etag(roundId));
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
  }

  private String markerRecord(UUID id, JsonNode marker, String team, double lonOffset) {
    return """
        {"id": "%s", "markerId": %d, "team": "%s", "condition": "INTACT", "landmarksComplete": true,
         "lon": %.9f, "lat": %.9f, "accuracyMeters": 1.5, "fixes": 5,
         "observedAt": "2026-06-05T03:00:00Z"}
        """
        .formatted(
            id,
            marker.path("id").asLong(),
            team,
            marker.path("lon").asDouble() + lonOffset,
            marker.path("lat").asDouble());
  }

  @Test
  void aRoundFromPlanningThroughSyncToTheLockAfterBothSidesSign() throws Exception {
    JsonNode round = plan("接口测试");
    long id = round.path("id").asLong();
    assertThat(
            json(
                    "POST",
                    "/api/inspection/rounds/" + id + "/status",
                    "qitai.inspector",
                    "{\"status\": \"DESK_CHECK\"}")
                .statusCode())
        .as("If-Match is required")
        .isEqualTo(428);
    advance(id, "DESK_CHECK");
    advance(id, "FIELDWORK");

    JsonNode pack =
        JSON.readTree(
            send("GET", "/api/inspection/rounds/" + id + "/package", "qitai.inspector", null)
                .body());
    assertThat(pack.path("tasks").size()).isGreaterThan(2);
    assertThat(pack.path("lines").get(0).path("lineCode").asString()).isEqualTo(LINE);
    JsonNode marker = pack.path("markers").get(0);

    UUID first = UUID.randomUUID();
    String batch = "{\"markers\": [" + markerRecord(first, marker, "奇台组", 0) + "]}";
    HttpResponse<String> once =
        json("POST", "/api/inspection/rounds/" + id + "/sync", "qitai.inspector", batch);
    assertThat(once.statusCode()).as(once.body()).isEqualTo(200);
    assertThat(JSON.readTree(once.body()).path("results").get(0).path("status").asString())
        .isEqualTo("STORED");
    HttpResponse<String> twice =
        json("POST", "/api/inspection/rounds/" + id + "/sync", "qitai.inspector", batch);
    assertThat(JSON.readTree(twice.body()).path("results").get(0).path("status").asString())
        .isEqualTo("DUPLICATE");

    UUID second = UUID.randomUUID();
    HttpResponse<String> other =
        json(
            "POST",
            "/api/inspection/rounds/" + id + "/sync",
            "mulei.inspector",
            "{\"markers\": [" + markerRecord(second, marker, "木垒组", 0.00002) + "]}");
    assertThat(JSON.readTree(other.body()).path("results").get(0).path("conflict").asBoolean())
        .isTrue();
    JsonNode stored =
        JSON.readTree(
            send("GET", "/api/inspection/rounds/" + id + "/records", "inspector", null).body());
    assertThat(stored.path("markers").size()).isEqualTo(2);
    assertThat(stored.path("markers").valueStream().allMatch(r -> r.path("conflict").asBoolean()))
        .isTrue();

    HttpResponse<String> poor =
        json(
            "POST",
            "/api/inspection/rounds/" + id + "/sync",
            "qitai.inspector",
            "{\"markers\": ["
                + markerRecord(UUID.randomUUID(), marker, "奇台组", 0).replace("1.5", "25")
                + "]}");
    assertThat(poor.statusCode()).isEqualTo(400);
    assertThat(poor.body()).contains("markers[0].accuracyMeters");

    advance(id, "REVIEW");
    HttpResponse<String> wrongSide =
        json(
            "POST",
            "/api/inspection/rounds/" + id + "/sign-offs",
            "qitai.inspector",
            "{\"side\": \"" + MULEI + "\", \"statement\": \"同意\"}");
    assertThat(wrongSide.statusCode()).isEqualTo(403);
    assertThat(
            json(
                    "POST",
                    "/api/inspection/rounds/" + id + "/sign-offs",
                    "qitai.inspector",
                    "{\"side\": \"" + QITAI + "\", \"statement\": \"同意\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> signed =
        json(
            "POST",
            "/api/inspection/rounds/" + id + "/sign-offs",
            "mulei.inspector",
            "{\"side\": \"" + MULEI + "\", \"statement\": \"同意\"}");
    assertThat(JSON.readTree(signed.body()).path("status").asString()).isEqualTo("SIGNED");

    HttpResponse<String> late =
        json(
            "POST",
            "/api/inspection/rounds/" + id + "/sync",
            "qitai.inspector",
            "{\"markers\": [" + markerRecord(UUID.randomUUID(), marker, "奇台组", 0) + "]}");
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(late.body()).contains("锁定");

    HttpResponse<String> lateDispute =
        json("POST", "/api/inspection/disputes", "qitai.inspector", dispute(id));
    assertThat(lateDispute.statusCode()).as(lateDispute.body()).isEqualTo(409);
  }

  private static String dispute(Long roundId) {
    return """
        {"title": "牧道东侧争议区", "roundId": %s, "lineCode": "%s", "parties": ["%s", "%s"],
         "area": {"type": "Polygon", "coordinates": [[[90.10, 43.90], [90.11, 43.90], [90.11, 43.91],
                  [90.10, 43.91], [90.10, 43.90]]]},
         "documents": [{"kind": "OTHER", "title": "双方会谈纪要"}]}
        """
        .formatted(roundId, LINE, QITAI, MULEI);
  }

  @Test
  void disputesAreSettledWithIfMatchAndServedWithRecordsAsOgcCollectionsToOfficersOnly() {
    HttpResponse<String> created =
        json("POST", "/api/inspection/disputes", "qitai.inspector", dispute(null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode dispute = JSON.readTree(created.body());
    // about 802 m east-west × 1112 m north-south at 43.9°N
    assertThat(dispute.path("areaSquareMeters").asDouble()).isBetween(0.85e6, 0.95e6);
    String etag = created.headers().firstValue("ETag").orElseThrow();
    long id = dispute.path("id").asLong();
    HttpResponse<String> noReason =
        json(
            "POST",
            "/api/inspection/disputes/" + id + "/settlement",
            "qitai.inspector",
            "{\"status\": \"RESOLVED\"}",
            "If-Match",
            etag);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("resolution");
    HttpResponse<String> settled =
        json(
            "POST",
            "/api/inspection/disputes/" + id + "/settlement",
            "qitai.inspector",
            "{\"status\": \"RESOLVED\", \"resolution\": \"按协议书界线走向确认\"}",
            "If-Match",
            etag);
    assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
    HttpResponse<String> stale =
        json(
            "POST",
            "/api/inspection/disputes/" + id + "/settlement",
            "qitai.inspector",
            "{\"status\": \"OPEN\"}",
            "If-Match",
            etag);
    assertThat(stale.statusCode()).isEqualTo(412);
    HttpResponse<String> outside =
        json("POST", "/api/inspection/disputes", "changji.officer", dispute(null));
    assertThat(outside.statusCode()).isEqualTo(403);

    JsonNode disputes = getJson("/ogc/collections/disputes/items?limit=100", 200);
    assertThat(disputes.path("features").size()).as("anonymous readers see none").isZero();
    JsonNode asOfficer =
        JSON.readTree(
            send("GET", "/ogc/collections/disputes/items?limit=100", "inspector", null).body());
    assertThat(asOfficer.path("features").valueStream().map(f -> f.path("id").asString()))
        .contains(String.valueOf(id));
    JsonNode records =
        JSON.readTree(
            send("GET", "/ogc/collections/inspection-records/items?limit=5", "inspector", null)
                .body());
    assertThat(records.path("features").size()).isPositive();
    assertThat(records.path("features").get(0).path("geometry").path("type").asString())
        .isEqualTo("Point");

    HttpResponse<String> patrol =
        json(
            "POST",
            "/api/inspection/patrols",
            "mulei.inspector",
            "{\"lineCode\": \""
                + LINE
                + "\", \"patrolledOn\": \"2026-06-02\", \"patrollers\": [\"张三\", \"李四\"], \"issuesFound\": false}");
    assertThat(patrol.statusCode()).as(patrol.body()).isEqualTo(201);
    assertThat(send("GET", "/api/inspection/patrols?line=" + LINE, "inspector", null).body())
        .contains("张三");
  }

  @Test
  void theDeskCheckRunsAsAJobAndItsFindingsAreTheRounds() throws Exception {
    JsonNode round = plan("内业检查接口");
    long id = round.path("id").asLong();
    HttpResponse<String> accepted =
        send("POST", "/api/inspection/rounds/" + id + "/desk-check", "mulei.inspector", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    JsonNode job;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    do {
      Thread.sleep(300);
      job = JSON.readTree(send("GET", location, "mulei.inspector", null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    JsonNode outcome = job.path("result");
    assertThat(outcome.path("roundId").asLong()).isEqualTo(id);
    assertThat(outcome.path("checkRunId").asLong()).isPositive();
    JsonNode findings =
        JSON.readTree(
            send("GET", "/api/inspection/rounds/" + id + "/findings", "inspector", null).body());
    assertThat(findings.path("findings").size()).isEqualTo(outcome.path("findings").asInt());
    assertThat(
            send("POST", "/api/inspection/rounds/" + id + "/desk-check", "changji.officer", null)
                .statusCode())
        .as("neither side's jurisdiction")
        .isEqualTo(403);
  }

  @Test
  void theDemoRoundsReportIsAPdfJobWhoseTextHoldsTheMarkerTable() throws Exception {
    JsonNode rounds =
        JSON.readTree(send("GET", "/api/inspection/rounds", "inspector", null).body());
    JsonNode demo = null;
    for (JsonNode r : rounds.path("rounds")) {
      if (r.path("generated").asBoolean()) {
        demo = r;
      }
    }
    assertThat(demo).isNotNull();
    long id = demo.path("id").asLong();
    HttpResponse<String> accepted =
        send("POST", "/api/inspection/rounds/" + id + "/report?format=pdf", "inspector", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    JsonNode job;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    do {
      Thread.sleep(200);
      job = JSON.readTree(send("GET", location, "inspector", null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    HttpResponse<byte[]> pdf =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + location + "/result"))
                    .header("Authorization", "Bearer " + tokenOf("inspector"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
    assertThat(text).contains("界桩状况表", "界桩编号", LINE + "-00", "完好", "移位", "丢失", "问题及处理");
  }
}

package org.civgis.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may read and write the joint inspection, probed over HTTP on the demo as each demo user: the
 * internal records are for officers of the round's jurisdiction only (the API, the OGC collections
 * and their extents, photos, report jobs); each side is signed by its own people and the sign-off
 * says who; disputes and patrols only by a party, between the round's sides, in the parties' land;
 * a bad plan is a 400 naming the field; photos are what their bytes say.
 */
class InspectionAccessIT extends WebIntegrationTest {
  private static final String LINE = "652325652328";
  private static final String QITAI = "652325000000";
  private static final String MULEI = "652328000000";
  private static final String FUKANG = "652302000000";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A square of about 800 × 1100 m inside 木垒县, 5 km from the 奇台县—木垒县 line. */
  private static final String IN_MULEI =
      "{\"type\": \"Polygon\", \"coordinates\": [[[90.10, 43.90], [90.11, 43.90], [90.11, 43.91],"
          + " [90.10, 43.91], [90.10, 43.90]]]}";

  /** A square inside 昌吉市, far from both sides of the line. */
  private static final String IN_CHANGJI =
      "{\"type\": \"Polygon\", \"coordinates\": [[[87.29, 44.21], [87.30, 44.21], [87.30, 44.22],"
          + " [87.29, 44.22], [87.29, 44.21]]]}";

  private HttpResponse<String> json(
      String method, String path, String user, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(method, path, user, body, all);
  }

  private JsonNode read(String path, String user) {
    HttpResponse<String> response = send("GET", path, user, null);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The demo round (第四轮联检 奇台县—木垒县, in field work, with records). */
  private long demoRound() {
    for (JsonNode r : read("/api/inspection/rounds", "inspector").path("rounds")) {
      if (r.path("generated").asBoolean()) {
        return r.path("id").asLong();
      }
    }
    throw new AssertionError("no demo round");
  }

  private long plan(String title) {
    HttpResponse<String> created =
        json(
            "POST",
            "/api/inspection/rounds",
            "qitai.inspector",
            """
            {"title": "%s", "leadCode": "%s", "assistingCode": "%s",
             "plannedStart": "2026-08-01", "plannedEnd": "2026-08-30", "lineCodes": ["%s"],
             "participants": [], "documents": []}
            """
                .formatted(title, QITAI, MULEI, LINE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).path("id").asLong();
  }

  private void advance(long roundId, String... statuses) {
    for (String status : statuses) {
      String etag =
          send("GET", "/api/inspection/rounds/" + roundId, "qitai.inspector", null)
              .headers()
              .firstValue("ETag")
              .orElseThrow();
      HttpResponse<String> moved =
          json(
              "POST",
              "/api/inspection/rounds/" + roundId + "/status",
              "qitai.inspector",
              "{\"status\": \"" + status + "\"}",
              "If-Match",
              etag);
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }
  }

  private static void assertProblemNaming(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    if (field != null) {
      assertThat(
              JSON.readTree(response.body()).path("invalidParams").get(0).path("name").asString())
          .as(response.body())
          .isEqualTo(field);
    }
  }

  // ---- item 2: officer-only data is for officers of the round's jurisdiction

  @Test
  void aViewerAndAnAnonymousUserReadNoInspectionDataThroughTheApi() {
    long demo = demoRound();
    List<String> paths =
        List.of(
            "/api/inspection/disputes",
            "/api/inspection/disputes?round=" + demo,
            "/api/inspection/rounds",
            "/api/inspection/rounds/" + demo,
            "/api/inspection/rounds/" + demo + "/records",
            "/api/inspection/rounds/" + demo + "/package",
            "/api/inspection/rounds/" + demo + "/findings",
            "/api/inspection/patrols?line=" + LINE,
            "/api/inspection/photos/" + UUID.randomUUID());
    for (String path : paths) {
      assertProblemNaming(send("GET", path, "viewer", null), 403, null);
      assertThat(send("GET", path, null, null).statusCode()).as(path).isEqualTo(401);
      assertThat(send("GET", path, "planner", null).statusCode())
          .as("an officer of the prefecture reads " + path)
          .isIn(200, 404);
    }
    assertProblemNaming(
        send("POST", "/api/inspection/rounds/" + demo + "/report?format=pdf", "viewer", null),
        403,
        null);
  }

  @Test
  void aCountyOfficerReadsOnlyTheRoundsThatConcernItsJurisdiction() {
    long demo = demoRound();
    assertThat(ids(read("/api/inspection/rounds", "fukang.officer").path("rounds")))
        .doesNotContain(demo);
    assertThat(ids(read("/api/inspection/rounds", "qitai.inspector").path("rounds")))
        .contains(demo);
    assertThat(ids(read("/api/inspection/rounds", "mulei.inspector").path("rounds")))
        .contains(demo);
    for (String path :
        List.of(
            "/api/inspection/rounds/" + demo,
            "/api/inspection/rounds/" + demo + "/records",
            "/api/inspection/rounds/" + demo + "/package",
            "/api/inspection/rounds/" + demo + "/findings",
            "/api/inspection/disputes?round=" + demo,
            "/api/inspection/patrols?line=" + LINE)) {
      assertProblemNaming(send("GET", path, "fukang.officer", null), 403, null);
    }
    assertProblemNaming(
        send("POST", "/api/inspection/rounds/" + demo + "/report", "fukang.officer", null),
        403,
        null);
    String records = "/ogc/collections/inspection-records/items?limit=100&round=" + demo;
    assertThat(read(records, "qitai.inspector").path("features").size()).isPositive();
    assertThat(read(records, "fukang.officer").path("features").size())
        .as("the OGC collection holds the same line")
        .isZero();
  }

  @Test
  void aReportJobsResultIsReadOnlyByItsCreator() throws Exception {
    long demo = demoRound();
    HttpResponse<String> accepted =
        send("POST", "/api/inspection/rounds/" + demo + "/report?format=xlsx", "inspector", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    JsonNode job;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    do {
      Thread.sleep(200);
      job = read(location, "inspector");
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(send("GET", location + "/result", "inspector", null).statusCode()).isEqualTo(200);
    for (String other : List.of("viewer", "qitai.inspector", "fukang.officer")) {
      assertThat(send("GET", location + "/result", other, null).statusCode())
          .as(other)
          .isEqualTo(404);
    }
    assertThat(send("GET", location + "/result", null, null).statusCode()).isEqualTo(401);
  }

  // ---- item 8: each side signs through its own people, and the sign-off says who

  @Test
  void eachSideIsSignedByItsOwnPeopleAndTheSignOffNamesTheSigner() {
    long id = plan("签认权限");
    advance(id, "DESK_CHECK", "FIELDWORK", "REVIEW");
    String signOffs = "/api/inspection/rounds/" + id + "/sign-offs";
    String asQitai = "{\"side\": \"" + QITAI + "\", \"statement\": \"同意\"}";
    String asMulei = "{\"side\": \"" + MULEI + "\", \"statement\": \"同意\"}";
    assertProblemNaming(json("POST", signOffs, "inspector", asQitai), 403, null);
    assertProblemNaming(json("POST", signOffs, "inspector", asMulei), 403, null);
    assertProblemNaming(json("POST", signOffs, "admin", asMulei), 403, null);
    assertProblemNaming(json("POST", signOffs, "qitai.inspector", asMulei), 403, null);
    assertThat(read("/api/inspection/rounds/" + id, "qitai.inspector").path("signableSides"))
        .extracting(JsonNode::asString)
        .containsExactly(QITAI);
    assertThat(read("/api/inspection/rounds/" + id, "inspector").path("signableSides")).isEmpty();
    assertThat(read("/api/inspection/rounds/" + id, "inspector").path("signOffs")).isEmpty();

    HttpResponse<String> first = json("POST", signOffs, "qitai.inspector", asQitai);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(JSON.readTree(first.body()).path("locked").asBoolean()).isFalse();
    HttpResponse<String> second = json("POST", signOffs, "mulei.inspector", asMulei);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    JsonNode signed = JSON.readTree(second.body());
    assertThat(signed.path("status").asString()).isEqualTo("SIGNED");
    JsonNode bySide = read("/api/inspection/rounds/" + id, "inspector").path("signOffs");
    assertThat(bySide.size()).isEqualTo(2);
    for (JsonNode s : bySide) {
      boolean qitai = s.path("sideCode").asString().equals(QITAI);
      assertThat(s.path("signedBy").asString())
          .isEqualTo(qitai ? "qitai.inspector" : "mulei.inspector");
      assertThat(s.path("signerName").asString()).isEqualTo(qitai ? "奇台县界线联检人员" : "木垒县界线联检人员");
      assertThat(s.path("signerJurisdiction").asString()).isEqualTo(qitai ? QITAI : MULEI);
    }
  }

  // ---- item 9: disputes and patrols by a party, between the round's sides, in the parties' land

  private String dispute(Long roundId, String lineCode, String area, String... parties) {
    return """
        {"title": "权限测试争议区", "roundId": %s, "lineCode": %s, "parties": ["%s"], "area": %s}
        """
        .formatted(
            roundId,
            lineCode == null ? "null" : "\"" + lineCode + "\"",
            String.join("\", \"", parties),
            area);
  }

  @Test
  void aDisputeIsRecordedOnlyByAPartyBetweenTheRoundsSidesInTheirLand() {
    long demo = demoRound();
    int before =
        read("/api/inspection/disputes?round=" + demo, "inspector").path("disputes").size();
    String disputes = "/api/inspection/disputes";
    assertProblemNaming(
        json("POST", disputes, "fukang.officer", dispute(demo, LINE, IN_MULEI, QITAI, MULEI)),
        403,
        null);
    assertProblemNaming(
        json("POST", disputes, "fukang.officer", dispute(demo, null, IN_MULEI, FUKANG, QITAI)),
        400,
        "parties");
    assertProblemNaming(
        json("POST", disputes, "qitai.inspector", dispute(demo, null, IN_MULEI, QITAI, FUKANG)),
        400,
        "parties");
    assertProblemNaming(
        json(
            "POST",
            disputes,
            "qitai.inspector",
            dispute(null, null, IN_MULEI, QITAI, "652399000000")),
        400,
        "parties");
    assertProblemNaming(
        json("POST", disputes, "qitai.inspector", dispute(demo, LINE, IN_CHANGJI, QITAI, MULEI)),
        400,
        "area");
    assertProblemNaming(
        json(
            "POST",
            disputes,
            "qitai.inspector",
            dispute(null, "652325652327", IN_MULEI, QITAI, MULEI)),
        400,
        "parties");
    assertThat(read("/api/inspection/disputes?round=" + demo, "inspector").path("disputes").size())
        .as("nothing was written")
        .isEqualTo(before);

    HttpResponse<String> created =
        json("POST", disputes, "mulei.inspector", dispute(null, LINE, IN_MULEI, QITAI, MULEI));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).path("id").asLong();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    assertProblemNaming(
        json(
            "POST",
            disputes + "/" + id + "/settlement",
            "fukang.officer",
            "{\"status\": \"NEGOTIATING\"}",
            "If-Match",
            etag),
        403,
        null);
    assertThat(ids(read(disputes, "qitai.inspector").path("disputes"))).contains(id);
    assertThat(ids(read(disputes, "fukang.officer").path("disputes"))).doesNotContain(id);
  }

  @Test
  void aPatrolIsRecordedOnlyByASideOfItsExistingLine() {
    String patrol =
        "{\"lineCode\": \"%s\", \"patrolledOn\": \"2026-06-03\", \"patrollers\": [\"王五\"],"
            + " \"issuesFound\": false}";
    assertProblemNaming(
        json("POST", "/api/inspection/patrols", "fukang.officer", patrol.formatted(LINE)),
        403,
        null);
    assertProblemNaming(
        json("POST", "/api/inspection/patrols", "qitai.inspector", patrol.formatted("no-line")),
        400,
        "lineCode");
    HttpResponse<String> own =
        json("POST", "/api/inspection/patrols", "qitai.inspector", patrol.formatted(LINE));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
  }

  // ---- item 11: a plan that breaks the round's constraints is a 400 naming the field

  @Test
  void aPlanBreakingTheRoundsConstraintsIs400NamingTheField() {
    int before = read("/api/inspection/rounds", "qitai.inspector").path("rounds").size();
    String plan =
        """
        {"title": "约束", "roundNumber": %s, "leadCode": "%s", "assistingCode": "%s",
         "plannedStart": "2026-09-01", "plannedEnd": "2026-09-30", "lineCodes": ["%s"],
         "participants": [], "documents": [{"kind": "%s", "title": "界线协议书"}]}
        """;
    String path = "/api/inspection/rounds";
    String user = "qitai.inspector";
    assertProblemNaming(
        json("POST", path, user, plan.formatted("0", QITAI, MULEI, LINE, "AGREEMENT")),
        400,
        "roundNumber");
    assertProblemNaming(
        json("POST", path, user, plan.formatted("40000", QITAI, MULEI, LINE, "AGREEMENT")),
        400,
        "roundNumber");
    assertProblemNaming(
        json("POST", path, user, plan.formatted("1e30", QITAI, MULEI, LINE, "AGREEMENT")),
        400,
        "roundNumber");
    assertProblemNaming(
        json("POST", path, user, plan.formatted("2.5", QITAI, MULEI, LINE, "AGREEMENT")),
        400,
        "roundNumber");
    assertProblemNaming(
        json("POST", path, user, plan.formatted("5", QITAI, QITAI, LINE, "AGREEMENT")),
        400,
        "assistingCode");
    assertProblemNaming(
        json("POST", path, user, plan.formatted("5", "奇台县", MULEI, LINE, "AGREEMENT")),
        400,
        "leadCode");
    assertProblemNaming(
        json("POST", path, user, plan.formatted("5", QITAI, MULEI, LINE, "LETTER")),
        400,
        "documents[0].kind");
    assertThat(read("/api/inspection/rounds", "qitai.inspector").path("rounds").size())
        .as("nothing was written")
        .isEqualTo(before);
    assertThat(
            json("POST", path, user, plan.formatted("5", QITAI, MULEI, LINE, "AGREEMENT"))
                .statusCode())
        .isEqualTo(201);
  }

  // ---- item 16: no extent of internal collections for those who may not see them; photos

  @Test
  void theInternalCollectionsGiveNoExtentToThoseWhoSeeNoneOfTheirFeatures() {
    HttpResponse<String> created =
        json(
            "POST",
            "/api/inspection/disputes",
            "qitai.inspector",
            dispute(null, LINE, IN_MULEI, QITAI, MULEI));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    for (String collection : List.of("disputes", "inspection-records")) {
      String path = "/ogc/collections/" + collection;
      assertThat(getJson(path, 200).has("extent")).as("anonymous " + path).isFalse();
      assertThat(read(path, "viewer").has("extent")).as("viewer " + path).isFalse();
      assertThat(read(path, "qitai.inspector").path("extent").path("spatial").path("bbox").size())
          .as("officer " + path)
          .isEqualTo(1);
    }
    for (JsonNode c : getJson("/ogc/collections", 200).path("collections")) {
      if (List.of("disputes", "inspection-records").contains(c.path("id").asString())) {
        assertThat(c.has("extent")).as(c.path("id").asString()).isFalse();
      }
    }
  }

  @Test
  void aPhotoIsServedAsItsBytesSayAndAnUploadThatIsNoImageIsRefused() throws Exception {
    long id = plan("照片类型");
    advance(id, "DESK_CHECK", "FIELDWORK");
    JsonNode marker =
        read("/api/inspection/rounds/" + id + "/package", "qitai.inspector").path("markers").get(0);
    UUID record = UUID.randomUUID();
    HttpResponse<String> synced =
        json(
            "POST",
            "/api/inspection/rounds/" + id + "/sync",
            "qitai.inspector",
            """
            {"markers": [{"id": "%s", "markerId": %d, "team": "奇台组", "condition": "MISSING",
              "observedAt": "2026-08-05T03:00:00Z"}]}
            """
                .formatted(record, marker.path("id").asLong()));
    assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);

    byte[] png = new byte[64];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(magic, 0, png, 0, magic.length);
    UUID pngId = UUID.randomUUID();
    HttpResponse<String> stored = putPhoto(id, pngId, record, png, "image/jpeg");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat(JSON.readTree(stored.body()).path("complete").asBoolean()).isTrue();
    HttpResponse<byte[]> served = getBytes("/api/inspection/photos/" + pngId, "qitai.inspector");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(served.body()).isEqualTo(png);
    assertThat(getBytes("/api/inspection/photos/" + pngId, "fukang.officer").statusCode())
        .isEqualTo(403);
    assertThat(getBytes("/api/inspection/photos/" + pngId, "viewer").statusCode()).isEqualTo(403);

    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    UUID htmlId = UUID.randomUUID();
    assertProblemNaming(putPhoto(id, htmlId, record, html, "image/jpeg"), 400, "content");
    assertThat(getBytes("/api/inspection/photos/" + htmlId, "qitai.inspector").statusCode())
        .as("nothing was stored")
        .isEqualTo(404);
  }

  private HttpResponse<String> putPhoto(
      long roundId, UUID photoId, UUID recordId, byte[] content, String type) throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    return HTTP.send(
        HttpRequest.newBuilder(
                URI.create(
                    baseUrl()
                        + "/api/inspection/rounds/"
                        + roundId
                        + "/photos/"
                        + photoId
                        + "?record="
                        + recordId
                        + "&offset=0&size="
                        + content.length
                        + "&sha256="
                        + sha
                        + "&type="
                        + type))
            .header("Authorization", "Bearer " + tokenOf("qitai.inspector"))
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(String path, String user) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + tokenOf(user))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<Long> ids(JsonNode array) {
    return array.valueStream().map(n -> n.path("id").asLong()).toList();
  }
}

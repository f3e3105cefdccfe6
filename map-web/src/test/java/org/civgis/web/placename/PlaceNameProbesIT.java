package org.civgis.web.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The place-name library probed from outside as each role would: what a reader may see, what a
 * county officer may move, and input that used to end in a 500 or in a silent, false change.
 */
class PlaceNameProbesIT extends WebIntegrationTest {
  private static final String ITEMS = "/ogc/collections/place-names/items";

  @Autowired JdbcClient jdbc;

  private static String road(String name, String extraProperties) {
    return """
        {"type":"Feature",
         "geometry":{"type":"LineString","coordinates":[[88.18,44.15],[88.20,44.16]]},
         "properties":{"standardName":"%s","categoryCode":"0801","divisionCode":"652302000000"%s}}"""
        .formatted(name, extraProperties);
  }

  private HttpResponse<String> postJson(String path, String user, String json) {
    return send("POST", path, user, json, "Content-Type", "application/json");
  }

  private static String invalidParam(HttpResponse<String> response) {
    return JSON.readTree(response.body()).path("invalidParams").get(0).path("name").asString();
  }

  private long standardNameIn(String name, String divisionPrefix) {
    JsonNode results =
        getJson("/api/search?q=" + name + "&division=" + divisionPrefix, 200).path("results");
    for (JsonNode hit : results) {
      if (hit.path("name").asString().equals(name)) {
        return hit.path("id").asLong();
      }
    }
    throw new AssertionError(name + " is not in the demo library under " + divisionPrefix);
  }

  private static List<String> standardNames(JsonNode summaries) {
    List<String> names = new ArrayList<>();
    summaries.forEach(s -> names.add(s.path("standardName").asString()));
    return names;
  }

  // ---- what readers see

  @Test
  void aRenamingInProcedureIsListedToOfficersOnly() {
    long id = standardNameIn("绿洲路", "652301");
    HttpResponse<String> renaming =
        postJson(
            "/api/place-names/" + id + "/renaming",
            "changji.officer",
            """
            {"standardName":"绿洲大道","specificPart":"绿洲","genericPart":"大道","categoryCode":"0801"}""");
    assertThat(renaming.statusCode()).as(renaming.body()).isEqualTo(201);

    for (String reader : new String[] {null, "viewer"}) {
      HttpResponse<String> detail = send("GET", "/api/place-names/" + id, reader, null);
      assertThat(detail.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(detail.body());
      assertThat(standardNames(body.path("successors"))).as(reader).doesNotContain("绿洲大道");
      assertThat(standardNames(body.path("history"))).as(reader).doesNotContain("绿洲大道");
      assertThat(detail.body()).as(reader).doesNotContain("绿洲大道");
    }
    JsonNode officer =
        JSON.readTree(send("GET", "/api/place-names/" + id, "changji.officer", null).body());
    assertThat(standardNames(officer.path("successors"))).contains("绿洲大道");
    assertThat(standardNames(officer.path("history"))).contains("绿洲路", "绿洲大道");
  }

  // ---- the cleanup worklist and jurisdictions

  @Test
  void aCountyOfficerWorksOnlyOnTheCleanupItemsOfTheirCountyAndTheAuditNamesThem() {
    assertThat(
            send("POST", "/api/place-names/cleanup/runs?division=652300000000", "admin", null)
                .statusCode())
        .isEqualTo(200);
    JsonNode changji = worklist("652301");
    JsonNode fukang = worklist("652302");
    assertThat(changji.size()).as("flagged names of 昌吉市").isPositive();
    assertThat(fukang.size()).as("flagged names of 阜康市").isPositive();

    long elsewhere = changji.get(0).path("placeNameId").asLong();
    String statusBefore = changji.get(0).path("status").asString();
    HttpResponse<String> refused =
        send(
            "PUT",
            "/api/place-names/cleanup/" + elsewhere,
            "fukang.officer",
            "{\"status\":\"WAIVED\",\"note\":\"越权\"}",
            "Content-Type",
            "application/json");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(worklist("652301").get(0).path("status").asString()).isEqualTo(statusBefore);

    JsonNode own = null;
    for (JsonNode item : fukang) {
      if (item.path("status").asString().equals("OPEN")) {
        own = item;
      }
    }
    assertThat(own).as("an open item of 阜康市").isNotNull();
    long id = own.path("placeNameId").asLong();
    HttpResponse<String> moved =
        send(
            "PUT",
            "/api/place-names/cleanup/" + id,
            "fukang.officer",
            "{\"status\":\"IN_PROGRESS\",\"note\":\"已通知权属单位\"}",
            "Content-Type",
            "application/json");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    Long actorId =
        jdbc.sql(
                "select actor_id from platform.audit_event where action = 'CLEANUP_IN_PROGRESS'"
                    + " and feature_id = :id order by id desc limit 1")
            .param("id", Long.toString(id))
            .query(Long.class)
            .single();
    Long fukangOfficer =
        jdbc.sql("select id from platform.app_user where username = 'fukang.officer'")
            .query(Long.class)
            .single();
    assertThat(actorId).isEqualTo(fukangOfficer);

    // the batch too: a county officer runs it for their county only
    assertThat(
            send(
                    "POST",
                    "/api/place-names/cleanup/runs?division=652300000000",
                    "fukang.officer",
                    null)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> ownRun =
        send("POST", "/api/place-names/cleanup/runs", "fukang.officer", null);
    assertThat(ownRun.statusCode()).as(ownRun.body()).isEqualTo(200);
    assertThat(JSON.readTree(ownRun.body()).path("checked").asInt()).isBetween(1, 400);
  }

  private JsonNode worklist(String division) {
    HttpResponse<String> response =
        send("GET", "/api/place-names/cleanup?division=" + division, "admin", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  // ---- input that used to give a 500

  @Test
  void aNameTheRulesCannotSpellAsksForItsRomanizationInsteadOfFailing() {
    for (String name : new String[] {"G216国道", "A区路", "新华路（东）"}) {
      String check =
          """
          {"standardName":"%s","categoryCode":"0801","divisionCode":"652302000000"}"""
              .formatted(name);
      HttpResponse<String> checked = postJson("/api/place-names/check", "fukang.officer", check);
      assertThat(checked.statusCode()).as(name + ": " + checked.body()).isEqualTo(400);
      assertThat(checked.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(invalidParam(checked)).isEqualTo("properties.romanization");

      HttpResponse<String> proposed = send("POST", ITEMS, "fukang.officer", road(name, ""));
      assertThat(proposed.statusCode()).as(name + ": " + proposed.body()).isEqualTo(400);
      assertThat(invalidParam(proposed)).isEqualTo("properties.romanization");
    }
    HttpResponse<String> given =
        postJson(
            "/api/place-names/check",
            "fukang.officer",
            """
            {"standardName":"G216国道","categoryCode":"0801","divisionCode":"652302000000",
             "romanization":"G216 Guodao"}""");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    assertThat(JSON.readTree(given.body()).path("romanization").path("pinyin").asString())
        .isEqualTo("G216 Guodao");
  }

  @Test
  void anAttachmentIsRefusedWithAnInvalidTypeAndActiveContentIsServedAsADownload() {
    HttpResponse<String> proposed =
        send(
            "POST",
            ITEMS,
            "fukang.officer",
            road("附件测试路", ",\"specificPart\":\"附件测试\",\"genericPart\":\"路\""));
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    String id = JSON.readTree(proposed.body()).path("id").asString();

    HttpResponse<String> invalid = attach(id, "no type at all", "x.bin", "data");
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
    assertThat(invalidParam(invalid)).isEqualTo("file");

    HttpResponse<String> html =
        attach(id, "text/html", "page.html", "<script>alert(document.cookie)</script>");
    assertThat(html.statusCode()).as(html.body()).isEqualTo(201);
    String attachment = JSON.readTree(html.body()).path("id").asString();
    HttpResponse<String> download =
        send(
            "GET", "/api/place-names/" + id + "/attachments/" + attachment, "fukang.officer", null);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
  }

  private HttpResponse<String> attach(String id, String type, String fileName, String content) {
    String boundary = "----civgis";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return send(
        "POST",
        "/api/place-names/" + id + "/attachments",
        "fukang.officer",
        body,
        "Content-Type",
        "multipart/form-data; boundary=" + boundary);
  }

  @Test
  void tooManyAliasesAreRefused() {
    StringBuilder aliases = new StringBuilder();
    // one more than the 20 a name may have
    for (int i = 0; i < 21; i++) {
      aliases.append(i == 0 ? "" : ",").append("\"别名").append(i).append("\"");
    }
    HttpResponse<String> proposed =
        send("POST", ITEMS, "fukang.officer", road("多别名路", ",\"aliases\":[" + aliases + "]"));
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(400);
    assertThat(invalidParam(proposed)).isEqualTo("properties.aliases");
  }

  // ---- edits that changed nothing but the record

  @Test
  void aPatchOfTheDivisionIsRefusedAndAnEmptyPatchWritesNothing() {
    long id = standardNameIn("阜新街道", "652302");
    String item = ITEMS + "/" + id;
    HttpResponse<String> before = send("GET", item, "fukang.officer", null);
    assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
    String etag = before.headers().firstValue("ETag").orElseThrow();
    int steps = steps(id);
    long audits = audits(id);

    HttpResponse<String> moved =
        send(
            "PATCH",
            item,
            "fukang.officer",
            "{\"properties\":{\"divisionCode\":\"652302100000\"}}",
            "If-Match",
            etag,
            "Content-Type",
            "application/merge-patch+json");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(400);
    assertThat(invalidParam(moved)).isEqualTo("properties.divisionCode");

    HttpResponse<String> empty =
        send(
            "PATCH",
            item,
            "fukang.officer",
            "{\"properties\":{}}",
            "If-Match",
            etag,
            "Content-Type",
            "application/merge-patch+json");
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(200);
    assertThat(empty.headers().firstValue("ETag")).hasValue(etag);
    assertThat(steps(id)).as("no 属性变更 step for the annual update").isEqualTo(steps);
    assertThat(audits(id)).isEqualTo(audits);
  }

  private int steps(long id) {
    return JSON.readTree(send("GET", "/api/place-names/" + id, "fukang.officer", null).body())
        .path("steps")
        .size();
  }

  private long audits(long id) {
    return jdbc.sql(
            "select count(*) from platform.audit_event where collection = 'place-names'"
                + " and feature_id = :id")
        .param("id", Long.toString(id))
        .query(Long.class)
        .single();
  }
}

package org.civgis.web.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The heritage list and the procedure: a protected name's renaming warns at proposal and cannot be
 * approved, nor the name retired, until a heritage review is recorded.
 */
class HeritageProcedureIT extends WebIntegrationTest {
  private static final String ITEMS = "/ogc/collections/place-names/items";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final String JSON_TYPE = "application/json";

  private String road(String name, String specific) {
    return """
        {"type":"Feature",
         "geometry":{"type":"LineString","coordinates":[[88.18,44.15],[88.20,44.16]]},
         "properties":{"standardName":"%s","specificPart":"%s","genericPart":"路",
                       "categoryCode":"0801","divisionCode":"652302000000",
                       "meaning":"以当地地名命名"}}"""
        .formatted(name, specific);
  }

  private String etag(String id) {
    HttpResponse<String> detail = send("GET", "/api/place-names/" + id, "fukang.officer", null);
    assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
    return detail.headers().firstValue("ETag").orElseThrow();
  }

  private HttpResponse<String> step(String id, String user, String json) {
    return send(
        "POST",
        "/api/place-names/" + id + "/steps",
        user,
        json,
        "If-Match",
        etag(id),
        "Content-Type",
        JSON_TYPE);
  }

  private HttpResponse<String> review(String id, String kind) {
    return send(
        "POST",
        "/api/place-names/" + id + "/reviews",
        "fukang.officer",
        """
        {"kind":"%s","startedOn":"%s","endedOn":"%s","opinions":"无异议","conclusion":"同意"}"""
            .formatted(kind, TODAY.minusDays(20), TODAY.minusDays(10)),
        "Content-Type",
        JSON_TYPE);
  }

  private static final String APPROVE =
      """
      {"target":"APPROVED","on":"%s",
       "approval":{"authority":"阜康市人民政府","date":"%s","documentNo":"阜政函〔2026〕9号"}}"""
          .formatted(TODAY.minusDays(5), TODAY.minusDays(5));

  private static final String ANNOUNCE =
      """
      {"target":"ANNOUNCED","on":"%s","announcement":{"number":"地名公告第9号","date":"%s"}}"""
          .formatted(TODAY.minusDays(2), TODAY.minusDays(2));

  /** Proposes a name and sends it to review with both reviews recorded; returns its id. */
  private String reviewed(String body) {
    HttpResponse<String> created = send("POST", ITEMS, "fukang.officer", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JSON.readTree(created.body()).path("id").asString();
    return reviewedProposal(id);
  }

  private String reviewedProposal(String id) {
    HttpResponse<String> toReview =
        step(
            id,
            "fukang.officer",
            "{\"target\":\"UNDER_REVIEW\",\"on\":\"" + TODAY.minusDays(21) + "\"}");
    assertThat(toReview.statusCode()).as(toReview.body()).isEqualTo(200);
    assertThat(review(id, "EXPERT_EVALUATION").statusCode()).isEqualTo(204);
    assertThat(review(id, "PUBLIC_CONSULTATION").statusCode()).isEqualTo(204);
    return id;
  }

  /** A standard (announced) road of 阜康市. */
  private String standard(String name, String specific) {
    String id = reviewed(road(name, specific));
    assertThat(step(id, "prefecture.officer", APPROVE).statusCode()).isEqualTo(200);
    HttpResponse<String> announced =
        step(
            id,
            "prefecture.officer",
            """
            {"target":"ANNOUNCED","on":"%s","announcement":{"number":"地名公告第8号","date":"%s"}}"""
                .formatted(TODAY.minusDays(4), TODAY.minusDays(4)));
    assertThat(announced.statusCode()).as(announced.body()).isEqualTo(200);
    return id;
  }

  private JsonNode officerJson(String path) {
    HttpResponse<String> response = send("GET", path, "fukang.officer", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> list(String id, String user, String body) {
    return send("PUT", "/api/heritage/" + id, user, body, "Content-Type", JSON_TYPE);
  }

  private static final String ENTRY =
      """
      {"criteria":["AGE_OF_USE","ETHNIC_CULTURAL"],"inUseSince":"清代",
       "story":"测试用地名的来历","sources":"测试资料，第 1 页"}""";

  @Test
  void aProtectedNamesRenamingWarnsAndIsApprovedOnlyAfterTheHeritageReview() {
    String old = standard("古驿路", "古驿");
    assertThat(list(old, "changji.officer", ENTRY).statusCode()).as("outside 昌吉市").isEqualTo(403);
    HttpResponse<String> listed = list(old, "fukang.officer", ENTRY);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode heritage = getJson("/api/heritage?division=652302", 200);
    JsonNode entry = null;
    for (JsonNode item : heritage.path("items")) {
      if (item.path("placeNameId").asString().equals(old)) {
        entry = item;
      }
    }
    assertThat(entry).as("the list names it").isNotNull();
    assertThat(entry.path("standardName").asString()).isEqualTo("古驿路");
    assertThat(entry.path("criteria").get(0).path("name").asString()).isEqualTo("使用历史悠久");
    assertThat(entry.path("point")).hasSize(2);

    HttpResponse<String> renaming =
        send(
            "POST",
            "/api/place-names/" + old + "/renaming",
            "fukang.officer",
            """
            {"standardName":"新驿路","specificPart":"新驿","genericPart":"路","categoryCode":"0801",
             "meaning":"更名测试"}""",
            "Content-Type",
            JSON_TYPE);
    assertThat(renaming.statusCode()).as(renaming.body()).isEqualTo(201);
    JsonNode proposal = JSON.readTree(renaming.body());
    assertThat(proposal.path("warnings").get(0).path("code").asString()).isEqualTo("HERITAGE");
    assertThat(proposal.path("warnings").get(0).path("message").asString())
        .contains("古驿路")
        .contains("地名文化保护名录");
    String renamed = proposal.path("feature").path("id").asString();
    assertThat(getJson("/api/place-names/" + old, 200).path("heritage").path("story").asString())
        .isEqualTo("测试用地名的来历");

    reviewedProposal(renamed);
    HttpResponse<String> refused = step(renamed, "prefecture.officer", APPROVE);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(JSON.readTree(refused.body()).path("detail").asString())
        .contains("古驿路")
        .contains("地名文化保护评估");

    assertThat(review(renamed, "HERITAGE_REVIEW").statusCode()).isEqualTo(204);
    HttpResponse<String> approved = step(renamed, "prefecture.officer", APPROVE);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(step(renamed, "prefecture.officer", ANNOUNCE).statusCode()).isEqualTo(200);
    JsonNode detail = officerJson("/api/place-names/" + renamed);
    assertThat(detail.path("reviews")).hasSize(3);
    assertThat(
            officerJson("/api/place-names/" + old)
                .path("feature")
                .path("properties")
                .path("status")
                .asString())
        .isEqualTo("RENAMED");
  }

  @Test
  void aProtectedNameIsRetiredOnlyAfterTheHeritageReview() {
    String id = standard("古渡路", "古渡");
    assertThat(list(id, "fukang.officer", ENTRY).statusCode()).isEqualTo(200);
    String retire =
        "{\"target\":\"RETIRED\",\"on\":\"" + TODAY + "\",\"note\":\"阜政函〔2026〕10号 注销\"}";
    HttpResponse<String> refused = step(id, "prefecture.officer", retire);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("地名文化保护评估");
    assertThat(
            getJson("/api/place-names/" + id, 200).path("warnings").get(0).path("code").asString())
        .isEqualTo("HERITAGE");
    assertThat(review(id, "HERITAGE_REVIEW").statusCode()).isEqualTo(204);
    HttpResponse<String> retired = step(id, "prefecture.officer", retire);
    assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
  }

  @Test
  void anUnprotectedNameNeedsNoHeritageReviewAndTheListRefusesBadEntries() {
    String id = reviewed(road("新泉路", "新泉"));
    HttpResponse<String> needless = review(id, "HERITAGE_REVIEW");
    assertThat(needless.statusCode()).as(needless.body()).isEqualTo(409);
    assertThat(step(id, "prefecture.officer", APPROVE).statusCode()).isEqualTo(200);
    assertThat(officerJson("/api/place-names/" + id).path("warnings")).isEmpty();

    String standard = standard("新井路", "新井");
    HttpResponse<String> noCriteria =
        list(standard, "fukang.officer", "{\"criteria\":[],\"story\":\"x\",\"sources\":\"y\"}");
    assertThat(noCriteria.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noCriteria.body()).path("detail").asString()).contains("criteria");
    HttpResponse<String> noSources =
        list(standard, "fukang.officer", "{\"criteria\":[\"AGE_OF_USE\"],\"story\":\"x\"}");
    assertThat(JSON.readTree(noSources.body()).path("detail").asString()).contains("sources");
    HttpResponse<String> proposalListed = list(id, "fukang.officer", ENTRY);
    assertThat(proposalListed.statusCode()).as("only current standard names").isEqualTo(409);
  }
}

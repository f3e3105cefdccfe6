package org.civgis.web.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A division's history over HTTP: its versions and the recorded changes, on the demo's vintages.
 */
class DivisionVersionsIT extends WebIntegrationTest {
  private static final String SHANGHUGOU = "652302201000";
  private static final String WUCAIWAN_PARK = "652327400000";
  private static final String WUCAIWAN_TOWN = "652327106000";

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(
        node -> values.add(node.path(field).isNull() ? null : node.path(field).asString()));
    return values;
  }

  // ---- versions

  @Test
  void aRenamedTownshipHasItsTwoVersionsOldestFirst() {
    JsonNode history = getJson("/api/divisions/" + SHANGHUGOU + "/history", 200);
    assertThat(history.path("code").asString()).isEqualTo(SHANGHUGOU);
    JsonNode versions = history.path("versions");
    assertThat(texts(versions, "name")).containsExactly("上户沟哈萨克民族乡", "上户沟哈萨克族乡");

    JsonNode old = versions.get(0);
    assertThat(old.path("validFrom").isNull()).as("since before our records").isTrue();
    assertThat(old.path("validTo").asString()).isEqualTo("2023-06-30");
    assertThat(old.path("source").asString()).isEqualTo("nbs-division-codes-2021");
    assertThat(old.path("levelName").asString()).isEqualTo("乡级");
    assertThat(old.path("parent").path("name").asString()).isEqualTo("阜康市");

    JsonNode current = versions.get(1);
    assertThat(current.path("validFrom").asString()).isEqualTo("2023-06-30");
    assertThat(current.path("validTo").isNull()).as("current").isTrue();
    assertThat(current.path("status").asString()).isEqualTo("PUBLISHED");
  }

  // ---- changes

  @Test
  void theRenamingIsListedWithTheNamesBeforeAndAfter() {
    JsonNode changes = getJson("/api/divisions/" + SHANGHUGOU + "/history", 200).path("changes");
    assertThat(changes).hasSize(1);
    JsonNode rename = changes.get(0);
    assertThat(rename.path("kind").asString()).isEqualTo("RENAME");
    assertThat(rename.path("effectiveDate").asString()).isEqualTo("2023-06-30");
    assertThat(rename.path("effectiveDateNote").asString()).contains("生效日期不详");
    assertThat(texts(rename.path("from"), "name")).containsExactly("上户沟哈萨克民族乡");
    assertThat(texts(rename.path("to"), "name")).containsExactly("上户沟哈萨克族乡");
  }

  @Test
  void aReplacedDivisionNamesItsSuccessorAndTheSuccessorItsPredecessor() {
    JsonNode park = getJson("/api/divisions/" + WUCAIWAN_PARK + "/history", 200);
    assertThat(texts(park.path("versions"), "name")).containsExactly("五彩湾工业园区");
    JsonNode replace = park.path("changes").get(0);
    assertThat(replace.path("kind").asString()).isEqualTo("REPLACE");
    assertThat(texts(replace.path("to"), "code")).containsExactly(WUCAIWAN_TOWN);
    assertThat(texts(replace.path("to"), "name")).containsExactly("五彩湾镇");

    JsonNode town = getJson("/api/divisions/" + WUCAIWAN_TOWN + "/history", 200);
    assertThat(texts(town.path("versions"), "validFrom")).containsExactly("2023-06-30");
    assertThat(texts(town.path("changes").get(0).path("from"), "name")).containsExactly("五彩湾工业园区");
  }

  @Test
  void anUnchangedCountyHasOneOpenVersionAndNoChanges() {
    JsonNode fukang = getJson("/api/divisions/652302/history", 200);
    assertThat(fukang.path("code").asString()).isEqualTo("652302000000");
    assertThat(fukang.path("versions")).isNotEmpty();
    assertThat(fukang.path("versions").get(0).path("parent").path("name").asString())
        .isEqualTo("昌吉回族自治州");
  }

  // ---- refusals and drafts

  @Test
  void unknownAndMalformedCodesAreRefused() {
    assertThat(getJson("/api/divisions/652302999000/history", 404).path("detail").asString())
        .contains("652302999000");
    assertThat(
            getJson("/api/divisions/12345/history", 400)
                .path("invalidParams")
                .get(0)
                .path("name")
                .asString())
        .isEqualTo("code");
  }

  @Test
  void draftsAreSeenByOfficersOnly() {
    String code = "652302001992";
    String body =
        """
        {"type":"Feature","geometry":null,"properties":{
          "code":"%s","name":"草稿社区","level":5,"parentCode":"652302001000",
          "status":"DRAFT","remarks":"历史接口测试"}}"""
            .formatted(code);
    HttpResponse<String> created = send("POST", "/ogc/collections/divisions/items", "admin", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try {
      String path = "/api/divisions/" + code + "/history";
      assertThat(send("GET", path, null, null).statusCode()).isEqualTo(404);
      assertThat(send("GET", path, "viewer", null).statusCode()).isEqualTo(404);
      HttpResponse<String> officer = send("GET", path, "fukang.officer", null);
      assertThat(officer.statusCode()).as(officer.body()).isEqualTo(200);
      JsonNode version = JSON.readTree(officer.body()).path("versions").get(0);
      assertThat(version.path("name").asString()).isEqualTo("草稿社区");
      assertThat(version.path("status").asString()).isEqualTo("DRAFT");
    } finally {
      // created and ended today: withdrawn, so that other tests see the demo as it was
      send(
          "DELETE",
          "/ogc/collections/divisions/items/" + code,
          "admin",
          null,
          "If-Match",
          created.headers().firstValue("ETag").orElseThrow());
    }
  }
}

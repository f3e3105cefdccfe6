package org.civgis.web.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The search box over the demo place names (every division of Changji, with its history). */
class SearchIT extends WebIntegrationTest {

  private JsonNode search(String query) {
    return getJson("/api/search?" + query, 200).path("results");
  }

  private List<String> names(String q, String more) {
    List<String> names = new ArrayList<>();
    search("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more)
        .forEach(r -> names.add(r.path("name").asString()));
    return names;
  }

  @Test
  void pinyinAndInitialsFindTheName() {
    assertThat(names("changjishi", "")).first().isEqualTo("昌吉市");
    assertThat(names("cjs", "")).first().isEqualTo("昌吉市");
    assertThat(names("qitaixian", "")).first().isEqualTo("奇台县");
    assertThat(names("mlhskzzx", "")).first().isEqualTo("木垒哈萨克自治县");
  }

  @Test
  void oneWrongCharacterStillFinds() {
    assertThat(names("阜糠市", "")).first().isEqualTo("阜康市");
  }

  @Test
  void aFormerNameFindsTheCurrentNameMarkedAsFormer() {
    JsonNode first = search("q=" + URLEncoder.encode("五彩湾工业园区", StandardCharsets.UTF_8)).get(0);
    assertThat(first.path("name").asString()).isEqualTo("五彩湾镇");
    assertThat(first.path("matchedFormerName").asString()).isEqualTo("五彩湾工业园区");
    assertThat(first.path("formerNames").toString()).contains("五彩湾工业园区");
    assertThat(names("上户沟哈萨克民族乡", "")).first().isEqualTo("上户沟哈萨克族乡");
  }

  @Test
  void aResultSaysItsCountyAndTownshipByName() {
    JsonNode village = first("下三工村");
    assertThat(village.path("county").asString()).isEqualTo("昌吉市");
    assertThat(village.path("township").asString()).isNotBlank().endsWith("镇");
    JsonNode township = first("三工镇");
    assertThat(township.path("county").asString()).isEqualTo("昌吉市");
    assertThat(township.path("township").isNull()).as("a township does not lie in itself").isTrue();
    JsonNode county = first("昌吉市");
    assertThat(county.path("county").isNull()).isTrue();
    assertThat(county.path("township").isNull()).isTrue();
  }

  @Test
  void anOfficerAlsoFindsNamesInProcedureMarkedAsSuchOthersDoNot() {
    String proposal =
        """
        {"type":"Feature",
         "geometry":{"type":"LineString","coordinates":[[88.18,44.15],[88.20,44.16]]},
         "properties":{"standardName":"瑶池南路","specificPart":"瑶池南","genericPart":"路",
                       "categoryCode":"0801","divisionCode":"652302000000",
                       "meaning":"以天池（瑶池）命名"}}""";
    var created = send("POST", "/ogc/collections/place-names/items", "fukang.officer", proposal);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String q = "/api/search?q=" + URLEncoder.encode("瑶池", StandardCharsets.UTF_8);

    JsonNode officers = JSON.readTree(send("GET", q, "fukang.officer", null).body());
    JsonNode found = null;
    for (JsonNode r : officers.path("results")) {
      if (r.path("name").asString().equals("瑶池南路")) {
        found = r;
      }
    }
    assertThat(found).as(officers.toString()).isNotNull();
    assertThat(found.path("status").asString()).isEqualTo("IN_PROCEDURE");
    assertThat(found.path("procedureStatus").asString()).isEqualTo("PROPOSED");
    assertThat(found.path("county").asString()).isEqualTo("阜康市");

    assertThat(getJson(q, 200).path("results").toString()).doesNotContain("瑶池南路");
    assertThat(send("GET", q, "viewer", null).body()).doesNotContain("瑶池南路");
  }

  private JsonNode first(String name) {
    JsonNode result = search("q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).get(0);
    assertThat(result.path("name").asString()).isEqualTo(name);
    return result;
  }

  @Test
  void divisionFilterAndTheResponseShape() {
    assertThat(names("三工", "&division=652302000000"))
        .allMatch(n -> n.contains("三工"))
        .contains("三工河哈萨克族乡");
    assertThat(names("三工", "&division=652301")).contains("三工镇").doesNotContain("三工河哈萨克族乡");
    JsonNode r = search("q=" + URLEncoder.encode("昌吉市", StandardCharsets.UTF_8)).get(0);
    assertThat(r.path("divisionCode").asString()).isEqualTo("652301000000");
    assertThat(r.path("romanization").asString()).isEqualTo("Changji Shi");
    assertThat(r.path("point").size()).isEqualTo(2);
    assertThat(r.path("score").asInt()).isEqualTo(100);
    assertThat(get("/api/search?q=").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=x&limit=1000").statusCode()).isEqualTo(400);
  }

  @Test
  void asOfAcrossTheVintagesInThePlaceNameCollection() {
    String before =
        get("/ogc/collections/place-names/items?division=652302&limit=1000&datetime=2022-01-01")
            .body();
    assertThat(before).contains("上户沟哈萨克民族乡").doesNotContain("上户沟哈萨克族乡");
    String now = get("/ogc/collections/place-names/items?division=652302&limit=1000").body();
    assertThat(now).contains("上户沟哈萨克族乡").doesNotContain("上户沟哈萨克民族乡");
  }
}

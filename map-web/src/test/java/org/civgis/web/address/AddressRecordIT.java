package org.civgis.web.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** One address by its code: its record and history, a move, a renumbering, a retirement, export. */
class AddressRecordIT extends WebIntegrationTest {
  @Autowired JdbcClient jdbc;

  /**
   * A current house number of 宁边路 with (or without) buildings and rooms at it, chosen from the end
   * of the road so that other tests' addresses are not touched.
   */
  private Map<String, Object> houseNumber(boolean withDependents) {
    return jdbc.sql(
            """
            select a.code, a.house_number as n, ST_X(a.geom) as x, ST_Y(a.geom) as y,
                   a.point_generated as generated
              from gazetteer.address a
             where a.road_name = '宁边路' and a.kind = 'HOUSE_NUMBER' and a.status = 'CURRENT'
               and a.house_number_suffix = ''
               and exists (select 1 from gazetteer.address d where d.road_code = a.road_code
                             and d.house_number = a.house_number and d.kind <> 'HOUSE_NUMBER'
                             and d.status = 'CURRENT') = :dependents
             order by a.house_number desc limit 1
            """)
        .param("dependents", withDependents)
        .query()
        .singleRow();
  }

  /** The ids of the current addresses at house number {@code n} of {@code road}. */
  private List<Long> currentAt(String road, int n) {
    return jdbc.sql(
            "select id from gazetteer.address where road_code = :road and house_number = :n"
                + " and status = 'CURRENT'")
        .param("road", road)
        .param("n", n)
        .query(Long.class)
        .list();
  }

  /** Removes the versions made since {@code lastIdBefore} and makes {@code ids} current again. */
  private void restore(String road, List<Long> ids, long lastIdBefore) {
    jdbc.sql("delete from gazetteer.address where id > :last and road_code = :road")
        .param("last", lastIdBefore)
        .param("road", road)
        .update();
    jdbc.sql(
            "update gazetteer.address set status = 'CURRENT', valid = daterange(lower(valid), null)"
                + " where id in (:ids)")
        .param("ids", ids)
        .update();
    jdbc.sql(
            "select pg_notify('civgis_feature_changes', '{\"collection\":\"addresses\",\"bbox\":null}')")
        .query()
        .singleRow();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode item : array) {
      out.add(item.path(field).asString());
    }
    return out;
  }

  private long lastId() {
    return jdbc.sql("select max(id) from gazetteer.address").query(Long.class).single();
  }

  private String roadOf(String code) {
    return jdbc.sql("select road_code from gazetteer.address where code = :c limit 1")
        .param("c", code)
        .query(String.class)
        .single();
  }

  private HttpResponse<String> write(
      String method, String path, String user, String body, String etag) {
    return etag == null
        ? send(method, path, user, body, "Content-Type", "application/json")
        : send(method, path, user, body, "Content-Type", "application/json", "If-Match", etag);
  }

  @Test
  void anOfficerRetiresAHouseNumberWithAReasonAndItsHistoryShowsIt() throws Exception {
    Map<String, Object> a = houseNumber(false);
    String code = (String) a.get("code");
    String road = roadOf(code);
    List<Long> before = currentAt(road, ((Number) a.get("n")).intValue());
    long last = lastId();
    try {
      HttpResponse<String> read = send("GET", "/api/addresses/" + code, "changji.officer", null);
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      String etag = read.headers().firstValue("ETag").orElseThrow();
      JsonNode record = JSON.readTree(read.body());
      assertThat(record.path("current").asBoolean()).isTrue();
      assertThat(record.path("statusName").asString()).isEqualTo("现行");
      assertThat(record.path("versions").size()).isEqualTo(1);

      String path = "/api/addresses/" + code + "/retirement";
      String body = "{\"reason\":\"房屋拆除\"}";
      assertThat(write("POST", path, "changji.officer", body, null).statusCode()).isEqualTo(428);
      assertThat(write("POST", path, "planner", body, etag).statusCode()).isEqualTo(403);
      HttpResponse<String> outside = write("POST", path, "fukang.officer", body, etag);
      assertThat(outside.statusCode()).isEqualTo(403);
      assertThat(outside.body()).contains("辖区");
      HttpResponse<String> noReason = write("POST", path, "changji.officer", "{}", etag);
      assertThat(noReason.statusCode()).isEqualTo(400);
      assertThat(noReason.headers().firstValue("Content-Type").orElse(""))
          .contains("application/problem+json");
      assertThat(noReason.body()).contains("reason").contains("注销原因");
      assertThat(write("POST", path, "changji.officer", body, "\"a1-1\"").statusCode())
          .isEqualTo(412);

      HttpResponse<String> retired = write("POST", path, "changji.officer", body, etag);
      assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
      assertThat(JSON.readTree(retired.body()).path("status").asString()).isEqualTo("RETIRED");
      assertThat(write("POST", path, "changji.officer", body, etag).statusCode()).isEqualTo(409);

      JsonNode after = JSON.readTree(send("GET", "/api/addresses/" + code, "viewer", null).body());
      assertThat(after.path("current").asBoolean()).isFalse();
      assertThat(after.path("statusName").asString()).isEqualTo("已注销");
      assertThat(after.path("validTo").isNull()).isFalse();
      JsonNode event = after.path("events").get(0);
      assertThat(event.path("actionName").asString()).isEqualTo("注销");
      assertThat(event.path("actorName").asString()).isEqualTo("changji.officer");
      assertThat(event.path("reason").asString()).isEqualTo("房屋拆除");
      assertThat(event.path("occurredAtText").asString())
          .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
      // gone from today's collection
      JsonNode items =
          JSON.readTree(
              get("/ogc/collections/addresses/items?q="
                      + URLEncoder.encode(
                          (String) after.path("text").asString(), StandardCharsets.UTF_8))
                  .body());
      for (JsonNode f : items.path("features")) {
        assertThat(f.path("properties").path("code").asString()).isNotEqualTo(code);
      }
    } finally {
      restore(road, before, last);
    }
  }

  @Test
  void aHouseNumberIsMovedAndRenumberedWithItsBuildingsAndEveryVersionIsKept() throws Exception {
    Map<String, Object> a = houseNumber(true);
    String code = (String) a.get("code");
    int n = ((Number) a.get("n")).intValue();
    String road = roadOf(code);
    List<Long> before = currentAt(road, n);
    long last = lastId();
    int dependents =
        jdbc.sql(
                "select count(*) from gazetteer.address where road_code = :r and house_number = :n"
                    + " and kind <> 'HOUSE_NUMBER' and status = 'CURRENT'")
            .param("r", road)
            .param("n", n)
            .query(Integer.class)
            .single();
    try {
      HttpResponse<String> read = send("GET", "/api/addresses/" + code, "changji.officer", null);
      String etag = read.headers().firstValue("ETag").orElseThrow();
      assertThat(JSON.readTree(read.body()).path("dependents").asInt()).isEqualTo(dependents);

      // a correction of the position: 2 m away, the same version
      double x = ((Number) a.get("x")).doubleValue();
      double y = ((Number) a.get("y")).doubleValue();
      String near = String.format(Locale.ROOT, "[%.7f,%.7f]", x + 0.00002, y);
      String far = String.format(Locale.ROOT, "[%.7f,%.7f]", x + 0.02, y);
      HttpResponse<String> tooFar =
          write(
              "PUT", "/api/addresses/" + code, "changji.officer", "{\"point\":" + far + "}", etag);
      assertThat(tooFar.statusCode()).isEqualTo(400);
      assertThat(tooFar.body()).contains("point").contains("超过 200 米");
      HttpResponse<String> moved =
          write(
              "PUT", "/api/addresses/" + code, "changji.officer", "{\"point\":" + near + "}", etag);
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
      String movedEtag = moved.headers().firstValue("ETag").orElseThrow();
      assertThat(movedEtag).isNotEqualTo(etag);
      assertThat(JSON.readTree(moved.body()).path("point").get(0).asDouble())
          .isCloseTo(x + 0.00002, org.assertj.core.data.Offset.offset(1e-7));
      assertThat(
              write(
                      "PUT",
                      "/api/addresses/" + code,
                      "changji.officer",
                      "{\"point\":" + near + "}",
                      etag)
                  .statusCode())
          .isEqualTo(412);

      // renumbering: a new version, and the buildings and rooms follow
      int renumbered = n + 1000;
      HttpResponse<String> wrongSide =
          write(
              "PUT",
              "/api/addresses/" + code,
              "changji.officer",
              "{\"houseNumber\":\"" + (renumbered + 1) + "号\"}",
              movedEtag);
      assertThat(wrongSide.statusCode()).isEqualTo(400);
      assertThat(wrongSide.body()).contains("houseNumber").contains("左单右双");
      HttpResponse<String> changed =
          write(
              "PUT",
              "/api/addresses/" + code,
              "changji.officer",
              "{\"houseNumber\":\"" + renumbered + "号\",\"reason\":\"门牌整顿\"}",
              movedEtag);
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
      assertThat(JSON.readTree(changed.body()).path("houseNumber").asString())
          .isEqualTo(renumbered + "号");

      JsonNode record = JSON.readTree(send("GET", "/api/addresses/" + code, "viewer", null).body());
      assertThat(record.path("current").asBoolean()).isTrue();
      List<String> statuses = texts(record.path("versions"), "statusName");
      assertThat(statuses).containsExactly("已变更", "现行");
      assertThat(record.path("versions").get(0).path("houseNumber").asString()).isEqualTo(n + "号");
      List<String> actions = texts(record.path("events"), "actionName");
      assertThat(actions).containsExactly("登记", "改号", "修改位置");
      assertThat(
              jdbc.sql(
                      "select count(*) from gazetteer.address where road_code = :r"
                          + " and house_number = :n and kind <> 'HOUSE_NUMBER' and status = 'CURRENT'")
                  .param("r", road)
                  .param("n", renumbered)
                  .query(Integer.class)
                  .single())
          .isEqualTo(dependents);
      // a building follows its house number and is not renumbered alone
      String buildingCode =
          jdbc.sql(
                  "select code from gazetteer.address where road_code = :r and house_number = :n"
                      + " and kind <> 'HOUSE_NUMBER' and status = 'CURRENT' limit 1")
              .param("r", road)
              .param("n", renumbered)
              .query(String.class)
              .single();
      String buildingEtag =
          send("GET", "/api/addresses/" + buildingCode, "viewer", null)
              .headers()
              .firstValue("ETag")
              .orElseThrow();
      HttpResponse<String> building =
          write(
              "PUT",
              "/api/addresses/" + buildingCode,
              "changji.officer",
              "{\"houseNumber\":\"" + (renumbered + 2) + "号\"}",
              buildingEtag);
      assertThat(building.statusCode()).isEqualTo(400);
      assertThat(building.body()).contains("随所在门牌改号");
    } finally {
      restore(road, before, last);
      jdbc.sql(
              "update gazetteer.address set geom = ST_SetSRID(ST_MakePoint(:x, :y), 4490),"
                  + " point_generated = :generated where code = :code and id <= :last")
          .param("x", a.get("x"))
          .param("y", a.get("y"))
          .param("generated", a.get("generated"))
          .param("code", code)
          .param("last", last)
          .update();
    }
  }

  @Test
  void theLibraryIsExportedAsCsvAndExcelWithNamesNotCodes() throws Exception {
    String q = URLEncoder.encode("宁边路1", StandardCharsets.UTF_8);
    long matched =
        JSON.readTree(
                get("/ogc/collections/addresses/items?limit=1&kind=HOUSE_NUMBER&q=" + q).body())
            .path("numberMatched")
            .asLong();
    assertThat(matched).isPositive();
    HttpResponse<String> csv =
        send("GET", "/api/addresses/export?format=csv&kind=HOUSE_NUMBER&q=" + q, "viewer", null);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFF地址编码,标准地址,地址类型");
    assertThat(lines).hasSize((int) matched + 1);
    assertThat(lines.get(1)).contains(",门牌地址,").contains(",现行,").doesNotContain("HOUSE_NUMBER");

    HttpResponse<byte[]> xlsx =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            baseUrl()
                                + "/api/addresses/export?format=xlsx&kind=HOUSE_NUMBER&q="
                                + q))
                    .header("Authorization", "Bearer " + tokenOf("viewer"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("标准地址");
      assertThat(sheet.getLastRowNum()).isEqualTo((int) matched);
      assertThat(sheet.getRow(1).getCell(14).getNumericCellValue()).isBetween(73.0, 136.0);
    }

    HttpResponse<String> bad = send("GET", "/api/addresses/export?format=shp", "viewer", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("format");
    assertThat(send("GET", "/api/addresses/export?format=csv", null, null).statusCode())
        .isEqualTo(401);
  }
}

package org.civgis.web.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The facility registry through the API: the demo facilities and communities as OGC collections,
 * writes with validation, rights, ETags and audit, and imports from CSV and XLSX as jobs, all rows
 * or none.
 */
class FacilityApiIT extends WebIntegrationTest {
  static final String ITEMS = "/ogc/collections/facilities/items";

  @Autowired JdbcClient jdbc;

  static String feature(String name, double lon, double lat, String extra) {
    return """
        {"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},
         "properties":{"name":"%s","type":"COMMUNITY_DAY_CARE","operator":"公建民营",
                       "status":"OPERATING","beds":20%s}}
        """
        .formatted(lon, lat, name, extra);
  }

  private long facilityCount() {
    return jdbc.sql("select count(*) from gazetteer.facility where removed_at is null")
        .query(Long.class)
        .single();
  }

  // ---- the demo as collections

  @Test
  void theDemoFacilitiesAndCommunitiesAreCollectionsLabelledAsGenerated() {
    JsonNode dayCare = getJson(ITEMS + "?type=COMMUNITY_DAY_CARE&status=OPERATING&limit=500", 200);
    assertThat(dayCare.path("numberMatched").asInt()).isBetween(35, 60);
    JsonNode first = dayCare.path("features").get(0).path("properties");
    assertThat(first.path("typeName").asString()).isEqualTo("社区日间照料中心");
    assertThat(first.path("pointGenerated").asBoolean()).isTrue();
    assertThat(first.path("divisionCode").asString()).startsWith("652301");

    JsonNode communities =
        getJson("/ogc/collections/communities/items?kind=COMMUNITY&limit=500", 200);
    assertThat(communities.path("numberMatched").asInt()).isEqualTo(74);
    JsonNode c = communities.path("features").get(0).path("properties");
    assertThat(c.path("estimated").asBoolean()).isTrue();
    assertThat(c.path("population60Plus").asInt()).isPositive();
    assertThat(getJson("/ogc/collections/communities/items?kind=X", 400).toString())
        .contains("kind");
    assertThat(getJson(ITEMS + "?type=NURSERY", 400).toString()).contains("type");
  }

  // ---- writes

  @Test
  void aPlannerCreatesEditsAndRemovesAFacilityWithETagsAndAudit() {
    HttpResponse<String> created =
        send("POST", ITEMS, "planner", feature("测试日间照料中心", 87.2801, 44.0251, ",\"nursingBeds\":5"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    String etag = created.headers().firstValue("ETag").orElseThrow();
    JsonNode stored = getJson(ITEMS + "/" + id, 200);
    // the division comes from the position: a generated community of urban 昌吉市
    assertThat(stored.path("properties").path("divisionCode").asString()).startsWith("652301");
    assertThat(stored.path("properties").path("divisionCode").asString()).doesNotEndWith("000");

    HttpResponse<String> stale =
        send(
            "PUT",
            ITEMS + "/" + id,
            "planner",
            feature("改名", 87.2801, 44.0251, ""),
            "If-Match",
            "\"facility-" + id + "-0\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    HttpResponse<String> edited =
        send(
            "PUT",
            ITEMS + "/" + id,
            "planner",
            feature("改名日间照料中心", 87.2802, 44.0252, ""),
            "If-Match",
            etag);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(getJson(ITEMS + "/" + id, 200).path("properties").path("name").asString())
        .isEqualTo("改名日间照料中心");
    String newEtag = edited.headers().firstValue("ETag").orElseThrow();

    JsonNode trail =
        JSON.readTree(
            send("GET", "/api/audit?collection=facilities&featureId=" + id, "admin", null).body());
    assertThat(trail.toString()).contains("CREATE", "UPDATE");

    assertThat(send("DELETE", ITEMS + "/" + id, "planner", null, "If-Match", newEtag).statusCode())
        .isEqualTo(204);
    assertThat(get(ITEMS + "/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndOnlyPlannersInTheirJurisdictionWrite() {
    long before = facilityCount();
    HttpResponse<String> tooManyNursing =
        send("POST", ITEMS, "planner", feature("甲", 87.28, 44.025, ",\"nursingBeds\":30"));
    assertThat(tooManyNursing.statusCode()).isEqualTo(400);
    assertThat(tooManyNursing.body()).contains("properties.nursingBeds", "不能多于床位数");
    HttpResponse<String> badType =
        send(
            "POST",
            ITEMS,
            "planner",
            feature("乙", 87.28, 44.025, "").replace("COMMUNITY_DAY_CARE", "幼儿园"));
    assertThat(badType.statusCode()).isEqualTo(400);
    assertThat(badType.body()).contains("properties.type");
    HttpResponse<String> line =
        send(
            "POST",
            ITEMS,
            "planner",
            feature("丙", 87.28, 44.025, "")
                .replace(
                    "\"type\":\"Point\",\"coordinates\":[87.28,44.025]",
                    "\"type\":\"LineString\",\"coordinates\":[[87.28,44.025],[87.29,44.03]]"));
    assertThat(line.statusCode()).isEqualTo(400);
    // a place-name officer is no planner; a viewer writes nothing
    assertThat(send("POST", ITEMS, "changji.officer", feature("丁", 87.28, 44.025, "")).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", ITEMS, "viewer", feature("戊", 87.28, 44.025, "")).statusCode())
        .isEqualTo(403);
    assertThat(facilityCount()).isEqualTo(before);
  }

  // ---- imports

  private HttpResponse<String> upload(String filename, byte[] content, String user) {
    String boundary = "civgis" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/api/facilities/import"))
                  .header("Authorization", "Bearer " + tokenOf(user))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode finished(HttpResponse<String> accepted, String user) {
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode job = JSON.readTree(send("GET", location, user, null).body());
    while (!job.path("state").asString().matches("SUCCEEDED|FAILED|CANCELLED")
        && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      job = JSON.readTree(send("GET", location, user, null).body());
    }
    return job;
  }

  private String demoAddress() {
    return getJson(ITEMS + "?type=ELDER_CARE_INSTITUTION&limit=1", 200)
        .path("features")
        .get(0)
        .path("properties")
        .path("address")
        .asString();
  }

  @Test
  void aCsvWithBadRowsImportsNothingAndReportsEveryBadRow() {
    long before = facilityCount();
    String csv =
        "\uFEFF名称,类型,地址,床位数,护理型床位数,运营方式,状态,经度,纬度\n"
            + "好的中心,社区日间照料中心,,10,2,公办,运营,87.281,44.026\n"
            + "坏的床位,养老机构,,10,12,民办,运营,87.282,44.027\n"
            + "没有位置,社工站,,,,公办,运营,,\n"
            + "不明类型,托儿所,,,,公办,运营,87.283,44.028\n"
            + "找不到的地址,社工站,昌吉市不存在路9999号,,,公办,运营,,\n";
    JsonNode job =
        finished(upload("设施.csv", csv.getBytes(StandardCharsets.UTF_8), "planner"), "planner");
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("FAILED");
    JsonNode problems = job.path("problem").path("invalidParams");
    assertThat(problems.toString())
        .contains("第 3 行.nursingBeds", "第 4 行.lon", "第 5 行.type", "第 6 行.address");
    assertThat(problems.size()).isEqualTo(4);
    assertThat(facilityCount()).isEqualTo(before);
  }

  @Test
  void anXlsxImportGeocodesRowsWithoutCoordinatesByTheirAddress() throws IOException {
    long before = facilityCount();
    String address = demoAddress();
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("设施");
      String[][] rows = {
        {"名称", "类型", "地址", "床位数", "护理型床位数", "运营方式", "开业日期", "状态", "经度", "纬度"},
        {"导入养老院", "养老机构", address, "100", "70", "公建民营", "2020-05-01", "运营", "", ""},
        {"导入社工站", "社工站", "", "", "", "公办", "", "运营", "87.27", "44.02"}
      };
      for (int r = 0; r < rows.length; r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            if (r > 0 && (c == 3 || c == 4 || c == 8 || c == 9)) {
              row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
            } else {
              row.createCell(c).setCellValue(rows[r][c]);
            }
          }
        }
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    JsonNode job = finished(upload("设施.xlsx", xlsx, "planner"), "planner");
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.path("result").path("imported").asInt()).isEqualTo(2);
    assertThat(job.path("result").path("geocoded").asInt()).isEqualTo(1);
    assertThat(facilityCount()).isEqualTo(before + 2);
    long id = job.path("result").path("ids").get(0).asLong();
    JsonNode stored = getJson(ITEMS + "/" + id, 200);
    assertThat(stored.path("properties").path("nursingBeds").asInt()).isEqualTo(70);
    assertThat(stored.path("properties").path("source").asString()).isEqualTo("import:设施.xlsx");
    // imported rows are audited like edits
    assertThat(
            send("GET", "/api/audit?collection=facilities&featureId=" + id, "admin", null).body())
        .contains("IMPORT");
    jdbc.sql("delete from gazetteer.facility where source = 'import:设施.xlsx'").update();
  }

  @Test
  void onlyPlannersMayImport() {
    HttpResponse<String> refused =
        upload("x.csv", "名称,类型\n甲,社工站\n".getBytes(StandardCharsets.UTF_8), "viewer");
    assertThat(refused.statusCode()).isEqualTo(403);
  }
}

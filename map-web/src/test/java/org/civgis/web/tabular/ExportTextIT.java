package org.civgis.web.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The exports read as the bureau reads: finding types, severities and states in Chinese (never
 * their enum words), times in Beijing time (never an ISO instant), divisions and lines by name (a
 * 12-digit code only in a column headed 代码), no "-0.00"; and refusals name the divisions.
 */
class ExportTextIT extends WebIntegrationTest {
  private static final Pattern ENUM_WORD =
      Pattern.compile(
          "(?<![A-Za-z_])(ERROR|WARNING|INFO|OPEN|RESOLVED|[A-Z]+(?:_[A-Z]+)+)(?![A-Za-z_])");
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final Pattern DIVISION_CODE = Pattern.compile("(?<![\\d-])\\d{12}(?![\\d-])");

  @Test
  void theRoundReportNamesTypesSeveritiesLinesAndTimesInChinese() throws Exception {
    long round = demoRound();
    String pdf = pdfText(jobFile("/api/inspection/rounds/" + round + "/report?format=pdf"));
    assertReadable("the round report (PDF)", pdf);
    assertThat(DIVISION_CODE.matcher(pdf).find()).as(pdf).isFalse();
    // table cells wrap: read the text without its line breaks
    String joined = pdf.replaceAll("\\s+", "");
    assertThat(joined).contains("奇台县—木垒哈萨克自治县界线", "界桩位置偏差超限", "警告");
    assertThat(joined).containsPattern("偏[北南]\\d+\\.\\d{2}米，偏[东西]\\d+\\.\\d{2}米");

    List<String> xlsx =
        cells(jobFile("/api/inspection/rounds/" + round + "/report?format=xlsx"), true);
    xlsx.forEach(text -> assertReadable("the round report (XLSX)", text));
    assertThat(xlsx).contains("界桩位置偏差超限", "警告");
  }

  @Test
  void theTopologyFindingsWorkbookIsInChineseWithUnitsAndZones() throws Exception {
    String location =
        awaitJob(send("POST", "/api/boundary/checks?date=2025-01-01", "admin", null), "admin");
    long runId =
        JSON.readTree(send("GET", location, "admin", null).body())
            .path("result")
            .path("runId")
            .asLong();
    byte[] workbook = download("/api/boundary/checks/" + runId + "/findings.xlsx", "admin");
    List<String> texts = cells(workbook, false);
    texts.forEach(text -> assertReadable("the findings workbook", text));
    assertThat(texts.get(0)).contains("范围 昌吉回族自治州").doesNotContain("652300000000");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(1);
      assertThat(sheet.getLastRowNum()).as("findings of the run").isGreaterThan(1);
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        assertThat(text(row.getCell(column(header, "严重程度")))).isIn("错误", "警告", "提示");
        String zone = text(row.getCell(column(header, "量算投影带")));
        assertThat(zone).matches("|EPSG:45\\d\\d");
        String measure = text(row.getCell(column(header, "量值")));
        assertThat(measure).matches("|-?[\\d.]+ (平方米|平方千米|米|千米|个)|-?[\\d.]+");
      }
    }
  }

  @Test
  void aRefusalNamesTheDivisionAndTheJurisdiction() {
    HttpResponse<String> refused =
        send(
            "DELETE",
            "/ogc/collections/divisions/items/652301000000",
            "fukang.officer",
            null,
            "If-Match",
            "*");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    String detail = JSON.readTree(refused.body()).path("detail").asString();
    assertThat(detail).contains("昌吉市（652301000000）", "您的辖区（阜康市）");
  }

  /** Fails on an enum word, an ISO instant or a negative zero in {@code text}. */
  private static void assertReadable(String where, String text) {
    assertThat(ENUM_WORD.matcher(text).find()).as(where + ": an enum word in\n" + text).isFalse();
    assertThat(ISO_INSTANT.matcher(text).find()).as(where + ": an ISO time in\n" + text).isFalse();
    assertThat(text).as(where).doesNotContain("-0.00");
  }

  private long demoRound() {
    JsonNode rounds =
        JSON.readTree(send("GET", "/api/inspection/rounds", "inspector", null).body());
    for (JsonNode r : rounds.path("rounds")) {
      if (r.path("generated").asBoolean()) {
        return r.path("id").asLong();
      }
    }
    throw new AssertionError("no demo round in " + rounds);
  }

  /** Runs the job {@code path} starts as the inspector; its result file. */
  private byte[] jobFile(String path) throws Exception {
    String location = awaitJob(send("POST", path, "inspector", null), "inspector");
    return download(location + "/result", "inspector");
  }

  /** Waits for the job {@code accepted} started to succeed; its location. */
  private String awaitJob(HttpResponse<String> accepted, String user) throws InterruptedException {
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    JsonNode job;
    do {
      Thread.sleep(200);
      job = JSON.readTree(send("GET", location, user, null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    return location;
  }

  private byte[] download(String path, String user) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Authorization", "Bearer " + tokenOf(user))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * The text of every cell of every sheet; with {@code codesAnywhere} false, a 12-digit code fails
   * the test unless its column is headed …代码.
   */
  private static List<String> cells(byte[] xlsx, boolean codesAnywhere) throws Exception {
    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : book) {
        Row header = null;
        for (Row row : sheet) {
          for (Cell cell : row) {
            String text = text(cell);
            texts.add(text);
            String heading = headingOf(header, cell.getColumnIndex());
            if (!heading.endsWith("代码")) {
              assertThat(DIVISION_CODE.matcher(text).find())
                  .as(sheet.getSheetName() + " " + heading + ": a division code in " + text)
                  .isFalse();
            }
          }
          if (header == null && row.getLastCellNum() > 2) {
            header = row;
          }
        }
      }
    }
    return texts;
  }

  private static String headingOf(Row header, int column) {
    return header == null || header.getCell(column) == null ? "" : text(header.getCell(column));
  }

  private static int column(Row header, String heading) {
    for (Cell cell : header) {
      if (text(cell).equals(heading)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + heading);
  }

  private static String text(Cell cell) {
    return cell == null ? "" : new DataFormatter().formatCellValue(cell);
  }
}

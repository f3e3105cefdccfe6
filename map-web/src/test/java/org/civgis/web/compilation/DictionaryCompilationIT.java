package org.civgis.web.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.civgis.gazetteer.placename.rules.PlaceCategory;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 地名图志 over HTTP: the 阜康市 dictionary compiled from the demo library as of a day, read back as PDF
 * (PDFBox), DOCX and XLSX (POI) and compared with the library's own answer (the place-names
 * collection as of the same day).
 */
class DictionaryCompilationIT extends WebIntegrationTest {
  static final String FUKANG = "652302";
  static final String DAY = "2024-01-01";
  static final Pattern CODE = Pattern.compile("地名代码：(\\S+)");
  static final Pattern INDEX_ROW = Pattern.compile("^(\\S+) (.+) (\\d+)$");

  // ---- the PDF

  @Test
  void theFukangDictionaryPdfHasOneEntryPerStandardNameWithTheRecordsFieldsAndTrueIndexes()
      throws Exception {
    Map<String, JsonNode> library = library(FUKANG, DAY);
    assertThat(library).hasSizeGreaterThan(50);
    long start = System.nanoTime();
    byte[] pdf = compile(FUKANG, DAY, "dictionary", "pdf");
    System.out.printf(
        "阜康市词典 PDF: %d 条, %d ms%n", library.size(), (System.nanoTime() - start) / 1_000_000);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document));
      }
      // entries: one per standard name, with the record's fields
      Map<String, String> blocks = new LinkedHashMap<>();
      Map<String, Integer> pageOf = new HashMap<>();
      String all = String.join("\n", pages);
      for (int p = 0; p < pages.size(); p++) {
        Matcher m = CODE.matcher(pages.get(p));
        while (m.find()) {
          pageOf.put(m.group(1), p + 1);
        }
      }
      Matcher m = CODE.matcher(all);
      List<int[]> spans = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      while (m.find()) {
        codes.add(m.group(1));
        spans.add(new int[] {m.start(), m.end()});
      }
      for (int i = 0; i < codes.size(); i++) {
        int from = i == 0 ? 0 : spans.get(i - 1)[1];
        int to = i + 1 < codes.size() ? spans.get(i + 1)[0] : all.length();
        assertThat(blocks.put(codes.get(i), all.substring(from, to)))
            .as("twice: " + codes.get(i))
            .isNull();
      }
      assertThat(blocks.keySet()).containsExactlyInAnyOrderElementsOf(library.keySet());
      for (JsonNode feature : library.values()) {
        JsonNode p = feature.path("properties");
        String block = squeeze(blocks.get(p.path("code").asString()));
        String name = p.path("standardName").asString();
        assertThat(block).as(name).contains(name);
        assertThat(block).as(name).contains(squeeze("罗马字母拼写：" + p.path("romanization").asString()));
        assertThat(block)
            .as(name)
            .contains(
                "类别：" + PlaceCategory.fromCode(p.path("categoryCode").asString()).chineseName());
        if (!p.path("meaning").isNull()) {
          assertThat(block).as(name).contains(squeeze(p.path("meaning").asString()));
        } else {
          assertThat(block).as(name).contains("含义/由来：待补");
        }
      }
      String fukang = squeeze(blocks.get("652302000000"));
      assertThat(fukang).contains("物阜民康", "人口（2020年）：181144人", "所在政区：昌吉回族自治州", "平方千米");
      assertThat(squeeze(blocks.get("652302201000")))
          .as("a renamed township's lineage")
          .contains("上户沟哈萨克民族乡", "更名为「上户沟哈萨克族乡」");

      // the indexes: ICU's order, and every page number points at the entry
      int pinyinStart = firstPage(pages, "音序索引", 4);
      int strokeStart = firstPage(pages, "笔画索引", pinyinStart);
      List<String[]> pinyinRows = indexRows(pages.subList(pinyinStart - 1, strokeStart - 1));
      List<String[]> strokeRows = indexRows(pages.subList(strokeStart - 1, pages.size()));
      assertThat(pinyinRows).hasSize(library.size());
      assertThat(strokeRows).hasSize(library.size());
      assertInOrder(pinyinRows, Collator.getInstance(new ULocale("zh@collation=pinyin")));
      assertInOrder(strokeRows, Collator.getInstance(new ULocale("zh@collation=stroke")));
      for (List<String[]> rows : List.of(pinyinRows, strokeRows)) {
        for (String[] row : rows) {
          int page = Integer.parseInt(row[2]);
          String text = squeeze(pages.get(page - 1));
          assertThat(text)
              .as(row[0] + " on page " + page)
              .contains(squeeze(row[0]))
              .contains("所在政区：" + squeeze(row[1]));
        }
      }
      // the table of contents points at the indexes too
      String toc = pages.get(2);
      assertThat(toc).contains("音序索引 " + pinyinStart, "笔画索引 " + strokeStart);

      // fonts embedded
      for (PDPage page : document.getPages()) {
        for (var fontName : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(fontName);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      screenshots(document, pages, pinyinStart);
    }
  }

  @Test
  void aCountyDictionaryOfAboutThreeHundredEntriesIsCompiledWithinThirtySeconds() throws Exception {
    int entries = library("652301", DAY).size();
    assertThat(entries).as("昌吉市: its divisions and urban roads").isGreaterThan(250);
    long start = System.nanoTime();
    byte[] pdf = compile("652301", DAY, "dictionary", "pdf");
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("昌吉市词典 PDF: %d 条, %d ms, %d bytes%n", entries, millis, pdf.length);
    assertThat(millis).isLessThan(30_000);
  }

  // ---- DOCX and XLSX

  @Test
  void theDocxHasTheSameEntriesAndTheXlsxReadsBackAsTheRecord() throws Exception {
    Map<String, JsonNode> library = library(FUKANG, DAY);
    byte[] docx = compile(FUKANG, DAY, "dictionary", "docx");
    Set<String> docxCodes = new HashSet<>();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String entryName = null;
      for (XWPFParagraph p : document.getParagraphs()) {
        if ("Entry".equals(p.getStyle())) {
          entryName = p.getText();
        }
        Matcher m = CODE.matcher(p.getText());
        if (m.find()) {
          String code = m.group(1);
          assertThat(docxCodes.add(code)).as("twice: " + code).isTrue();
          assertThat(entryName)
              .startsWith(library.get(code).path("properties").path("standardName").asString());
        }
      }
      assertThat(document.getTables()).hasSize(3); // former names, pinyin and stroke indexes
    }
    assertThat(docxCodes).containsExactlyInAnyOrderElementsOf(library.keySet());

    byte[] xlsx = compile(FUKANG, DAY, "dictionary", "xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet("词条");
      assertThat(sheet.getLastRowNum()).isEqualTo(library.size());
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        JsonNode feature = library.get(row.getCell(1).getStringCellValue());
        assertThat(feature).as("row " + r).isNotNull();
        JsonNode p = feature.path("properties");
        assertThat(row.getCell(2).getStringCellValue())
            .isEqualTo(p.path("standardName").asString());
        assertThat(row.getCell(4).getStringCellValue())
            .isEqualTo(p.path("romanization").asString());
        assertThat(row.getCell(5).getStringCellValue())
            .isEqualTo(p.path("categoryCode").asString());
        JsonNode point = representativePoint(feature);
        if (point != null) {
          assertThat(row.getCell(8).getNumericCellValue())
              .isCloseTo(point.get(0).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
          assertThat(row.getCell(9).getNumericCellValue())
              .isCloseTo(point.get(1).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        }
        String meaning = p.path("meaning").isNull() ? null : p.path("meaning").asString();
        var meaningCell = row.getCell(12);
        if (meaning == null) {
          assertThat(meaningCell).isNull();
        } else {
          assertThat(meaningCell.getStringCellValue()).startsWith(meaning);
        }
      }
    }
  }

  @Test
  void aBookAsOfAnEarlierDayHasTheNamesOfThatDay() throws Exception {
    byte[] xlsx = compile(FUKANG, "2022-01-01", "dictionary", "xlsx");
    Map<String, JsonNode> library = library(FUKANG, "2022-01-01");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet("词条");
      Set<String> names = new HashSet<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(2).getStringCellValue());
      }
      assertThat(sheet.getLastRowNum()).isEqualTo(library.size());
      assertThat(names).contains("上户沟哈萨克民族乡").doesNotContain("上户沟哈萨克族乡");
    }
  }

  // ---- the worklist

  @Test
  void theWorklistCountsWhatTheBookLacksPerCountyAndExportsIt() throws Exception {
    JsonNode worklist =
        JSON.readTree(
            send(
                    "GET",
                    "/api/compilations/worklist?division=652300&day=" + DAY,
                    "prefecture.officer",
                    null)
                .body());
    assertThat(worklist.path("counties").size())
        .isEqualTo(8); // the prefecture's own name and 7 counties
    int items = 0;
    for (JsonNode county : worklist.path("counties")) {
      assertThat(county.path("entries").asInt())
          .isEqualTo(
              county.path("complete").asInt()
                  + countItems(worklist, county.path("countyCode").asString()));
      items += county.path("entries").asInt() - county.path("complete").asInt();
    }
    assertThat(worklist.path("items").size()).isEqualTo(items);
    JsonNode fukangItem = null;
    for (JsonNode item : worklist.path("items")) {
      if (item.path("code").asString().equals("652302000000")) {
        fukangItem = item;
      }
      if (item.path("code").asString().equals("652325000000")) {
        assertThat(item.path("lacking").toString())
            .as("奇台县 has no sourced origin yet")
            .contains("MEANING_ORIGIN");
      }
    }
    assertThat(fukangItem).as("阜康市 still lacks a 历史沿革 text").isNotNull();
    assertThat(fukangItem.path("lacking").toString()).doesNotContain("MEANING_ORIGIN");

    HttpResponse<byte[]> xlsx =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            baseUrl()
                                + "/api/compilations/worklist.xlsx?division=652302&day="
                                + DAY))
                    .header("Authorization", "Bearer " + tokenOf("fukang.officer"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet counts = workbook.getSheet("汇总");
      assertThat(counts.getRow(1).getCell(1).getStringCellValue()).isEqualTo("阜康市");
      int entries = (int) counts.getRow(1).getCell(2).getNumericCellValue();
      assertThat(entries).isEqualTo(library(FUKANG, DAY).size());
      int complete = (int) counts.getRow(1).getCell(3).getNumericCellValue();
      assertThat(workbook.getSheet("待办清单").getLastRowNum()).isEqualTo(entries - complete);
    }
  }

  // ---- refusals

  @Test
  void badRequestsAreRefusedNamingTheParameter() {
    assertRefused("/api/compilations?division=652302001&day=" + DAY, "division");
    assertRefused("/api/compilations?division=abc", "division");
    assertRefused("/api/compilations?division=652302&day=2024-13-01", "day");
    assertRefused("/api/compilations?division=652302&format=odt", "format");
    assertRefused("/api/compilations?division=652302&product=atlas", "product");
    assertThat(send("POST", "/api/compilations?division=652302", "viewer", null).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/compilations?division=652302", null, null).statusCode())
        .isEqualTo(401);
  }

  private void assertRefused(String path, String parameter) {
    HttpResponse<String> r = send("POST", path, "prefecture.officer", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(r.body()).contains(parameter);
  }

  // ---- helpers

  private static int countItems(JsonNode worklist, String county) {
    int n = 0;
    for (JsonNode item : worklist.path("items")) {
      String c =
          item.path("countyCode").isNull() ? "652300000000" : item.path("countyCode").asString();
      if (c.equals(county)) {
        n++;
      }
    }
    return n;
  }

  /** The standard names under {@code division} on {@code day}, by code, as the library answers. */
  private Map<String, JsonNode> library(String division, String day) {
    JsonNode items =
        getJson(
            "/ogc/collections/place-names/items?f=json&limit=5000&division="
                + division
                + "&datetime="
                + day,
            200);
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode f : items.path("features")) {
      out.put(f.path("properties").path("code").asString(), f);
    }
    assertThat(items.path("numberMatched").asInt()).isEqualTo(out.size());
    return out;
  }

  private static JsonNode representativePoint(JsonNode feature) {
    JsonNode g = feature.path("geometry");
    return g.path("type").asString().equals("Point") ? g.path("coordinates") : null;
  }

  /** Compiles as prefecture.officer and returns the file. */
  private byte[] compile(String division, String day, String product, String format)
      throws Exception {
    HttpResponse<String> accepted =
        send(
            "POST",
            "/api/compilations?division="
                + division
                + "&day="
                + day
                + "&product="
                + product
                + "&format="
                + format,
            "prefecture.officer",
            null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    JsonNode job;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    do {
      Thread.sleep(200);
      job = JSON.readTree(send("GET", location, "prefecture.officer", null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    System.out.println("compilation job: " + job.path("result"));
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + location + "/result"))
                    .header("Authorization", "Bearer " + tokenOf("prefecture.officer"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    return file.body();
  }

  private static String squeeze(String text) {
    return text == null ? "" : text.replaceAll("\\s+", "");
  }

  /** The index rows (name, 所在政区, page) of the index pages, headings and header rows left out. */
  private static List<String[]> indexRows(List<String> pages) {
    List<String[]> rows = new ArrayList<>();
    for (String page : pages) {
      for (String line : page.split("\\R")) {
        Matcher m = INDEX_ROW.matcher(line.strip());
        if (m.matches()) {
          rows.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
      }
    }
    return rows;
  }

  private static void assertInOrder(List<String[]> rows, Collator collator) {
    for (int i = 1; i < rows.size(); i++) {
      assertThat(collator.compare(rows.get(i - 1)[0], rows.get(i)[0]))
          .as(rows.get(i - 1)[0] + " before " + rows.get(i)[0])
          .isLessThanOrEqualTo(0);
    }
  }

  private static int firstPage(List<String> pages, String heading, int from) {
    for (int p = from; p <= pages.size(); p++) {
      if (pages.get(p - 1).contains(heading + "\n") && pages.get(p - 1).contains("页码")) {
        return p;
      }
    }
    throw new AssertionError("no page with " + heading);
  }

  /** The first pages, an entry page and an index page as PNG in docs/screenshots. */
  private static void screenshots(PDDocument document, List<String> pages, int indexPage)
      throws Exception {
    Path dir = Path.of("..", "docs", "screenshots");
    Files.createDirectories(dir);
    PDFRenderer renderer = new PDFRenderer(document);
    int entryPage = 0;
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).contains("城关镇") && pages.get(p).contains("地名代码：652302101")) {
        entryPage = p;
        break;
      }
    }
    Map<String, Integer> shots = new LinkedHashMap<>();
    shots.put("dictionary-title.png", 0);
    shots.put("dictionary-notes.png", 1);
    shots.put("dictionary-contents.png", 2);
    shots.put("dictionary-entries.png", entryPage);
    shots.put("dictionary-pinyin-index.png", indexPage - 1);
    for (Map.Entry<String, Integer> shot : shots.entrySet()) {
      BufferedImage image = renderer.renderImageWithDPI(shot.getValue(), 80);
      ImageIO.write(image, "png", dir.resolve(shot.getKey()).toFile());
    }
  }
}

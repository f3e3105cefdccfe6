package org.civgis.web.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.civgis.boundary.imports.SurveyFormat;
import org.civgis.web.WebIntegrationTest;
import org.civgis.web.job.JobState;
import org.civgis.web.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import tools.jackson.databind.JsonNode;

/**
 * Every file the app exports reads as the bureau reads it: each export endpoint (the PDF, DOCX,
 * XLSX and CSV files of the controllers, the job-made ones run to the end) is requested and its
 * text read back (PDFBox, POI), and no text may show
 *
 * <ol>
 *   <li>a division code where a name belongs: a code is in its place only in a column headed …代码 or
 *       …编码, after a 代码 label, in brackets after its name or in front of its name (「652302 阜康市」);
 *   <li>an enum word: a constant of the domain modules' enums (finding types, severities, statuses,
 *       categories …, collected from the classes, so that a new one is looked for too) or any
 *       UPPER_SNAKE word;
 *   <li>an ISO UTC timestamp ({@code 2026-05-20T04:00:00Z}): times are in Beijing time.
 * </ol>
 *
 * <p>Known limitations: the division exports for GIS software ({@code /api/boundary/exports}) are
 * data files whose fields are the layer's attribute names and codes; of them the CSV is read, and
 * only for enum words and timestamps.
 */
class ExportsSpeakChineseIT extends WebIntegrationTest {
  private static final String FUKANG = "652302000000";
  private static final Pattern UPPER_SNAKE =
      Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])");
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final Pattern DIVISION_CODE =
      Pattern.compile("(?<![\\w.-])65\\d{4}(?:\\d{6})?(?![\\w.-])");
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Pattern enumWords;

  @BeforeAll
  static void collectEnumWords() {
    Set<String> words = new TreeSet<>();
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return true;
          }
        };
    scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
    List<Class<?>> enums = new ArrayList<>(List.of(Role.class, JobState.class));
    for (String base :
        List.of("org.civgis.geo.topology", "org.civgis.boundary", "org.civgis.gazetteer")) {
      for (BeanDefinition found : scanner.findCandidateComponents(base)) {
        try {
          enums.add(Class.forName(found.getBeanClassName()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    for (Class<?> type : enums) {
      // file formats go by their usual abbreviations (CSV, KML, DXF)
      if (type.isEnum() && type != SurveyFormat.class) {
        for (Object constant : type.getEnumConstants()) {
          words.add(((Enum<?>) constant).name());
        }
      }
    }
    assertThat(words).contains("MARKER_OFF_LINE", "WARNING", "ERROR", "INFO", "FIELDWORK");
    enumWords =
        Pattern.compile("(?<![A-Za-z0-9_])(?:" + String.join("|", words) + ")(?![A-Za-z0-9_])");
  }

  // ---- the joint inspection and the topology check

  @Test
  void theRoundReportAsPdfAndWorkbook() throws Exception {
    long round = demoRound();
    String pdf = "/api/inspection/rounds/" + round + "/report?format=pdf";
    assertReadableText(pdf, pdfText(jobFile("POST", pdf, "inspector")));
    String xlsx = "/api/inspection/rounds/" + round + "/report?format=xlsx";
    assertReadableWorkbook(xlsx, jobFile("POST", xlsx, "inspector"));
  }

  @Test
  void theTopologyFindingsWorkbook() throws Exception {
    String location = awaitJob(send("POST", "/api/boundary/checks", "admin", null), "admin");
    long run =
        JSON.readTree(send("GET", location, "admin", null).body()).at("/result/runId").asLong();
    String path = "/api/boundary/checks/" + run + "/findings.xlsx";
    assertReadableWorkbook(path, download(path, "admin"));
  }

  // ---- place names: the annual update, the archives' transfer package, the compilations

  @Test
  void theAnnualUpdateAsWorkbookAndCsv() throws Exception {
    int year = yearWithChanges();
    String xlsx = "/api/place-names/annual-update?year=" + year + "&format=xlsx";
    assertReadableWorkbook(xlsx, download(xlsx, "prefecture.officer"));
    String csv = "/api/place-names/annual-update?year=" + year + "&format=csv";
    assertReadableCsv(csv, download(csv, "prefecture.officer"), true);
  }

  @Test
  void theArchivesTransferPackage() throws Exception {
    HttpResponse<String> catalogued =
        send("POST", "/api/name-archives/" + FUKANG + "/catalogue", "fukang.officer", null);
    assertThat(catalogued.statusCode()).as(catalogued.body()).isEqualTo(200);
    String path = "/api/name-archives/" + FUKANG + "/package";
    int workbooks = 0;
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(download(path, "fukang.officer")))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().endsWith(".xlsx")) {
          assertReadableWorkbook(path + " " + entry.getName(), zip.readAllBytes());
          workbooks++;
        }
      }
    }
    assertThat(workbooks).as("the package's catalogue (目录.xlsx)").isPositive();
  }

  @Test
  void theDictionaryAndGazetteInEveryFormat() throws Exception {
    String base = "/api/compilations?division=652302&product=";
    String dictionary = base + "dictionary&format=";
    assertReadableText(dictionary + "pdf", pdfText(jobFile("POST", dictionary + "pdf", "admin")));
    assertReadableText(
        dictionary + "docx", docxText(jobFile("POST", dictionary + "docx", "admin")));
    assertReadableWorkbook(dictionary + "xlsx", jobFile("POST", dictionary + "xlsx", "admin"));
    String gazette = base + "gazette&format=pdf";
    assertReadableText(gazette, pdfText(jobFile("POST", gazette, "admin")));
    String worklist = "/api/compilations/worklist.xlsx?division=652302";
    assertReadableWorkbook(worklist, download(worklist, "admin"));
  }

  // ---- addresses and planning

  @Test
  void theBatchGeocodingResultAsWorkbookAndCsv() throws Exception {
    String addresses = "编号,地址\n1,昌吉市延安北路1号\n2,阜康市博峰街道\n3,火星大街9号\n";
    for (String format : List.of("xlsx", "csv")) {
      String location =
          awaitJob(upload("/api/geocode/batch?format=" + format, addresses), "viewer");
      byte[] file = download(location + "/result", "viewer");
      if (format.equals("xlsx")) {
        assertReadableWorkbook("batch geocoding (xlsx)", file);
      } else {
        assertReadableCsv("batch geocoding (csv)", file, true);
      }
    }
  }

  @Test
  void thePlanIndicatorsWorkbookWithAndWithoutACoverageRun() throws Exception {
    String plain = "/api/planning/indicators.xlsx";
    assertReadableWorkbook(plain, download(plain, "planner"));
    String location =
        awaitJob(
            send(
                "POST",
                "/api/planning/coverage-runs",
                "planner",
                "{\"types\":[\"COMMUNITY_DAY_CARE\"],\"walkMinutes\":15,\"newSites\":2}",
                "Content-Type",
                "application/json"),
            "planner");
    String run = location.substring(location.lastIndexOf('/') + 1);
    for (String scenario : List.of("before", "after")) {
      String path = plain + "?run=" + run + "&scenario=" + scenario;
      assertReadableWorkbook(path, download(path, "planner"));
    }
  }

  // ---- the divisions for GIS software

  @Test
  void theDivisionsCsvHasNoEnumWordsOrUtcTimes() throws Exception {
    String path = "/api/boundary/exports?format=csv&level=3";
    assertReadableCsv(path, download(path, "admin"), false);
  }

  // ---- what is looked for

  /** Fails on an enum word, an ISO instant or a division code out of its place in {@code text}. */
  private static void assertReadableText(String where, String text) {
    List<String> problems = new ArrayList<>();
    look(text, false, problems);
    assertThat(problems).as(where + ":\n" + text).isEmpty();
  }

  /**
   * As {@link #assertReadableText}, cell by cell of every sheet (and the sheets' names); a code is
   * in its place in a column headed …代码 or …编码 (the first row of three or more cells is the
   * heading).
   */
  private static void assertReadableWorkbook(String where, byte[] xlsx) throws IOException {
    List<String> problems = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : book) {
        look(sheet.getSheetName(), false, problems);
        Row header = null;
        for (Row row : sheet) {
          for (Cell cell : row) {
            Cell heading = header == null ? null : header.getCell(cell.getColumnIndex());
            boolean codeColumn = heading != null && text(heading).matches(".*(代码|编码).*");
            look(text(cell), codeColumn, problems);
          }
          if (header == null && row.getPhysicalNumberOfCells() > 2) {
            header = row;
          }
        }
      }
    }
    assertThat(problems).as(where).isEmpty();
  }

  /** As {@link #assertReadableWorkbook}; without {@code codes}, codes are not looked for. */
  private static void assertReadableCsv(String where, byte[] csv, boolean codes)
      throws IOException {
    List<String> problems = new ArrayList<>();
    List<CSVRecord> records =
        CSVFormat.DEFAULT.parse(new java.io.StringReader(utf8(csv))).getRecords();
    assertThat(records).as(where).isNotEmpty();
    CSVRecord header = records.get(0);
    for (CSVRecord record : records) {
      for (int i = 0; i < record.size(); i++) {
        boolean codeColumn = !codes || (i < header.size() && header.get(i).matches(".*(代码|编码).*"));
        look(record.get(i), codeColumn, problems);
      }
    }
    assertThat(problems).as(where).isEmpty();
  }

  private static void look(String text, boolean codeColumn, List<String> problems) {
    for (Pattern pattern : List.of(enumWords, UPPER_SNAKE)) {
      Matcher word = pattern.matcher(text);
      if (word.find()) {
        problems.add("enum word 「" + word.group() + "」 in 「" + around(text, word) + "」");
      }
    }
    Matcher instant = ISO_INSTANT.matcher(text);
    if (instant.find()) {
      problems.add("ISO time 「" + instant.group() + "」 in 「" + around(text, instant) + "」");
    }
    if (codeColumn) {
      return;
    }
    Matcher code = DIVISION_CODE.matcher(text);
    while (code.find()) {
      if (!labelled(text, code.start(), code.end())) {
        problems.add("division code 「" + code.group() + "」 in 「" + around(text, code) + "」");
      }
    }
  }

  /**
   * Whether the code at {@code start}–{@code end} stands with its label or its name: after 代码
   * (「区划代码：652302」), in brackets after a name (「阜康市（652302000000）」) or in front of one (「652302
   * 阜康市」).
   */
  private static boolean labelled(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 8), start);
    if (before.contains("代码")) {
      return true;
    }
    if (before.matches("(?s).*[\\u4e00-\\u9fff][（(]$")) {
      return true;
    }
    String after = text.substring(end, Math.min(text.length(), end + 2));
    return after.length() == 2
        && Character.isWhitespace(after.charAt(0))
        && CJK.matcher(after.substring(1)).matches();
  }

  private static String around(String text, Matcher match) {
    return text.substring(
            Math.max(0, match.start() - 30), Math.min(text.length(), match.end() + 30))
        .replaceAll("\\s+", " ");
  }

  // ---- requests

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

  /** The latest year, back to 2020, whose annual update lists a change (else this year). */
  private int yearWithChanges() throws Exception {
    int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    for (int year = thisYear; year >= 2020; year--) {
      String csv =
          utf8(
              download(
                  "/api/place-names/annual-update?year=" + year + "&format=csv",
                  "prefecture.officer"));
      if (csv.strip().lines().count() > 1) {
        return year;
      }
    }
    return thisYear;
  }

  /** Runs the job {@code path} starts as {@code user}; its result file. */
  private byte[] jobFile(String method, String path, String user) throws Exception {
    String location = awaitJob(send(method, path, user, null), user);
    return download(location + "/result", user);
  }

  /** Waits for the job {@code accepted} started to succeed; its location. */
  private String awaitJob(HttpResponse<String> accepted, String user) throws InterruptedException {
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    JsonNode job;
    do {
      Thread.sleep(200);
      job = JSON.readTree(send("GET", location, user, null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED|CANCELLED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    return location;
  }

  private HttpResponse<String> upload(String path, String csv) throws Exception {
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
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + tokenOf("viewer"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private byte[] download(String path, String user) throws Exception {
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + tokenOf(user))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path + ": " + utf8(response.body())).isEqualTo(200);
    return response.body();
  }

  private static String utf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String docxText(byte[] docx) throws IOException {
    try (XWPFWordExtractor extractor =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      return extractor.getText();
    }
  }

  private static String text(Cell cell) {
    return cell == null ? "" : new DataFormatter().formatCellValue(cell);
  }
}

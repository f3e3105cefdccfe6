package org.civgis.web.compilation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civgis.gazetteer.compilation.CompilationWorklist;
import org.civgis.gazetteer.compilation.DictionaryEntry;
import org.civgis.gazetteer.compilation.DivisionFacts;
import org.civgis.gazetteer.compilation.PlaceNameDictionary;
import org.civgis.gazetteer.compilation.PlaceNameDictionary.Product;
import org.civgis.web.job.JobController;
import org.civgis.web.job.JobProgress;
import org.civgis.web.job.JobResult;
import org.civgis.web.job.JobService;
import org.civgis.web.problem.InvalidParameterException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 地名图志: {@code POST /api/compilations?division=&day=&product=&format=} compiles a book as a job
 * (202 with {@code Location: /api/jobs/{id}}, the file at {@code /api/jobs/{id}/result}); {@code
 * GET /api/compilations/worklist} is what the book cannot say yet, {@code
 * /api/compilations/worklist.xlsx} the same to download.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'NAME_OFFICER')")
class CompilationController {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static final String MAP = "map";
  static final int REVIEW_NUMBER_LENGTH = 40;

  private final CompilationService service;
  private final DivisionMapService maps;
  private final JobService jobs;
  private final Clock clock;

  CompilationController(
      CompilationService service, DivisionMapService maps, JobService jobs, Clock clock) {
    this.service = service;
    this.maps = maps;
    this.jobs = jobs;
    this.clock = clock;
  }

  @PostMapping("/api/compilations")
  ResponseEntity<Map<String, Object>> compile(
      @RequestParam(required = false) String division,
      @RequestParam(required = false) String day,
      @RequestParam(defaultValue = "dictionary") String product,
      @RequestParam(defaultValue = "pdf") String format,
      @RequestParam(defaultValue = "A3") String sheet,
      @RequestParam(defaultValue = "auto") String orientation,
      @RequestParam(required = false) String reviewNumber) {
    if (MAP.equalsIgnoreCase(product)) {
      return compileMap(division, day, format, sheet, orientation, reviewNumber);
    }
    Product book = Product.of(product);
    if (book == null) {
      throw new InvalidParameterException(
          "product", "须为 dictionary（词典）、gazette（志）或 map（区划图），收到 \"" + product + "\"");
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("pdf", "docx", "xlsx").contains(fmt)) {
      throw new InvalidParameterException("format", "须为 pdf、docx 或 xlsx，收到 \"" + format + "\"");
    }
    CompilationService.Scope scope = service.scope(division, day(day));
    String title = scope.division().name() + book.titleSuffix();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("division", scope.division().code());
    parameters.put("day", scope.day().toString());
    parameters.put("product", book.id());
    parameters.put("format", fmt);
    return JobController.accepted(
        jobs.submit(
            "compilation",
            "编纂：" + title + "（" + fmt.toUpperCase(Locale.ROOT) + "）",
            parameters,
            progress -> run(scope, book, fmt, progress)));
  }

  /**
   * 区划图: the division map of a prefecture or a county as of the day, on an A3 or A4 sheet, as PDF
   * or PNG; the job's summary holds the sheet's layout (scale, frame, seats, labels).
   */
  private ResponseEntity<Map<String, Object>> compileMap(
      String division,
      String day,
      String format,
      String sheetName,
      String orientationName,
      String reviewNumber) {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("pdf", "png").contains(fmt)) {
      throw new InvalidParameterException("format", "区划图须为 pdf 或 png，收到 \"" + format + "\"");
    }
    DivisionMapLayout.Sheet sheet = DivisionMapLayout.Sheet.of(sheetName);
    if (sheet == null) {
      throw new InvalidParameterException("sheet", "须为 A3 或 A4，收到 \"" + sheetName + "\"");
    }
    DivisionMapLayout.Orientation orientation = DivisionMapLayout.Orientation.of(orientationName);
    if (orientation == null) {
      throw new InvalidParameterException(
          "orientation", "须为 auto（按形状）、portrait（纵向）或 landscape（横向），收到 \"" + orientationName + "\"");
    }
    String review = reviewNumber == null || reviewNumber.isBlank() ? null : reviewNumber.strip();
    if (review != null
        && (review.length() > REVIEW_NUMBER_LENGTH
            || review.codePoints().anyMatch(Character::isISOControl))) {
      throw new InvalidParameterException(
          "reviewNumber", "审图号须为不超过 " + REVIEW_NUMBER_LENGTH + " 个字符的一行文字");
    }
    CompilationService.Scope scope = service.scope(division, day(day));
    if (scope.division().geometry() == null || scope.division().geometry().isEmpty()) {
      throw new InvalidParameterException(
          "division", scope.division().name() + " 在 " + scope.day() + " 没有界线，无法制图");
    }
    String title = scope.division().name() + "行政区划图";
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("division", scope.division().code());
    parameters.put("day", scope.day().toString());
    parameters.put("product", MAP);
    parameters.put("format", fmt);
    parameters.put("sheet", sheet.name());
    parameters.put("orientation", orientation.name().toLowerCase(Locale.ROOT));
    if (review != null) {
      parameters.put("reviewNumber", review);
    }
    return JobController.accepted(
        jobs.submit(
            "compilation",
            "编纂：" + title + "（" + sheet.name() + "，" + fmt.toUpperCase(Locale.ROOT) + "）",
            parameters,
            progress -> runMap(scope, fmt, sheet, orientation, review, progress)));
  }

  private JobResult runMap(
      CompilationService.Scope scope,
      String format,
      DivisionMapLayout.Sheet sheet,
      DivisionMapLayout.Orientation orientation,
      String reviewNumber,
      JobProgress progress) {
    long start = System.nanoTime();
    progress.update(0.05, "正在读取区划");
    Map<String, DivisionFacts> facts = service.facts(scope);
    PlaceNameDictionary dictionary = service.compile(scope, facts);
    DivisionMap map = maps.map(scope.division(), scope.day(), dictionary.entries(), reviewNumber);
    progress.update(0.4, "正在排版");
    DivisionMapLayout layout =
        DivisionMapLayout.of(
            map, sheet, orientation, DivisionMapLayout.Margins.SHEET, MapFonts.get());
    progress.update(0.6, "正在绘制");
    byte[] bytes =
        format.equals("pdf") ? DivisionMapFiles.pdf(layout) : DivisionMapFiles.png(layout);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("division", scope.division().code());
    summary.put("divisionName", scope.division().name());
    summary.put("day", scope.day().toString());
    summary.put("product", MAP);
    summary.put("format", format);
    summary.put("scale", DivisionMapDrawing.numericScale(layout.scaleDenominator));
    summary.put("millis", (System.nanoTime() - start) / 1_000_000);
    summary.put("layout", layout.describe());
    return JobResult.file(
        bytes,
        format.equals("pdf") ? MediaType.APPLICATION_PDF_VALUE : MediaType.IMAGE_PNG_VALUE,
        map.title() + "-" + sheet.name() + "-" + scope.day() + "." + format,
        summary);
  }

  private JobResult run(
      CompilationService.Scope scope, Product book, String format, JobProgress progress) {
    long start = System.nanoTime();
    progress.update(0.02, "正在读取地名库");
    Map<String, DivisionFacts> facts = service.facts(scope);
    PlaceNameDictionary dictionary = service.compile(scope, facts);
    progress.update(0.1, "已编排 " + dictionary.entries().size() + " 条，正在排版");
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    byte[] bytes;
    String mediaType;
    switch (format) {
      case "pdf" -> {
        List<DivisionMapLayout> plates = new ArrayList<>();
        for (DivisionMap map : maps.plates(scope.division(), scope.day(), dictionary.entries())) {
          plates.add(
              DivisionMapLayout.of(
                  map,
                  DivisionMapLayout.Sheet.A4,
                  DivisionMapLayout.Orientation.PORTRAIT,
                  BookPdf.PLATE_MARGINS,
                  MapFonts.get()));
        }
        progress.update(0.15, "已绘制 " + plates.size() + " 幅区划图，正在排版");
        bytes =
            BookPdf.write(
                dictionary, book, now, plates, f -> progress.update(0.15 + 0.83 * f, "正在排版 PDF"));
        mediaType = MediaType.APPLICATION_PDF_VALUE;
      }
      case "docx" -> {
        bytes = BookDocx.write(dictionary, book, now);
        mediaType = DOCX;
      }
      default -> {
        bytes = BookSpreadsheet.dictionary(dictionary, CompilationWorklist.of(dictionary, facts));
        mediaType = XLSX;
      }
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("division", scope.division().code());
    summary.put("divisionName", scope.division().name());
    summary.put("day", scope.day().toString());
    summary.put("product", book.id());
    summary.put("format", format);
    summary.put("entries", dictionary.entries().size());
    summary.put("formerNames", dictionary.formerNames().size());
    summary.put("millis", (System.nanoTime() - start) / 1_000_000);
    return JobResult.file(
        bytes, mediaType, dictionary.title(book) + "-" + scope.day() + "." + format, summary);
  }

  @GetMapping("/api/compilations/worklist")
  Map<String, Object> worklist(
      @RequestParam(required = false) String division, @RequestParam(required = false) String day) {
    CompilationService.Scope scope = service.scope(division, day(day));
    Map<String, DivisionFacts> facts = service.facts(scope);
    CompilationWorklist worklist = CompilationWorklist.of(service.compile(scope, facts), facts);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("division", scope.division().code());
    out.put("divisionName", scope.division().name());
    out.put("day", scope.day().toString());
    List<Map<String, Object>> counties = new ArrayList<>();
    for (CompilationWorklist.CountyCounts c : worklist.counties().values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("countyCode", c.countyCode());
      m.put("countyName", c.countyName());
      m.put("entries", c.entries());
      m.put("complete", c.complete());
      Map<String, Integer> lacking = new LinkedHashMap<>();
      c.lacking().forEach((gap, n) -> lacking.put(gap.name(), n));
      m.put("lacking", lacking);
      counties.add(m);
    }
    out.put("counties", counties);
    Map<String, String> gapNames = new LinkedHashMap<>();
    for (DictionaryEntry.Gap gap : DictionaryEntry.Gap.values()) {
      gapNames.put(gap.name(), gap.chineseName());
    }
    out.put("gapNames", gapNames);
    List<Map<String, Object>> items = new ArrayList<>();
    for (DictionaryEntry e : worklist.items()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("placeNameId", e.placeNameId());
      m.put("code", e.code());
      m.put("name", e.standardName());
      m.put("countyCode", e.countyCode());
      m.put("location", e.location());
      m.put("category", e.categoryName());
      m.put("lacking", e.gaps().stream().map(Enum::name).sorted().toList());
      m.put("href", "/api/place-names/" + e.placeNameId());
      items.add(m);
    }
    out.put("items", items);
    return out;
  }

  @GetMapping("/api/compilations/worklist.xlsx")
  ResponseEntity<byte[]> worklistXlsx(
      @RequestParam(required = false) String division, @RequestParam(required = false) String day) {
    CompilationService.Scope scope = service.scope(division, day(day));
    Map<String, DivisionFacts> facts = service.facts(scope);
    CompilationWorklist worklist = CompilationWorklist.of(service.compile(scope, facts), facts);
    String name = scope.division().name() + "地名图志编纂待办-" + scope.day() + ".xlsx";
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(XLSX))
        .body(BookSpreadsheet.worklist(worklist));
  }

  private LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("day", "须为日期 YYYY-MM-DD，收到 \"" + value + "\"");
    }
  }
}

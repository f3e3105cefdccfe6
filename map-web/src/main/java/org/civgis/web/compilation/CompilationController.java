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

  private final CompilationService service;
  private final JobService jobs;
  private final Clock clock;

  CompilationController(CompilationService service, JobService jobs, Clock clock) {
    this.service = service;
    this.jobs = jobs;
    this.clock = clock;
  }

  @PostMapping("/api/compilations")
  ResponseEntity<Map<String, Object>> compile(
      @RequestParam(required = false) String division,
      @RequestParam(required = false) String day,
      @RequestParam(defaultValue = "dictionary") String product,
      @RequestParam(defaultValue = "pdf") String format) {
    Product book = Product.of(product);
    if (book == null) {
      throw new InvalidParameterException(
          "product", "须为 dictionary（词典）或 gazette（志），收到 \"" + product + "\"");
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
        bytes =
            BookPdf.write(dictionary, book, now, f -> progress.update(0.1 + 0.88 * f, "正在排版 PDF"));
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

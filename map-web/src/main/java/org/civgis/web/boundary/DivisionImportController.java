package org.civgis.web.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCode;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.imports.DivisionExport;
import org.civgis.boundary.imports.DivisionImport;
import org.civgis.boundary.imports.ImportRejectedException;
import org.civgis.boundary.imports.ImportReport;
import org.civgis.boundary.imports.ImportRequest;
import org.civgis.boundary.imports.SurveyFormat;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.job.JobController;
import org.civgis.web.job.JobResult;
import org.civgis.web.job.JobService;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.civgis.web.security.Role;
import org.civgis.web.tabular.CsvWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports of divisions from surveyors' files (a job) and exports in the same formats.
 *
 * <p>{@code POST /api/boundary/imports} (multipart: {@code file}, {@code effective}, optional
 * {@code crs}, {@code repair}) answers 202 with the job; the job's result is the import report, for
 * a refused import too ({@code status: REJECTED}, every problem, nothing written). With {@code
 * stage=true} the import is only staged: the job's result is the report with status {@code STAGED}
 * (or {@code REJECTED} with its problems) and the batch, whose features {@code GET
 * /api/boundary/imports/{batch}/features} serves for a preview; {@code POST
 * /api/boundary/imports/{batch}/publish} then publishes it (a job; checked again) and {@code DELETE
 * /api/boundary/imports/{batch}} discards it. Reports carry {@code divisionNames}: the name of
 * every division code they mention. {@code GET /api/boundary/exports?format=&level=&parent=&date=}
 * answers the file (a CSV through {@link CsvWriter}, which neutralises text a spreadsheet would run
 * as a formula).
 */
@RestController
class DivisionImportController {
  private static final String PREFECTURE = "652300000000";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DivisionImport imports;
  private final DivisionExport exports;
  private final DivisionRepository divisions;
  private final JobService jobs;
  private final TransactionTemplate transaction;
  private final JurisdictionGuard jurisdiction;
  private final AuditLog audit;
  private final FeatureChangePublisher changes;
  private final Clock clock;

  DivisionImportController(
      DivisionImport imports,
      DivisionExport exports,
      DivisionRepository divisions,
      JobService jobs,
      TransactionTemplate transaction,
      JurisdictionGuard jurisdiction,
      AuditLog audit,
      FeatureChangePublisher changes,
      Clock clock) {
    this.imports = imports;
    this.exports = exports;
    this.divisions = divisions;
    this.jobs = jobs;
    this.transaction = transaction;
    this.jurisdiction = jurisdiction;
    this.audit = audit;
    this.changes = changes;
    this.clock = clock;
  }

  @PostMapping("/api/boundary/imports")
  ResponseEntity<Map<String, Object>> startImport(
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "effective", required = false) String effective,
      @RequestParam(name = "crs", required = false) String crs,
      @RequestParam(name = "repair", defaultValue = "false") boolean repair,
      @RequestParam(name = "stage", defaultValue = "false") boolean stage) {
    Actor actor = importer();
    if (file == null || file.isEmpty()) {
      throw new InvalidParameterException("file", "须上传文件");
    }
    String fileName = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    SurveyFormat format =
        SurveyFormat.ofFileName(fileName)
            .orElseThrow(
                () ->
                    new InvalidParameterException(
                        "file", "不支持的文件格式：可导入 .geojson、.zip（Shapefile）、.gpkg、.kml、.dxf、.csv"));
    LocalDate day = date("effective", effective);
    Path upload = save(file, format);
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("fileName", fileName);
    parameters.put("format", format.name());
    parameters.put("crs", crs);
    parameters.put("effective", day.toString());
    parameters.put("repair", repair);
    parameters.put("stage", stage);
    return JobController.accepted(
        jobs.submit(
            "division-import",
            (stage ? "暂存区划导入：" : "导入区划：") + fileName,
            parameters,
            progress -> {
              try {
                ImportRequest request =
                    new ImportRequest(
                        upload, fileName, format, crs, day, repair, actor.auditName());
                ImportReport report =
                    transaction.execute(
                        tx ->
                            stage
                                ? imports.stage(request, progress::update)
                                : publish(actor, imports.run(request, progress::update)));
                return JobResult.json(stage ? withNames(report) : report);
              } catch (ImportRejectedException e) {
                return JobResult.json(stage ? withNames(e.report()) : e.report());
              } finally {
                Files.deleteIfExists(upload);
              }
            }));
  }

  /** The report of import {@code batch} as stored, with the names of the divisions it mentions. */
  @GetMapping("/api/boundary/imports/{batch}")
  Map<String, Object> report(@PathVariable long batch) {
    ownBatch(importer(), batch);
    String json = imports.reportJson(batch).orElseThrow();
    return withNames(JSON.readValue(json, ImportReport.class));
  }

  /**
   * The staged features of import {@code batch} as GeoJSON (CRS84): {@code feature} (its number in
   * the file), {@code code}, {@code name} (the division's name on the effective day, else the
   * file's), {@code repaired}.
   */
  @GetMapping(value = "/api/boundary/imports/{batch}/features", produces = "application/geo+json")
  String features(@PathVariable long batch) {
    ownBatch(importer(), batch);
    ImportReport report =
        JSON.readValue(imports.reportJson(batch).orElseThrow(), ImportReport.class);
    LocalDate day =
        report.effective() == null ? LocalDate.now(clock) : LocalDate.parse(report.effective());
    tools.jackson.databind.node.ObjectNode collection = JSON.createObjectNode();
    collection.put("type", "FeatureCollection");
    tools.jackson.databind.node.ArrayNode features = collection.putArray("features");
    for (DivisionImport.StagedFeature f : imports.stagedFeatures(batch)) {
      tools.jackson.databind.node.ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      feature.put("id", f.number());
      feature.set(
          "geometry",
          f.geometry() == null ? null : JSON.readTree(GeoJsonGeometry.write(f.geometry(), 7)));
      tools.jackson.databind.node.ObjectNode properties = feature.putObject("properties");
      properties.put("feature", f.number());
      properties.put("code", f.code());
      properties.put("name", divisionName(f.code(), day).orElse(f.name()));
      properties.put("repaired", f.repaired());
    }
    return collection.toString();
  }

  /** Publishes staged import {@code batch} (a job; its result is the report, refused or not). */
  @PostMapping("/api/boundary/imports/{batch}/publish")
  ResponseEntity<Map<String, Object>> publishStaged(@PathVariable long batch) {
    Actor actor = importer();
    DivisionImport.StagedBatch staged = ownBatch(actor, batch);
    if (!staged.publishable()) {
      throw new ConflictException(
          "PUBLISHED".equals(staged.status())
              ? "导入 " + batch + " 已发布"
              : "导入 " + batch + " 存在问题，不能发布；请修改文件后重新上传");
    }
    return JobController.accepted(
        jobs.submit(
            "division-import",
            "发布区划导入 #" + batch,
            Map.of("batch", batch),
            progress -> {
              try {
                return JobResult.json(
                    withNames(
                        transaction.execute(
                            tx -> publish(actor, imports.publishStaged(batch, progress::update)))));
              } catch (ImportRejectedException e) {
                return JobResult.json(withNames(e.report()));
              }
            }));
  }

  /** Discards staged import {@code batch} and its features; a published one stays (409). */
  @DeleteMapping("/api/boundary/imports/{batch}")
  ResponseEntity<Void> discard(@PathVariable long batch) {
    ownBatch(importer(), batch);
    if (!imports.discard(batch)) {
      throw new ConflictException("导入 " + batch + " 已发布，不能取消");
    }
    return ResponseEntity.noContent().build();
  }

  private static Actor importer() {
    Actor actor = Actor.current();
    if (actor.role().filter(r -> r == Role.ADMIN || r == Role.NAME_OFFICER).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和区划地名管理员可以导入区划");
    }
    return actor;
  }

  /** The batch, if it exists and is the actor's own (an administrator's: any). */
  private DivisionImport.StagedBatch ownBatch(Actor actor, long batch) {
    DivisionImport.StagedBatch staged =
        imports
            .findBatch(batch)
            .orElseThrow(() -> new NotFoundException("没有编号为 " + batch + " 的导入"));
    boolean admin = actor.role().filter(r -> r == Role.ADMIN).isPresent();
    if (!admin && !staged.createdBy().equals(actor.auditName())) {
      throw new ForbiddenException("导入 " + batch + " 由他人上传");
    }
    return staged;
  }

  private java.util.Optional<String> divisionName(String code, LocalDate day) {
    if (code == null) {
      return java.util.Optional.empty();
    }
    try {
      return divisions.findByCode(DivisionCode.normalize(code.strip()), day).map(Division::name);
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** The report as JSON with {@code divisionNames}: code → name of every code it mentions. */
  private Map<String, Object> withNames(ImportReport report) {
    LocalDate day =
        report.effective() == null ? LocalDate.now(clock) : LocalDate.parse(report.effective());
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    for (ImportReport.Problem p : report.problems()) {
      if (p.code() != null) {
        codes.addAll(List.of(p.code().split(",")));
      }
    }
    report.findings().forEach(f -> codes.addAll(f.divisions()));
    codes.addAll(report.changed());
    codes.addAll(report.unchanged());
    codes.addAll(report.published());
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : codes) {
      divisionName(code, day).ifPresent(name -> names.put(code, name));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> json = JSON.convertValue(report, LinkedHashMap.class);
    json.put("divisionNames", names);
    return json;
  }

  /** Rights, audit and notification of an accepted import, in its transaction. */
  private ImportReport publish(Actor actor, ImportReport report) {
    for (String code : report.published()) {
      jurisdiction.checkWrite(actor, code, null);
      audit.record(
          new AuditEntry(
              "IMPORT",
              actor.auditName(),
              actor.user() == null ? null : actor.user().id(),
              "divisions",
              code,
              null,
              "{\"importBatch\":" + report.batchId() + "}"));
    }
    if (!report.published().isEmpty()) {
      changes.publish("divisions", divisions.extent(LocalDate.now(clock)));
      changes.publish("boundary-lines", divisions.extent(LocalDate.now(clock)));
    }
    return report;
  }

  @GetMapping("/api/boundary/exports")
  ResponseEntity<byte[]> export(
      @RequestParam(name = "format", defaultValue = "geojson") String formatName,
      @RequestParam(name = "level", defaultValue = "3") int level,
      @RequestParam(name = "parent", defaultValue = PREFECTURE) String parent,
      @RequestParam(name = "date", required = false) String date) {
    SurveyFormat format =
        SurveyFormat.ofName(formatName)
            .orElseThrow(
                () ->
                    new InvalidParameterException(
                        "format", "格式须为 geojson、shapefile、geopackage、kml、dxf 或 csv"));
    DivisionLevel divisionLevel;
    try {
      divisionLevel = DivisionLevel.ofNumber(level);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("level", "层级须为 1–5");
    }
    LocalDate day = date == null ? LocalDate.now(clock) : date("date", date);
    List<Division> selected =
        divisions.find(
            DivisionQuery.asOf(day, 100_000).withLevel(divisionLevel).withParent(parent));
    if (selected.isEmpty()) {
      throw new InvalidParameterException("parent", "该日期下 " + parent + " 没有这一层级的下级区划");
    }
    String layer = "divisions_" + parent + "_" + divisionLevel.number();
    byte[] file = exports.export(selected, format, layer);
    if (format == SurveyFormat.CSV) {
      // GDAL writes names as they are; ours is the writer that keeps formulas out of every CSV
      file = CsvWriter.rewrite(file, false);
    }
    String name = "区划_" + parent + "_" + day + "." + format.extension();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .body(file);
  }

  private static LocalDate date(String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(parameter, "须给出日期（YYYY-MM-DD）");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(parameter, "日期须写作 YYYY-MM-DD，而不是 " + value);
    }
  }

  private static Path save(MultipartFile file, SurveyFormat format) {
    try {
      Path upload = Files.createTempFile("civgis-import", "." + format.extension());
      file.transferTo(upload);
      return upload;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

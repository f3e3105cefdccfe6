package org.civgis.web.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.check.CheckRun;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.StoredFinding;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCode;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.web.job.JobController;
import org.civgis.web.job.JobResult;
import org.civgis.web.job.JobService;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Topology check runs as jobs, their report as a spreadsheet, and marker photos.
 *
 * <p>{@code POST /api/boundary/checks?scope=&date=} (officers) runs the checks of geo-core on the
 * divisions, lines and markers valid on the day and stores the report; the job links to the
 * findings ({@code /ogc/collections/topology-findings/items?run=}). {@code GET
 * /api/boundary/checks} lists recent runs; {@code GET /api/boundary/checks/{id}/findings.xlsx}
 * downloads a run's findings.
 */
@RestController
class BoundaryCheckController {
  private static final String PREFECTURE = "652300000000";
  private static final int MAX_FINDINGS = 100_000;

  private final TopologyCheckRun checks;
  private final CheckRunRepository runs;
  private final MarkerRepository markers;
  private final DivisionRepository divisions;
  private final JobService jobs;
  private final TransactionTemplate transaction;
  private final Clock clock;

  BoundaryCheckController(
      TopologyCheckRun checks,
      CheckRunRepository runs,
      MarkerRepository markers,
      DivisionRepository divisions,
      JobService jobs,
      TransactionTemplate transaction,
      Clock clock) {
    this.checks = checks;
    this.runs = runs;
    this.markers = markers;
    this.divisions = divisions;
    this.jobs = jobs;
    this.transaction = transaction;
    this.clock = clock;
  }

  @PostMapping("/api/boundary/checks")
  ResponseEntity<Map<String, Object>> start(
      @RequestParam(name = "scope", defaultValue = PREFECTURE) String scope,
      @RequestParam(name = "date", required = false) String date) {
    Actor actor = Actor.current();
    if (actor.role().filter(Role::isOfficer).isEmpty()) {
      throw new ForbiddenException("只有管理人员可以运行拓扑检查");
    }
    if (!DivisionCode.isValid(scope)) {
      throw new InvalidParameterException("scope", "检查范围须为 12 位区划代码");
    }
    LocalDate day;
    try {
      day = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("date", "日期须写作 YYYY-MM-DD");
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("scope", scope);
    parameters.put("date", day.toString());
    return JobController.accepted(
        jobs.submit(
            "topology-check",
            "拓扑检查（" + scope + "，" + day + "）",
            parameters,
            progress -> {
              TopologyCheckRun.Outcome outcome;
              try {
                outcome =
                    transaction.execute(
                        tx ->
                            checks.run(
                                scope,
                                day,
                                CheckTolerances.DEFAULT,
                                actor.auditName(),
                                progress::update));
              } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("scope", e.getMessage());
              }
              return JobResult.link(
                  "/ogc/collections/"
                      + TopologyFindingFeatureSource.ID
                      + "/items?run="
                      + outcome.runId(),
                  outcome);
            }));
  }

  @GetMapping("/api/boundary/checks")
  List<CheckRun> recent(@RequestParam(name = "limit", defaultValue = "20") int limit) {
    return runs.recent(Math.max(1, Math.min(limit, 100)));
  }

  @GetMapping("/api/boundary/checks/{id}/findings.xlsx")
  ResponseEntity<byte[]> findingsXlsx(@PathVariable long id) {
    CheckRun run = runs.run(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的检查"));
    List<StoredFinding> findings =
        runs.findings(
            new CheckRunRepository.FindingQuery(id, null, null, null, null, MAX_FINDINGS, 0));
    String name = "拓扑检查_" + id + "_" + run.asOf() + ".xlsx";
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_TYPE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .body(FindingsWorkbook.xlsx(run, scopeName(run), findings));
  }

  @GetMapping("/api/boundary/markers/{id}/photos/{photoId}")
  ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
    String mediaType =
        markers.photos(id).stream()
            .filter(p -> p.id() == photoId)
            .map(p -> p.mediaType())
            .findFirst()
            .orElseThrow(() -> new NotFoundException("界桩 " + id + " 没有照片 " + photoId));
    byte[] content =
        markers
            .photoContent(id, photoId)
            .orElseThrow(() -> new NotFoundException("界桩 " + id + " 没有照片 " + photoId));
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, mediaType).body(content);
  }

  /** The name of the division a run checked, as of the run's day. */
  private String scopeName(CheckRun run) {
    return divisions
        .findByCode(run.scopeCode(), run.asOf())
        .map(Division::name)
        .orElse(run.scopeCode());
  }
}

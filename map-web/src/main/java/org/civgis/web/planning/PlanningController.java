package org.civgis.web.planning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.facility.FacilityType;
import org.civgis.gazetteer.indicator.CoverageFacts;
import org.civgis.gazetteer.indicator.IndicatorValue;
import org.civgis.gazetteer.indicator.PlanIndicator;
import org.civgis.web.job.JobController;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.security.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planner's API: what can be run ({@code GET /api/planning/options}), coverage runs as jobs
 * ({@code POST /api/planning/coverage-runs}), the plan's indicators against their targets ({@code
 * GET /api/planning/indicators?run=&scenario=}) and their XLSX export ({@code
 * /api/planning/indicators.xlsx}).
 */
@RestController
class PlanningController {
  private final PlanIndicatorService indicators;
  private final CoverageRuns runs;
  private final CoverageEngine engine;

  PlanningController(PlanIndicatorService indicators, CoverageRuns runs, CoverageEngine engine) {
    this.indicators = indicators;
    this.runs = runs;
    this.engine = engine;
  }

  @GetMapping("/api/planning/options")
  Map<String, Object> options() {
    List<Map<String, Object>> types = new ArrayList<>();
    for (FacilityType t : FacilityType.values()) {
      types.add(Map.of("code", t.name(), "name", t.chineseName(), "elderCare", t.elderCare()));
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("facilityTypes", types);
    options.put(
        "speeds",
        List.of(
            Map.of(
                "code",
                "NORMAL",
                "name",
                "常速 1.0 米/秒",
                "metersPerSecond",
                CoverageRunRequest.NORMAL_SPEED),
            Map.of(
                "code",
                "ELDERLY",
                "name",
                "老年人 0.75 米/秒",
                "metersPerSecond",
                CoverageRunRequest.ELDERLY_SPEED)));
    options.put("coverageUnavailable", engine.unavailableReason().orElse(null));
    return options;
  }

  @PostMapping("/api/planning/coverage-runs")
  ResponseEntity<Map<String, Object>> run(@RequestBody CoverageRunRequest request) {
    Actor actor = Actor.current();
    if (actor.isAnonymous()) {
      throw new ForbiddenException("请先登录再运行服务圈分析");
    }
    CoverageRunRequest.Checked checked = request.check();
    engine
        .unavailableReason()
        .ifPresent(
            reason -> {
              throw new org.civgis.web.problem.ConflictException(reason);
            });
    return JobController.accepted(runs.start(checked));
  }

  @GetMapping("/api/planning/indicators")
  Map<String, Object> indicators(
      @RequestParam(required = false) String run,
      @RequestParam(defaultValue = "before") String scenario) {
    CoverageFacts facts = facts(run, scenario);
    List<Map<String, Object>> definitions = new ArrayList<>();
    for (PlanIndicator i : PlanIndicator.values()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("code", i.name());
      d.put("name", i.chineseName());
      d.put("definition", i.definition());
      d.put("unit", PlanIndicatorExport.unit(i));
      d.put("target", i.target());
      d.put("targetText", i.targetText());
      d.put("needsCoverage", i.needsCoverage());
      definitions.add(d);
    }
    List<Map<String, Object>> values = new ArrayList<>();
    for (IndicatorValue v : indicators.compute(facts)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("indicator", v.indicator().name());
      row.put("areaCode", v.area().code());
      row.put("areaName", v.area().name());
      row.put("level", v.area().level());
      row.put("levelName", PlanIndicatorExport.level(v.area().level(), v.area().street()));
      row.put("value", v.value());
      row.put("numerator", v.numerator());
      row.put("denominator", v.denominator());
      row.put("meetsTarget", v.meetsTarget());
      row.put("note", v.note());
      values.add(row);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("indicators", definitions);
    body.put("values", values);
    body.put("run", run);
    body.put("scenario", run == null ? null : scenario);
    body.put("coverage", facts == null ? null : facts.describe());
    return body;
  }

  @GetMapping("/api/planning/indicators.xlsx")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String run,
      @RequestParam(defaultValue = "before") String scenario) {
    CoverageFacts facts = facts(run, scenario);
    String scope =
        facts == null ? "未含服务圈分析" : facts.describe() + ("after".equals(scenario) ? "，含新选址" : "");
    byte[] bytes = PlanIndicatorExport.xlsx(indicators.compute(facts), scope);
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("规划指标.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }

  private CoverageFacts facts(String run, String scenario) {
    if (!scenario.equals("before") && !scenario.equals("after")) {
      throw new InvalidParameterException("scenario", "须为 before 或 after");
    }
    if (run == null || run.isBlank()) {
      return null;
    }
    Actor actor = Actor.current();
    if (actor.isAnonymous()) {
      throw new ForbiddenException("查看服务圈分析结果须先登录");
    }
    return runs.facts(run, scenario, actor);
  }
}

package org.civgis.web.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civgis.gazetteer.demand.DemandKind;
import org.civgis.gazetteer.demand.DemandPoint;
import org.civgis.gazetteer.demand.DemandRepository;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.gazetteer.facility.FacilityQuery;
import org.civgis.gazetteer.facility.FacilityRepository;
import org.civgis.gazetteer.facility.FacilityStatus;
import org.civgis.gazetteer.facility.FacilityType;
import org.civgis.gazetteer.indicator.CoverageFacts;
import org.civgis.web.job.Job;
import org.civgis.web.job.JobProgress;
import org.civgis.web.job.JobService;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage runs of the planner: the operating facilities of the chosen types against every demand
 * point, through the {@link CoverageEngine}; the result (per demand point, per community, the
 * isochrones, the new sites and the after scenario) is the job's result.
 */
@Service
class CoverageRuns {
  static final String KIND = "coverage-run";

  private final FacilityRepository facilities;
  private final DemandRepository demand;
  private final CoverageEngine engine;
  private final JobService jobs;
  private final JsonMapper json;

  CoverageRuns(
      FacilityRepository facilities,
      DemandRepository demand,
      CoverageEngine engine,
      JobService jobs,
      JsonMapper json) {
    this.facilities = facilities;
    this.demand = demand;
    this.engine = engine;
    this.jobs = jobs;
    this.json = json;
  }

  Job start(CoverageRunRequest.Checked run) {
    StringBuilder names = new StringBuilder();
    for (FacilityType t : run.types()) {
      names.append(names.isEmpty() ? "" : "、").append(t.chineseName());
    }
    Map<String, Object> parameters = parameters(run);
    return jobs.submit(
        KIND,
        "服务圈分析：" + names + "，步行 " + format(run.walkMinutes()) + " 分钟",
        parameters,
        progress -> org.civgis.web.job.JobResult.json(compute(run, parameters, progress)));
  }

  private Map<String, Object> compute(
      CoverageRunRequest.Checked run, Map<String, Object> parameters, JobProgress progress)
      throws Exception {
    progress.update(0.02, "读取设施与需求点");
    List<Facility> sources =
        facilities.find(
            new FacilityQuery(
                run.types(), Set.of(FacilityStatus.OPERATING), null, null, 100_000, 0));
    List<DemandPoint> points = demand.find(null, null, null, 100_000, 0);
    List<CoverageEngine.Site> sites = new ArrayList<>();
    for (Facility f : sources) {
      sites.add(
          new CoverageEngine.Site(
              Long.toString(f.id()),
              f.point().getX(),
              f.point().getY(),
              f.capacity() != null ? f.capacity() : f.beds() != null ? f.beds() : Double.NaN));
    }
    List<CoverageEngine.Demand> wanted = new ArrayList<>();
    for (DemandPoint d : points) {
      wanted.add(
          new CoverageEngine.Demand(
              d.code(), d.point().getX(), d.point().getY(), d.population60Plus()));
    }
    CoverageEngine.Outcome outcome =
        engine.run(
            new CoverageEngine.Request(
                sites,
                wanted,
                run.walkMinutes(),
                run.walkingSpeedMetersPerSecond(),
                run.newSites()),
            progress);
    progress.update(0.95, "汇总结果");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("parameters", parameters);
    result.put("facilities", sources.size());
    result.put("before", scenario(points, outcome.demand(), outcome.isochrones()));
    if (outcome.demandAfter() != null) {
      Map<String, Object> after =
          scenario(points, outcome.demandAfter(), outcome.isochronesAfter());
      List<Map<String, Object>> newSites = new ArrayList<>();
      for (CoverageEngine.Site s : outcome.newSites()) {
        newSites.add(Map.of("id", s.id(), "lon", s.lon(), "lat", s.lat()));
      }
      after.put("newSites", newSites);
      result.put("after", after);
    }
    result.put("timeMap", outcome.timeMap());
    result.put("notes", outcome.notes());
    return result;
  }

  /** The per-point times and the summary of one scenario. */
  private static Map<String, Object> scenario(
      List<DemandPoint> points,
      List<CoverageEngine.DemandTime> times,
      Map<String, Object> isochrones) {
    Map<String, CoverageEngine.DemandTime> byId = new HashMap<>();
    for (CoverageEngine.DemandTime t : times) {
      byId.put(t.id(), t);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    long communities = 0;
    long coveredCommunities = 0;
    long elderly = 0;
    long coveredElderly = 0;
    for (DemandPoint d : points) {
      CoverageEngine.DemandTime t = byId.get(d.code());
      boolean covered = t != null && t.covered();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", d.code());
      row.put("name", d.name());
      row.put("kind", d.kind().name());
      row.put("divisionCode", d.divisionCode());
      row.put("population60Plus", d.population60Plus());
      row.put("walkMinutes", t == null ? null : t.walkMinutes());
      row.put("covered", covered);
      row.put("nearestFacilityId", t == null ? null : t.nearestFacilityId());
      row.put("e2sfca", t == null ? null : t.e2sfca());
      row.put("lon", d.point().getX());
      row.put("lat", d.point().getY());
      rows.add(row);
      if (d.kind() == DemandKind.COMMUNITY) {
        communities++;
        elderly += d.population60Plus();
        if (covered) {
          coveredCommunities++;
          coveredElderly += d.population60Plus();
        }
      }
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("communities", communities);
    summary.put("coveredCommunities", coveredCommunities);
    summary.put("elderly", elderly);
    summary.put("coveredElderly", coveredElderly);
    summary.put(
        "coveredElderlyRate",
        elderly == 0 ? null : Math.round(10000.0 * coveredElderly / elderly) / 100.0);
    Map<String, Object> scenario = new LinkedHashMap<>();
    scenario.put("summary", summary);
    scenario.put("demand", rows);
    scenario.put("isochrones", isochrones);
    return scenario;
  }

  /**
   * The facts of run {@code id} for the indicators, from its {@code scenario} ({@code before} or
   * {@code after}); 404 unless the actor may see a finished coverage run of that id.
   */
  CoverageFacts facts(String id, String scenario, Actor actor) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("没有服务圈分析 " + id);
    }
    Job job =
        jobs.visibleTo(uuid, actor)
            .filter(j -> j.kind().equals(KIND))
            .orElseThrow(() -> new NotFoundException("没有服务圈分析 " + id));
    if (job.resultJson() == null) {
      throw new ConflictException("服务圈分析「" + job.title() + "」尚未完成");
    }
    JsonNode result = json.readTree(job.resultJson());
    JsonNode chosen = result.path(scenario);
    if (chosen.isMissingNode()) {
      throw new NotFoundException("该分析没有「" + scenario + "」方案（未要求新选址）");
    }
    Set<String> covered = new HashSet<>();
    for (JsonNode row : chosen.path("demand")) {
      if (row.path("covered").asBoolean()) {
        covered.add(row.path("code").asString());
      }
    }
    Set<FacilityType> types = java.util.EnumSet.noneOf(FacilityType.class);
    for (JsonNode t : result.path("parameters").path("types")) {
      types.add(FacilityType.valueOf(t.asString()));
    }
    return new CoverageFacts(
        types, result.path("parameters").path("walkMinutes").asDouble(), covered);
  }

  private static Map<String, Object> parameters(CoverageRunRequest.Checked run) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("types", run.types().stream().map(Enum::name).toList());
    p.put("typeNames", run.types().stream().map(FacilityType::chineseName).toList());
    p.put("walkMinutes", run.walkMinutes());
    p.put("walkingSpeedMetersPerSecond", run.walkingSpeedMetersPerSecond());
    p.put("newSites", run.newSites());
    return p;
  }

  static String format(double minutes) {
    return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
  }
}

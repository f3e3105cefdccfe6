package org.civgis.web.sign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.address.geocode.RegistryIndex;
import org.civgis.gazetteer.sign.MissingSignFinder;
import org.civgis.gazetteer.sign.RepairTask;
import org.civgis.gazetteer.sign.SignCondition;
import org.civgis.gazetteer.sign.SignPatrol;
import org.civgis.gazetteer.sign.SignRepository;
import org.civgis.gazetteer.sign.SignState;
import org.civgis.web.address.AddressGeocoding;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.ogc.FeatureJson;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.civgis.web.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign inventory's own endpoints: counts by map status ({@code GET /api/signs/summary}), a
 * sign's patrols ({@code GET /api/signs/{id}/patrols}) and patrol entry ({@code POST
 * /api/signs/{id}/patrols}: {@code {"patrolledOn","patroller","condition","fault","repairNeeded",
 * "note"}}).
 */
@RestController
class SignController {
  private final SignRepository signs;
  private final JurisdictionGuard guard;
  private final AuditLog audit;
  private final FeatureChangePublisher changes;
  private final FeatureJson featureJson;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final AddressGeocoding geocoding;

  SignController(
      AddressGeocoding geocoding,
      SignRepository signs,
      JurisdictionGuard guard,
      AuditLog audit,
      FeatureChangePublisher changes,
      FeatureJson featureJson,
      TransactionTemplate transaction,
      Clock clock) {
    this.geocoding = geocoding;
    this.signs = signs;
    this.guard = guard;
    this.audit = audit;
    this.changes = changes;
    this.featureJson = featureJson;
    this.transaction = transaction;
    this.clock = clock;
  }

  @GetMapping("/api/signs/summary")
  Map<String, Object> summary() {
    Map<String, Object> counts = new LinkedHashMap<>();
    Map<SignState.Status, Long> byStatus = signs.countByStatus();
    for (SignState.Status s : SignState.Status.values()) {
      counts.put(s.name(), byStatus.getOrDefault(s, 0L));
    }
    return Map.of("byStatus", counts);
  }

  /**
   * The places where a named road needs a road sign and none stands within {@code tolerance} metres
   * (default 30): both ends and every meeting with another named road; a GeoJSON FeatureCollection
   * (CRS84).
   */
  @GetMapping("/api/signs/missing")
  Map<String, Object> missing(
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "30") String tolerance) {
    double metres;
    try {
      metres = Double.parseDouble(tolerance.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("tolerance", "须为 1 到 200 的米数");
    }
    if (!(metres >= 1 && metres <= 200)) {
      throw new InvalidParameterException("tolerance", "须为 1 到 200 的米数");
    }
    RegistryIndex index = geocoding.geocoder().index();
    List<MissingSignFinder.Road> roads =
        index.roads().stream()
            .map(r -> new MissingSignFinder.Road(r.code(), r.name(), r.line()))
            .toList();
    List<Map<String, Object>> features = new java.util.ArrayList<>();
    for (MissingSignFinder.Requirement r :
        MissingSignFinder.missing(roads, signs.roadSignsStanding(), metres)) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("roadCode", r.roadCode());
      properties.put("roadName", r.roadName());
      properties.put("place", r.place().name());
      properties.put("placeName", r.place().chineseName());
      properties.put("otherRoads", r.otherRoads());
      features.add(
          Map.of(
              "type",
              "Feature",
              "geometry",
              Map.of("type", "Point", "coordinates", List.of(r.point().getX(), r.point().getY())),
              "properties",
              properties));
    }
    return Map.of("type", "FeatureCollection", "features", features);
  }

  @GetMapping("/api/signs/{id}/patrols")
  List<SignPatrol> patrols(@PathVariable String id) {
    return signs.patrols(state(id).sign().id());
  }

  @PostMapping("/api/signs/{id}/patrols")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> addPatrol(
      @PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
    SignState before = state(id);
    if (body == null) {
      throw new InvalidParameterException("body", "须为巡查记录（JSON）");
    }
    LocalDate day = date(body.get("patrolledOn"));
    if (day.isAfter(LocalDate.now(clock))) {
      throw new InvalidParameterException("patrolledOn", "不能晚于今天");
    }
    String patroller = text(body.get("patroller"), "patroller", true);
    SignCondition condition = condition(body.get("condition"));
    String fault = text(body.get("fault"), "fault", false);
    String note = text(body.get("note"), "note", false);
    boolean repairNeeded = Boolean.TRUE.equals(body.get("repairNeeded"));
    if (repairNeeded && (fault == null || fault.isBlank())) {
      throw new InvalidParameterException("fault", "需要维修时请填写故障情况");
    }
    Actor actor = Actor.current();
    if (actor.role().filter(r -> r == Role.ADMIN || r == Role.NAME_OFFICER).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和区划地名管理员可以登记巡查");
    }
    String county = before.sign().code().substring(0, 6) + "000000";
    guard.checkWrite(actor, county, before.sign().point());
    long patrolId =
        transaction.execute(
            tx -> {
              long pid =
                  signs.addPatrol(
                      new SignPatrol(
                          0,
                          before.sign().id(),
                          day,
                          patroller,
                          condition,
                          fault,
                          repairNeeded,
                          note,
                          null),
                      null,
                      null,
                      actor.auditName());
              signs.recordCondition(before.sign().id(), condition);
              if (repairNeeded) {
                signs.addRepair(
                    new RepairTask(
                        0,
                        1,
                        before.sign().id(),
                        pid,
                        fault,
                        RepairTask.Status.OPEN,
                        day,
                        day.plusDays(30),
                        null,
                        null,
                        null));
              }
              SignState after = signs.state(before.sign().id()).orElseThrow();
              audit.record(
                  new AuditEntry(
                      "PATROL",
                      actor.auditName(),
                      actor.user() == null ? null : actor.user().id(),
                      SignFeatureSource.COLLECTION,
                      Long.toString(before.sign().id()),
                      featureJson.write(SignFeatureSource.feature(before)),
                      featureJson.write(SignFeatureSource.feature(after))));
              changes.publishChange(
                  SignFeatureSource.COLLECTION, before.sign().point(), after.sign().point());
              return pid;
            });
    SignState after = state(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("patrolId", patrolId);
    out.put("sign", SignFeatureSource.feature(after).properties());
    return out;
  }

  private SignState state(String id) {
    try {
      return signs
          .state(Long.parseLong(id))
          .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的标志"));
    } catch (NumberFormatException e) {
      throw new NotFoundException("没有编号为 " + id + " 的标志");
    }
  }

  private static LocalDate date(Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw new InvalidParameterException("patrolledOn", "请填写巡查日期（YYYY-MM-DD）");
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("patrolledOn", "须为日期 YYYY-MM-DD");
    }
  }

  private static SignCondition condition(Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw new InvalidParameterException("condition", "请选择标志状况");
    }
    try {
      return SignCondition.valueOf(s.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("condition", "须为 GOOD、WORN、DAMAGED 或 MISSING");
    }
  }

  private static String text(Object value, String field, boolean required) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      if (required) {
        throw new InvalidParameterException(field, "不能为空");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      throw new InvalidParameterException(field, "须为文字");
    }
    if (s.length() > 500) {
      throw new InvalidParameterException(field, "不能超过 500 个字符");
    }
    return s.trim();
  }
}

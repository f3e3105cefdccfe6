package org.civgis.web.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.inspection.Dispute;
import org.civgis.boundary.inspection.DisputeRepository;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.Patrol;
import org.civgis.boundary.inspection.PatrolRepository;
import org.civgis.boundary.inspection.RoundLockedException;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Disputes ({@code /api/inspection/disputes}: area polygon, parties, status, resolution, documents)
 * and daily patrols ({@code /api/inspection/patrols}). A dispute of a signed round is not changed
 * any more (409).
 */
@RestController
class DisputeController {
  private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4490);

  private final DisputeRepository disputes;
  private final PatrolRepository patrols;
  private final InspectionService service;
  private final TransactionTemplate transaction;
  private final JurisdictionGuard jurisdiction;
  private final AuditLog audit;
  private final FeatureChangePublisher changes;

  DisputeController(
      DisputeRepository disputes,
      PatrolRepository patrols,
      InspectionService service,
      TransactionTemplate transaction,
      JurisdictionGuard jurisdiction,
      AuditLog audit,
      FeatureChangePublisher changes) {
    this.disputes = disputes;
    this.patrols = patrols;
    this.service = service;
    this.transaction = transaction;
    this.jurisdiction = jurisdiction;
    this.audit = audit;
    this.changes = changes;
  }

  @GetMapping("/api/inspection/disputes")
  Map<String, Object> list(@RequestParam(name = "round", required = false) Long round) {
    return Map.of("disputes", disputes.list(round).stream().map(InspectionJson::dispute).toList());
  }

  @PostMapping("/api/inspection/disputes")
  ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) String text) {
    Actor actor = InspectionController.inspector();
    JsonNode body = InspectionJson.body(text);
    MultiPolygon area = area(body.path("area"));
    List<String> parties = InspectionJson.strings(body, "parties");
    if (parties.size() < 2 || parties.stream().anyMatch(p -> !p.matches("[0-9]{12}"))) {
      throw new InvalidParameterException("parties", "须列出至少两个 12 位区划代码");
    }
    jurisdiction.checkWrite(actor, parties.get(0), null);
    Double round = InspectionJson.number(body, "roundId", false);
    Dispute dispute =
        new Dispute(
            0,
            1,
            round == null ? null : round.longValue(),
            InspectionJson.text(body, "lineCode", false),
            InspectionJson.text(body, "title", true),
            area,
            0,
            parties,
            "OPEN",
            null,
            documents(body),
            actor.auditName());
    Dispute stored =
        inTransaction(
            () -> {
              if (dispute.roundId() != null) {
                InspectionRound r = service.round(dispute.roundId());
                service.requireWritable(r.id());
              }
              Dispute d = disputes.insert(dispute);
              audited(actor, "CREATE", d, null);
              return d;
            });
    changes.publishChange("disputes", null, stored.area());
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(stored.etag())
        .body(InspectionJson.dispute(stored));
  }

  /** {@code {"status": "NEGOTIATING"|"RESOLVED", "resolution": …, "documents": […]}}. */
  @PostMapping("/api/inspection/disputes/{id}/settlement")
  ResponseEntity<Map<String, Object>> settle(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) String text) {
    Actor actor = InspectionController.inspector();
    JsonNode body = InspectionJson.body(text);
    String status = InspectionJson.text(body, "status", true);
    if (!List.of("OPEN", "NEGOTIATING", "RESOLVED").contains(status)) {
      throw new InvalidParameterException("status", "须为 OPEN、NEGOTIATING 或 RESOLVED");
    }
    String resolution = InspectionJson.text(body, "resolution", false);
    if (status.equals("RESOLVED") && resolution == null) {
      throw new InvalidParameterException("resolution", "解决争议须写明处理结果");
    }
    Dispute before =
        disputes.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的争议"));
    jurisdiction.checkWrite(actor, before.parties().get(0), null);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PreconditionFailedException.missing();
    }
    if (!ifMatch.strip().equals(before.etag())) {
      throw PreconditionFailedException.mismatch(before.etag());
    }
    Dispute after =
        inTransaction(
            () -> {
              if (before.roundId() != null) {
                service.requireWritable(before.roundId());
              }
              Dispute settled =
                  disputes
                      .settle(id, before.revision(), status, resolution, documents(body))
                      .orElseThrow(
                          () ->
                              PreconditionFailedException.mismatch(
                                  disputes.find(id).orElseThrow().etag()));
              audited(actor, "UPDATE", settled, before);
              return settled;
            });
    changes.publishChange("disputes", before.area(), after.area());
    return ResponseEntity.ok().eTag(after.etag()).body(InspectionJson.dispute(after));
  }

  @GetMapping("/api/inspection/patrols")
  Map<String, Object> patrols(
      @RequestParam(name = "line") String line,
      @RequestParam(name = "from", defaultValue = "1900-01-01") String from) {
    LocalDate day;
    try {
      day = LocalDate.parse(from);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("from", "日期须写作 YYYY-MM-DD");
    }
    return Map.of("patrols", patrols.ofLine(line, day));
  }

  @PostMapping("/api/inspection/patrols")
  ResponseEntity<Patrol> patrol(@RequestBody(required = false) String text) {
    Actor actor = InspectionController.inspector();
    JsonNode body = InspectionJson.body(text);
    LocalDate day;
    try {
      day = LocalDate.parse(InspectionJson.text(body, "patrolledOn", true));
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("patrolledOn", "日期须写作 YYYY-MM-DD");
    }
    List<String> patrollers = InspectionJson.strings(body, "patrollers");
    if (patrollers.isEmpty()) {
      throw new InvalidParameterException("patrollers", "至少一名巡查人员");
    }
    LineString route = null;
    if (!body.path("route").isMissingNode() && !body.path("route").isNull()) {
      Geometry g = geometry(body.path("route"), "route");
      if (!(g instanceof LineString l)) {
        throw new InvalidParameterException("route", "须为 LineString");
      }
      route = l;
    }
    Boolean issues = InspectionJson.bool(body, "issuesFound", true);
    Patrol patrol =
        new Patrol(
            0,
            InspectionJson.text(body, "lineCode", true),
            day,
            patrollers,
            route,
            issues,
            InspectionJson.text(body, "notes", false),
            actor.auditName());
    Patrol stored =
        inTransaction(
            () -> {
              Patrol p = patrols.insert(patrol);
              audit.record(
                  new AuditEntry(
                      "CREATE",
                      actor.auditName(),
                      actor.user() == null ? null : actor.user().id(),
                      "boundary-patrols",
                      String.valueOf(p.id()),
                      null,
                      "{\"lineCode\":\"" + p.lineCode() + "\"}"));
              return p;
            });
    return ResponseEntity.status(HttpStatus.CREATED).body(stored);
  }

  // ---- helpers

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    try {
      return transaction.execute(s -> work.get());
    } catch (RoundLockedException e) {
      throw new ConflictException(e.getMessage());
    } catch (org.civgis.boundary.inspection.InspectionRefusedException e) {
      throw new InvalidParameterException(e.field(), e.reason());
    }
  }

  private void audited(Actor actor, String action, Dispute after, Dispute before) {
    audit.record(
        new AuditEntry(
            action,
            actor.auditName(),
            actor.user() == null ? null : actor.user().id(),
            "disputes",
            String.valueOf(after.id()),
            before == null
                ? null
                : InspectionJson.JSON.writeValueAsString(InspectionJson.dispute(before)),
            InspectionJson.JSON.writeValueAsString(InspectionJson.dispute(after))));
  }

  private static List<InspectionRound.RoundDocument> documents(JsonNode body) {
    List<InspectionRound.RoundDocument> documents = new ArrayList<>();
    for (JsonNode d : body.path("documents")) {
      documents.add(
          new InspectionRound.RoundDocument(
              InspectionJson.text(d, "kind", true),
              InspectionJson.text(d, "title", true),
              InspectionJson.text(d, "reference", false)));
    }
    return documents;
  }

  private static MultiPolygon area(JsonNode node) {
    Geometry g = geometry(node, "area");
    MultiPolygon area =
        g instanceof Polygon p
            ? LON_LAT.createMultiPolygon(new Polygon[] {p})
            : g instanceof MultiPolygon m ? m : null;
    if (area == null || area.isEmpty()) {
      throw new InvalidParameterException("area", "争议区须为 Polygon 或 MultiPolygon");
    }
    if (!area.isValid()) {
      throw new InvalidParameterException("area", "争议区几何无效（自相交或环不闭合）");
    }
    area.setSRID(4490);
    return area;
  }

  private static Geometry geometry(JsonNode node, String field) {
    if (node.isMissingNode() || node.isNull()) {
      throw new InvalidParameterException(field, "必填（GeoJSON 几何，经纬度）");
    }
    try {
      return GeoJsonGeometry.read(node.toString(), 4490);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidParameterException(field, "不是有效的 GeoJSON 几何");
    }
  }
}

package org.civgis.web.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.inspection.Dispute;
import org.civgis.boundary.inspection.DisputeRepository;
import org.civgis.boundary.inspection.DisputeValidation;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.Patrol;
import org.civgis.boundary.inspection.PatrolRepository;
import org.civgis.boundary.inspection.RoundLockedException;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.ForbiddenException;
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
 * and daily patrols ({@code /api/inspection/patrols}).
 *
 * <ol>
 *   <li>Reads: officers whose jurisdiction concerns the dispute or the patrol's line ({@link
 *       InspectionReaders}).
 *   <li>A dispute is recorded as {@link DisputeValidation} says (its parties exist and are its
 *       round's sides and its line's, its area lies in their divisions), by a user whose
 *       jurisdiction holds one of its parties; only such a user settles it. A dispute of a signed
 *       round is not changed any more (409).
 *   <li>A patrol is recorded against an existing line by a user whose jurisdiction holds one of the
 *       line's sides.
 * </ol>
 */
@RestController
class DisputeController {
  private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4490);

  private final DisputeRepository disputes;
  private final DisputeValidation validation;
  private final PatrolRepository patrols;
  private final RoundRepository rounds;
  private final BoundaryLineRepository lines;
  private final InspectionService service;
  private final TransactionTemplate transaction;
  private final JurisdictionGuard jurisdiction;
  private final AuditLog audit;
  private final FeatureChangePublisher changes;
  private final Clock clock;

  DisputeController(
      DisputeRepository disputes,
      DisputeValidation validation,
      PatrolRepository patrols,
      RoundRepository rounds,
      BoundaryLineRepository lines,
      InspectionService service,
      TransactionTemplate transaction,
      JurisdictionGuard jurisdiction,
      AuditLog audit,
      FeatureChangePublisher changes,
      Clock clock) {
    this.disputes = disputes;
    this.validation = validation;
    this.patrols = patrols;
    this.rounds = rounds;
    this.lines = lines;
    this.service = service;
    this.transaction = transaction;
    this.jurisdiction = jurisdiction;
    this.audit = audit;
    this.changes = changes;
    this.clock = clock;
  }

  /** The disputes that concern the reader's jurisdiction, of one round if asked. */
  @GetMapping("/api/inspection/disputes")
  Map<String, Object> list(@RequestParam(name = "round", required = false) Long round) {
    InspectionReaders.Reader reader = InspectionReaders.current();
    Map<Long, Optional<InspectionRound>> roundsById = new HashMap<>();
    if (round != null) {
      reader.checkRead(
          rounds.find(round).orElseThrow(() -> new NotFoundException("没有编号为 " + round + " 的联检轮次")));
    }
    return Map.of(
        "disputes",
        disputes.list(round).stream()
            .filter(
                d ->
                    reader.mayRead(
                        d,
                        d.roundId() == null
                            ? null
                            : roundsById.computeIfAbsent(d.roundId(), rounds::find).orElse(null)))
            .map(InspectionJson::dispute)
            .toList());
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
    Double round = InspectionJson.number(body, "roundId", false);
    if (round != null && round != Math.rint(round)) {
      throw new InvalidParameterException("roundId", "须为联检轮次编号（整数）");
    }
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
            InspectionJson.documents(body),
            actor.auditName());
    Refusals.check(() -> validation.check(dispute, LocalDate.now(clock)));
    checkParties(actor, dispute);
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
    List<InspectionRound.RoundDocument> documents = InspectionJson.documents(body);
    for (int i = 0; i < documents.size(); i++) {
      if (!InspectionRound.RoundDocument.KINDS.contains(documents.get(i).kind())) {
        throw new InvalidParameterException(
            "documents[" + i + "].kind",
            "须为 " + String.join("、", InspectionRound.RoundDocument.KINDS) + " 之一");
      }
    }
    Dispute before =
        disputes.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的争议"));
    checkParties(actor, before);
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
                      .settle(id, before.revision(), status, resolution, documents)
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

  /** The patrols of a line whose sides concern the reader's jurisdiction. */
  @GetMapping("/api/inspection/patrols")
  Map<String, Object> patrols(
      @RequestParam(name = "line") String line,
      @RequestParam(name = "from", defaultValue = "1900-01-01") String from) {
    InspectionReaders.Reader reader = InspectionReaders.current();
    BoundaryLine known =
        lines
            .findByCode(line, null, null)
            .orElseThrow(() -> new NotFoundException("没有编号为 " + line + " 的界线"))
            .line();
    if (!reader.concerns(known.leftCode()) && !reader.concerns(known.rightCode())) {
      throw new ForbiddenException(
          "界线两侧的区划（"
              + jurisdiction.named(known.leftCode())
              + "、"
              + jurisdiction.named(known.rightCode())
              + "）都不在您的辖区内");
    }
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
    String lineCode = InspectionJson.text(body, "lineCode", true);
    BoundaryLine line =
        lines
            .findByCode(lineCode, day, day)
            .orElseThrow(
                () ->
                    new InvalidParameterException("lineCode", day + " 没有编号为 " + lineCode + " 的界线"))
            .line();
    try {
      jurisdiction.checkWrite(actor, line.leftCode(), null);
    } catch (ForbiddenException left) {
      jurisdiction.checkWrite(actor, line.rightCode(), null);
    }
    Patrol patrol =
        new Patrol(
            0,
            lineCode,
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

  /**
   * Refuses an actor whose jurisdiction holds none of the dispute's parties: a dispute is recorded
   * and settled by the parties' own people (or those of a division above them).
   */
  private void checkParties(Actor actor, Dispute dispute) {
    for (String party : dispute.parties()) {
      try {
        jurisdiction.checkWrite(actor, party, null);
        return;
      } catch (ForbiddenException notThisParty) {
        // try the next party
      }
    }
    throw new ForbiddenException(
        "争议的当事方（"
            + String.join("、", dispute.parties().stream().map(jurisdiction::named).toList())
            + "）都不在您的辖区内");
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

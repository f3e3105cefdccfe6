package org.civgis.web.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.inspection.DeskCheck;
import org.civgis.boundary.inspection.FieldRecordRepository;
import org.civgis.boundary.inspection.FieldRecordRepository.PhotoUpload;
import org.civgis.boundary.inspection.FindingRepository;
import org.civgis.boundary.inspection.InspectionFinding;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.InspectionTask;
import org.civgis.boundary.inspection.MarkerRecord;
import org.civgis.boundary.inspection.PhotoType;
import org.civgis.boundary.inspection.PhotoUploads;
import org.civgis.boundary.inspection.RoundLockedException;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.boundary.inspection.RoundStatus;
import org.civgis.boundary.inspection.SegmentRecord;
import org.civgis.boundary.inspection.Signer;
import org.civgis.boundary.inspection.SignerRefusedException;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerCondition;
import org.civgis.boundary.marker.MarkerRepository;
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
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.civgis.web.security.Role;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The joint inspection API under {@code /api/inspection}: rounds and their states, the desk check
 * (a job), the field package, field sync (idempotent by the device's ids), resumable photos,
 * findings and their resolution, and the two sides' sign-off. Reads: officers whose jurisdiction
 * concerns the round ({@link InspectionReaders}). Writes: validate → rights (the actor's
 * jurisdiction must hold one of the round's sides; a sign-off must come from the side's own people,
 * {@link Signer}) → version (If-Match) → write and audit in one transaction → notify. A write to a
 * signed round answers 409.
 */
@RestController
class InspectionController {
  private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4490);

  /** Fixes worse than this are refused (metres). */
  static final double MAX_ACCURACY_METERS = 10;

  private final InspectionService service;
  private final RoundRepository rounds;
  private final FieldRecordRepository records;
  private final FindingRepository findings;
  private final MarkerRepository markers;
  private final BoundaryLineRepository lines;
  private final PhotoUploads photos;
  private final DeskCheck deskCheck;
  private final JobService jobs;
  private final TransactionTemplate transaction;
  private final JurisdictionGuard jurisdiction;
  private final AuditLog audit;
  private final FeatureChangePublisher changes;
  private final Clock clock;

  InspectionController(
      InspectionService service,
      RoundRepository rounds,
      FieldRecordRepository records,
      FindingRepository findings,
      MarkerRepository markers,
      BoundaryLineRepository lines,
      PhotoUploads photos,
      DeskCheck deskCheck,
      JobService jobs,
      TransactionTemplate transaction,
      JurisdictionGuard jurisdiction,
      AuditLog audit,
      FeatureChangePublisher changes,
      Clock clock) {
    this.service = service;
    this.rounds = rounds;
    this.records = records;
    this.findings = findings;
    this.markers = markers;
    this.lines = lines;
    this.photos = photos;
    this.deskCheck = deskCheck;
    this.jobs = jobs;
    this.transaction = transaction;
    this.jurisdiction = jurisdiction;
    this.audit = audit;
    this.changes = changes;
    this.clock = clock;
  }

  // ---- rounds

  /** The rounds that concern the reader's jurisdiction, newest plan first. */
  @GetMapping("/api/inspection/rounds")
  Map<String, Object> list() {
    InspectionReaders.Reader reader = InspectionReaders.current();
    return Map.of(
        "rounds",
        rounds.list().stream().filter(reader::mayRead).map(InspectionJson::round).toList());
  }

  /**
   * A round with its task counts, deviations and sign-offs (who signed, by name), and {@code
   * signableSides}: the sides the current user may sign for.
   */
  @GetMapping("/api/inspection/rounds/{id}")
  ResponseEntity<Map<String, Object>> get(@PathVariable long id) {
    InspectionRound round = readable(id);
    Map<String, Object> body = InspectionJson.round(round);
    List<InspectionTask> tasks = rounds.tasks(id);
    body.put("markerTasks", tasks.stream().filter(t -> t.kind().equals("MARKER")).count());
    body.put("segmentTasks", tasks.stream().filter(t -> t.kind().equals("SEGMENT")).count());
    body.put("signOffs", service.signOffs(id));
    body.put("signableSides", signableSides(round));
    body.put("deviations", service.deviations(id));
    return ResponseEntity.ok().eTag(round.etag()).body(body);
  }

  @PostMapping("/api/inspection/rounds")
  ResponseEntity<Map<String, Object>> plan(@RequestBody(required = false) String text) {
    Actor actor = inspector();
    JsonNode body = InspectionJson.body(text);
    List<InspectionRound.Participant> participants = new ArrayList<>();
    int i = 0;
    for (JsonNode p : body.path("participants")) {
      String prefix = "participants[" + i++ + "].";
      participants.add(
          Refusals.prefixed(
              prefix,
              () ->
                  new InspectionRound.Participant(
                      InspectionJson.text(p, "username", true),
                      InspectionJson.text(p, "sideCode", true),
                      InspectionJson.text(p, "duty", true))));
    }
    List<InspectionRound.RoundDocument> documents = InspectionJson.documents(body);
    Double tolerance = InspectionJson.number(body, "toleranceMeters", false);
    if (tolerance != null && tolerance <= 0) {
      throw new InvalidParameterException("toleranceMeters", "须大于 0");
    }
    LocalDate start = date(body, "plannedStart");
    LocalDate end = date(body, "plannedEnd");
    if (end.isBefore(start)) {
      throw new InvalidParameterException("plannedEnd", "不能早于开始日期");
    }
    Long number = integer(body, "roundNumber");
    Long previous = integer(body, "previousId");
    if (number != null && (number < 1 || number > InspectionRound.MAX_ROUND_NUMBER)) {
      throw new InvalidParameterException(
          "roundNumber", "须为 1 到 " + InspectionRound.MAX_ROUND_NUMBER + " 之间的整数");
    }
    InspectionRound round =
        new InspectionRound(
            0,
            1,
            InspectionJson.text(body, "title", true),
            number == null ? null : number.intValue(),
            InspectionJson.text(body, "leadCode", true),
            InspectionJson.text(body, "assistingCode", true),
            start,
            end,
            tolerance == null ? 0.5 : tolerance,
            previous,
            RoundStatus.PLANNING,
            null,
            InspectionJson.text(body, "remarks", false),
            false,
            "api",
            actor.auditName(),
            InspectionJson.strings(body, "lineCodes"),
            participants,
            documents);
    Refusals.check(() -> InspectionService.validate(round));
    jurisdiction.checkWrite(actor, round.leadCode(), null);
    InspectionRound stored =
        write(
            () -> {
              InspectionRound planned = service.plan(round);
              audited(actor, "CREATE", planned.id(), null, InspectionJson.round(planned));
              return planned;
            });
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(stored.etag())
        .header(HttpHeaders.LOCATION, "/api/inspection/rounds/" + stored.id())
        .body(InspectionJson.round(stored));
  }

  @PostMapping("/api/inspection/rounds/{id}/status")
  ResponseEntity<Map<String, Object>> advance(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) String text) {
    Actor actor = inspector();
    JsonNode body = InspectionJson.body(text);
    RoundStatus next;
    try {
      next = RoundStatus.valueOf(InspectionJson.text(body, "status", true));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("status", "须为 DESK_CHECK、FIELDWORK、REVIEW 或 FILED");
    }
    InspectionRound before = found(id);
    checkSides(actor, before);
    int revision = revisionOf(ifMatch, before.etag(), before.revision());
    InspectionRound after =
        write(
            () -> {
              InspectionRound moved =
                  service
                      .advance(id, revision, next)
                      .orElseThrow(() -> PreconditionFailedException.mismatch(found(id).etag()));
              audited(
                  actor, "UPDATE", id, InspectionJson.round(before), InspectionJson.round(moved));
              return moved;
            });
    return ResponseEntity.ok().eTag(after.etag()).body(InspectionJson.round(after));
  }

  @PostMapping("/api/inspection/rounds/{id}/desk-check")
  ResponseEntity<Map<String, Object>> deskCheck(@PathVariable long id) {
    Actor actor = inspector();
    InspectionRound round = found(id);
    checkSides(actor, round);
    if (round.isLocked()) {
      throw new ConflictException(new RoundLockedException(id).getMessage());
    }
    return JobController.accepted(
        jobs.submit(
            "inspection-desk-check",
            "内业检查：" + round.title(),
            Map.of("roundId", id),
            progress ->
                JobResult.json(
                    write(
                        () -> {
                          DeskCheck.Outcome outcome =
                              deskCheck.run(id, actor.auditName(), progress::update);
                          audited(actor, "DESK_CHECK", id, null, Map.of("outcome", outcome));
                          return outcome;
                        }))));
  }

  // ---- the field package and sync

  /** Everything the field app needs offline: the round, its tasks, markers and lines. */
  @GetMapping("/api/inspection/rounds/{id}/package")
  Map<String, Object> fieldPackage(@PathVariable long id) {
    InspectionRound round = readable(id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("round", InspectionJson.round(round));
    body.put("maxAccuracyMeters", MAX_ACCURACY_METERS);
    body.put("tasks", rounds.tasks(id).stream().map(InspectionJson::task).toList());
    List<Map<String, Object>> markerList = new ArrayList<>();
    List<Map<String, Object>> lineList = new ArrayList<>();
    Envelope extent = new Envelope();
    for (String code : round.lineCodes()) {
      for (BoundaryMarker m :
          markers.find(new MarkerRepository.Query(code, null, true, 100_000, 0))) {
        markerList.add(InspectionJson.marker(m));
      }
      for (BoundaryLine line : lines.current(round.plannedStart())) {
        if (line.lineCode().equals(code)) {
          extent.expandToInclude(line.geometry().getEnvelopeInternal());
          Map<String, Object> l = new LinkedHashMap<>();
          l.put("lineCode", code);
          l.put("leftCode", line.leftCode());
          l.put("rightCode", line.rightCode());
          l.put("geometry", InspectionJson.geometry(line.geometry()));
          lineList.add(l);
        }
      }
    }
    body.put("markers", markerList);
    body.put("lines", lineList);
    body.put(
        "bbox",
        extent.isNull()
            ? null
            : List.of(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY()));
    return body;
  }

  /**
   * Field sync: {@code {"markers":[…], "segments":[…]}}; each record with the device's id. Answers
   * per record whether it was stored now or before (a repeated upload), its deviation and whether
   * it conflicts with another team's record.
   */
  @PostMapping("/api/inspection/rounds/{id}/sync")
  Map<String, Object> sync(@PathVariable long id, @RequestBody(required = false) String text) {
    Actor actor = inspector();
    JsonNode body = InspectionJson.body(text);
    InspectionRound round = found(id);
    checkSides(actor, round);
    List<MarkerRecord> markerRecords = new ArrayList<>();
    int i = 0;
    for (JsonNode r : body.path("markers")) {
      markerRecords.add(markerRecord(id, r, "markers[" + i++ + "].", actor));
    }
    List<SegmentRecord> segmentRecords = new ArrayList<>();
    i = 0;
    for (JsonNode r : body.path("segments")) {
      segmentRecords.add(segmentRecord(id, r, "segments[" + i++ + "].", actor));
    }
    return write(
        () -> {
          List<Map<String, Object>> results = new ArrayList<>();
          Envelope changed = new Envelope();
          for (MarkerRecord r : markerRecords) {
            InspectionService.Stored stored = service.recordMarker(r);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", r.id().toString());
            result.put("kind", "MARKER");
            result.put("status", stored.duplicate() ? "DUPLICATE" : "STORED");
            result.put("deviationMeters", stored.record().deviationMeters());
            result.put("conflict", records.markerRecord(r.id()).orElseThrow().conflict());
            results.add(result);
            if (!stored.duplicate()) {
              audited(actor, "CREATE", id, null, InspectionJson.record(stored.record()));
              markers
                  .findById(r.markerId(), true)
                  .ifPresent(m -> changed.expandToInclude(m.position().getCoordinate()));
            }
          }
          for (SegmentRecord r : segmentRecords) {
            boolean stored = service.recordSegment(r);
            results.add(
                Map.of(
                    "id",
                    r.id().toString(),
                    "kind",
                    "SEGMENT",
                    "status",
                    stored ? "STORED" : "DUPLICATE"));
            if (stored) {
              audited(actor, "CREATE", id, null, InspectionJson.segment(r));
            }
          }
          if (!changed.isNull()) {
            changes.publish("inspection-records", changed);
          }
          return Map.of("results", results);
        });
  }

  private MarkerRecord markerRecord(long roundId, JsonNode r, String prefix, Actor actor) {
    MarkerCondition condition;
    try {
      condition = MarkerCondition.valueOf(InspectionJson.text(r, "condition", true));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          prefix + "condition", "须为 INTACT、DAMAGED、DISPLACED 或 MISSING");
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(prefix + e.parameter(), e.reason());
    }
    try {
      Double lon = InspectionJson.number(r, "lon", false);
      Double lat = InspectionJson.number(r, "lat", false);
      Double accuracy = InspectionJson.number(r, "accuracyMeters", false);
      Point measured = null;
      if (lon != null || lat != null) {
        if (lon == null || lat == null) {
          throw new InvalidParameterException("lon", "经度和纬度须同时给出");
        }
        if (accuracy == null) {
          throw new InvalidParameterException("accuracyMeters", "须给出实测位置的水平精度");
        }
        if (accuracy > MAX_ACCURACY_METERS) {
          throw new InvalidParameterException(
              "accuracyMeters", "定位精度 " + accuracy + " 米低于要求（须不超过 " + MAX_ACCURACY_METERS + " 米）");
        }
        measured = LON_LAT.createPoint(new Coordinate(lon, lat));
        org.civgis.geo.geom.LonLatCheck.problem(measured.getCoordinate())
            .ifPresent(
                p -> {
                  throw new InvalidParameterException("lon", p);
                });
      }
      Double taskId = InspectionJson.number(r, "taskId", false);
      Double fixes = InspectionJson.number(r, "fixes", false);
      return new MarkerRecord(
          InspectionJson.uuid(r, "id"),
          roundId,
          taskId == null ? null : taskId.longValue(),
          InspectionJson.number(r, "markerId", true).longValue(),
          InspectionJson.text(r, "team", true),
          condition,
          InspectionJson.bool(r, "landmarksComplete", false),
          measured,
          accuracy,
          fixes == null ? null : Math.max(1, fixes.intValue()),
          InspectionJson.text(r, "notes", false),
          InspectionJson.instant(r, "observedAt"),
          actor.auditName(),
          null,
          null,
          false,
          null);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(prefix + e.parameter(), e.reason());
    }
  }

  private SegmentRecord segmentRecord(long roundId, JsonNode r, String prefix, Actor actor) {
    try {
      return new SegmentRecord(
          InspectionJson.uuid(r, "id"),
          roundId,
          InspectionJson.number(r, "taskId", true).longValue(),
          InspectionJson.text(r, "team", true),
          InspectionJson.bool(r, "terrainChanged", true),
          InspectionJson.bool(r, "lineIdentifiable", true),
          InspectionJson.bool(r, "construction", true),
          InspectionJson.text(r, "notes", false),
          InspectionJson.instant(r, "observedAt"),
          actor.auditName());
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(prefix + e.parameter(), e.reason());
    }
  }

  @GetMapping("/api/inspection/rounds/{id}/records")
  Map<String, Object> records(@PathVariable long id) {
    readable(id);
    List<Map<String, Object>> markerRecords = new ArrayList<>();
    for (MarkerRecord r : records.markerRecords(id)) {
      Map<String, Object> m = InspectionJson.record(r);
      m.put(
          "photos",
          records.photosOfRecord(r.id()).stream()
              .filter(PhotoUpload::complete)
              .map(p -> "/api/inspection/photos/" + p.id())
              .toList());
      markers.findById(r.markerId(), true).ifPresent(b -> m.put("markerNumber", b.number()));
      markerRecords.add(m);
    }
    return Map.of(
        "markers",
        markerRecords,
        "segments",
        records.segmentRecords(id).stream().map(InspectionJson::segment).toList(),
        "deviations",
        service.deviations(id));
  }

  // ---- photos

  /**
   * A piece of a photo: {@code PUT /api/inspection/rounds/{id}/photos/{photoId}?record=&offset=
   * &size=&sha256=&type=} with the bytes. Announces the photo on its first piece; answers the
   * received bytes; an offset that does not continue the upload answers 409 with {@code
   * receivedBytes} to resume from.
   */
  @PutMapping("/api/inspection/rounds/{id}/photos/{photoId}")
  ResponseEntity<Map<String, Object>> photoPiece(
      @PathVariable long id,
      @PathVariable String photoId,
      @RequestParam(name = "record") String recordId,
      @RequestParam(name = "offset", defaultValue = "0") int offset,
      @RequestParam(name = "size") int size,
      @RequestParam(name = "sha256") String sha256,
      @RequestParam(name = "type", defaultValue = "image/jpeg") String type,
      @RequestBody(required = false) byte[] piece) {
    Actor actor = inspector();
    checkSides(actor, found(id));
    UUID photo = uuid("photoId", photoId);
    UUID record = uuid("record", recordId);
    if (!PhotoType.MEDIA_TYPES.contains(type)) {
      throw new InvalidParameterException("type", "照片须为 JPEG、PNG 或 WebP");
    }
    if (size <= 0 || size > 20 * 1024 * 1024) {
      throw new InvalidParameterException("size", "照片大小须在 1 字节到 20 MB 之间");
    }
    byte[] bytes = piece == null ? new byte[0] : piece;
    try {
      PhotoUpload after =
          write(
              () -> {
                photos.announce(
                    new PhotoUpload(photo, record, id, type, size, sha256.toLowerCase(), 0, false),
                    actor.auditName());
                return photos.append(photo, offset, bytes);
              });
      return ResponseEntity.ok(
          Map.of(
              "id", photoId, "receivedBytes", after.receivedBytes(), "complete", after.complete()));
    } catch (PhotoUploads.OffsetMismatchException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
          .body(
              Map.of(
                  "type",
                  "urn:civgis:problem:upload-offset",
                  "title",
                  "续传位置不符",
                  "status",
                  409,
                  "detail",
                  e.getMessage(),
                  "receivedBytes",
                  e.receivedBytes()));
    }
  }

  /**
   * A complete photo, to readers of its round, as the type its content shows ({@link PhotoType});
   * content of no image type (stored before uploads were checked) is offered only as a download.
   */
  @GetMapping("/api/inspection/photos/{photoId}")
  ResponseEntity<byte[]> photo(@PathVariable String photoId) {
    InspectionReaders.Reader reader = InspectionReaders.current();
    UUID id = uuid("photoId", photoId);
    FieldRecordRepository.StoredPhoto photo =
        records
            .completePhoto(id, true)
            .orElseThrow(() -> new NotFoundException("没有编号为 " + photoId + " 的照片"));
    reader.checkRead(found(photo.roundId()));
    byte[] content = photo.content();
    return PhotoType.of(Arrays.copyOf(content, Math.min(content.length, PhotoType.HEAD_BYTES)))
        .map(type -> ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type).body(content))
        .orElseGet(
            () ->
                ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_TYPE, "application/octet-stream")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
                    .body(content));
  }

  // ---- findings and sign-off

  @GetMapping("/api/inspection/rounds/{id}/findings")
  Map<String, Object> findings(@PathVariable long id) {
    readable(id);
    return Map.of("findings", findings.ofRound(id).stream().map(InspectionJson::finding).toList());
  }

  @PostMapping("/api/inspection/findings/{findingId}/resolution")
  ResponseEntity<Map<String, Object>> resolve(
      @PathVariable long findingId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) String text) {
    Actor actor = inspector();
    JsonNode body = InspectionJson.body(text);
    String resolution = InspectionJson.text(body, "resolution", true);
    InspectionFinding before =
        findings
            .find(findingId)
            .orElseThrow(() -> new NotFoundException("没有编号为 " + findingId + " 的问题"));
    checkSides(actor, found(before.roundId()));
    int revision = revisionOf(ifMatch, before.etag(), before.revision());
    InspectionFinding after =
        write(
            () -> {
              InspectionFinding resolved =
                  service
                      .resolve(findingId, revision, resolution, actor.auditName())
                      .orElseThrow(
                          () ->
                              PreconditionFailedException.mismatch(
                                  findings.find(findingId).orElseThrow().etag()));
              audited(
                  actor,
                  "UPDATE",
                  before.roundId(),
                  InspectionJson.finding(before),
                  InspectionJson.finding(resolved));
              return resolved;
            });
    return ResponseEntity.ok().eTag(after.etag()).body(InspectionJson.finding(after));
  }

  /**
   * A side's sign-off: {@code {"side": code, "statement": text}} by one of that side's own people
   * (the actor's jurisdiction is the side or lies inside it; a prefecture user does not sign for a
   * county, nor one side for the other: 403). The sign-off keeps the signer's user name, display
   * name and jurisdiction. The second side's sign-off locks the round.
   */
  @PostMapping("/api/inspection/rounds/{id}/sign-offs")
  ResponseEntity<Map<String, Object>> signOff(
      @PathVariable long id, @RequestBody(required = false) String text) {
    Actor actor = inspector();
    JsonNode body = InspectionJson.body(text);
    String side = InspectionJson.text(body, "side", true);
    String statement = InspectionJson.text(body, "statement", true);
    InspectionRound before = found(id);
    if (!before.isSide(side)) {
      throw new InvalidParameterException("side", side + " 不是本轮联检的牵头方或配合方");
    }
    Signer signer = signer(actor);
    if (!signer.isOf(side)) {
      throw new ForbiddenException(new SignerRefusedException(signer, side).getMessage());
    }
    InspectionRound after =
        write(
            () -> {
              InspectionRound signed = service.signOff(id, side, signer, statement);
              audited(
                  actor,
                  "SIGN_OFF",
                  id,
                  InspectionJson.round(before),
                  InspectionJson.round(signed));
              return signed;
            });
    Map<String, Object> result = InspectionJson.round(after);
    result.put("signOffs", service.signOffs(id));
    return ResponseEntity.ok().eTag(after.etag()).body(result);
  }

  // ---- helpers

  private InspectionRound found(long id) {
    return rounds.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的联检轮次"));
  }

  /** Round {@code id}, if the current actor may read it (see {@link InspectionReaders}). */
  private InspectionRound readable(long id) {
    InspectionReaders.Reader reader = InspectionReaders.current();
    return reader.checkRead(found(id));
  }

  /** The actor as the signer of a sign-off. */
  private static Signer signer(Actor actor) {
    return new Signer(
        actor.user().username(), actor.user().displayName(), actor.user().jurisdictionCode());
  }

  /** The sides of {@code round} the current actor may sign for (none unless they may write). */
  private static List<String> signableSides(InspectionRound round) {
    Actor actor = Actor.current();
    if (actor.role().filter(InspectionController::writes).isEmpty()) {
      return List.of();
    }
    Signer signer = signer(actor);
    return java.util.stream.Stream.of(round.leadCode(), round.assistingCode())
        .filter(signer::isOf)
        .toList();
  }

  private static boolean writes(Role role) {
    return role == Role.ADMIN || role == Role.NAME_OFFICER || role == Role.INSPECTOR;
  }

  /** The actor, who must be an inspector, an officer or an administrator. */
  static Actor inspector() {
    Actor actor = Actor.current();
    if (actor.isAnonymous()) {
      throw new ForbiddenException("匿名用户不能修改数据");
    }
    if (actor.role().filter(InspectionController::writes).isEmpty()) {
      throw new ForbiddenException("只有界线联检人员、区划地名管理员和系统管理员可以修改联检数据");
    }
    return actor;
  }

  /** Refuses an actor whose jurisdiction holds neither side of the round. */
  private void checkSides(Actor actor, InspectionRound round) {
    try {
      jurisdiction.checkWrite(actor, round.leadCode(), null);
    } catch (ForbiddenException lead) {
      jurisdiction.checkWrite(actor, round.assistingCode(), null);
    }
  }

  private static int revisionOf(String ifMatch, String currentEtag, int currentRevision) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PreconditionFailedException.missing();
    }
    if (!ifMatch.strip().equals(currentEtag)) {
      throw PreconditionFailedException.mismatch(currentEtag);
    }
    return currentRevision;
  }

  /** Runs {@code work} in a transaction, answering the domain's refusals as problems. */
  private <T> T write(Supplier<T> work) {
    return Refusals.answered(() -> transaction.execute(status -> work.get()));
  }

  private void audited(Actor actor, String action, long roundId, Object before, Object after) {
    audit.record(
        new AuditEntry(
            action,
            actor.auditName(),
            actor.user() == null ? null : actor.user().id(),
            "inspection-rounds",
            String.valueOf(roundId),
            before == null ? null : InspectionJson.JSON.writeValueAsString(before),
            after == null ? null : InspectionJson.JSON.writeValueAsString(after)));
  }

  private static LocalDate date(JsonNode body, String field) {
    String value = InspectionJson.text(body, field, true);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(field, "日期须写作 YYYY-MM-DD");
    }
  }

  /** An optional whole number, or 400 naming {@code field}. */
  private static Long integer(JsonNode body, String field) {
    Double value = InspectionJson.number(body, field, false);
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value) || Math.abs(value) > Long.MAX_VALUE / 2.0) {
      throw new InvalidParameterException(field, "须为整数");
    }
    return value.longValue();
  }

  private static UUID uuid(String field, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(field, "须为 UUID");
    }
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}

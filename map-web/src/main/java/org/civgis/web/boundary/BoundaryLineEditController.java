package org.civgis.web.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.SharedBorderEdit;
import org.civgis.boundary.edit.ChangeKind;
import org.civgis.boundary.edit.DivisionEdits;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.geo.geom.LonLatCheck;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.division.DivisionFeatureSources;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.Role;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.io.ParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shared-border editing over HTTP: {@code GET /api/boundary/lines/{code}} gives the current line
 * with its ETag; {@code PUT /api/boundary/lines/{code}/geometry} with {@code If-Match} and a
 * GeoJSON (Multi)LineString moves the line and both divisions on its sides in one transaction
 * through the division edits (ADMIN and NAME_OFFICER with every moved division in their
 * jurisdiction).
 */
@RestController
class BoundaryLineEditController {
  private final DivisionEdits edits;
  private final BoundaryLineRepository lines;
  private final FeatureChangePublisher changes;
  private final Clock clock;

  BoundaryLineEditController(
      DivisionEdits edits,
      BoundaryLineRepository lines,
      FeatureChangePublisher changes,
      Clock clock) {
    this.edits = edits;
    this.lines = lines;
    this.changes = changes;
    this.clock = clock;
  }

  private static String etag(BoundaryLine line) {
    return "\"" + line.id() + "-" + line.revision() + "\"";
  }

  private BoundaryLineRepository.LineView current(String code) {
    LocalDate today = LocalDate.now(clock);
    return lines
        .findByCode(code, today, today)
        .orElseThrow(() -> new NotFoundException("没有现行界线 " + code));
  }

  @GetMapping("/api/boundary/lines/{code}")
  ResponseEntity<Map<String, Object>> line(@PathVariable String code) {
    BoundaryLineRepository.LineView view = current(code);
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("id", code);
    feature.put(
        "geometry",
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(GeoJsonGeometry.write(view.line().geometry(), 7)));
    feature.put("properties", BoundaryLineFeatureSource.feature(view).properties());
    return ResponseEntity.ok().eTag(etag(view.line())).body(feature);
  }

  /**
   * Moves the line and the divisions on its sides through the division edits: a correction of the
   * current versions by default; {@code changeKind=LEGAL_CHANGE} with {@code effectiveFrom} and
   * {@code approvalDocument} (query parameters) starts new versions on that day. {@code reason} is
   * written into the audit trail.
   */
  @PutMapping("/api/boundary/lines/{code}/geometry")
  ResponseEntity<Map<String, Object>> move(
      @PathVariable String code,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestParam(required = false) String changeKind,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String effectiveFrom,
      @RequestParam(required = false) String approvalDocument,
      @RequestBody String body) {
    Actor actor = Actor.current();
    if (actor.role().filter(r -> r == Role.ADMIN || r == Role.NAME_OFFICER).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和区划地名管理员可以修改界线");
    }
    MultiLineString edited = multiLine(body);
    BoundaryLineRepository.LineView view = current(code);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PreconditionFailedException.missing();
    }
    if (!ifMatch.strip().equals(etag(view.line()))) {
      throw PreconditionFailedException.mismatch(etag(view.line()));
    }
    ChangeKind kind;
    try {
      kind = changeKind == null ? ChangeKind.CORRECTION : ChangeKind.valueOf(changeKind.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("changeKind", "须为 CORRECTION（更正，缺省）或 LEGAL_CHANGE（法定变更）");
    }
    LocalDate day;
    try {
      day = effectiveFrom == null ? null : LocalDate.parse(effectiveFrom.strip());
    } catch (java.time.DateTimeException e) {
      throw new InvalidParameterException("effectiveFrom", "须为日期 YYYY-MM-DD");
    }
    SharedBorderEdit.Result result =
        edits.moveBorder(
            code,
            view.line().id(),
            view.line().revision(),
            edited,
            kind,
            reason,
            day,
            approvalDocument,
            DivisionFeatureSources.editor(actor));
    changes.publishChange(BoundaryLineFeatureSource.ID, result.before(), result.line().geometry());
    changes.publishChange("divisions", result.before(), result.line().geometry());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("lineCode", code);
    answer.put("divisions", result.divisionCodes());
    answer.put("changeKind", kind.name());
    answer.put("validFrom", String.valueOf(result.line().validFrom()));
    LocalDate today = LocalDate.now(clock);
    return ResponseEntity.ok()
        .eTag(
            kind == ChangeKind.LEGAL_CHANGE && day != null && day.isAfter(today)
                ? etag(current(code).line())
                : etag(result.line()))
        .body(answer);
  }

  private static MultiLineString multiLine(String body) {
    Geometry geometry;
    try {
      geometry = GeoJsonGeometry.read(body, Srid.CGCS2000);
    } catch (ParseException | RuntimeException e) {
      throw new InvalidFeatureException("geometry", "须为 GeoJSON LineString 或 MultiLineString");
    }
    for (Coordinate c : geometry.getCoordinates()) {
      LonLatCheck.problem(c)
          .ifPresent(
              problem -> {
                throw new InvalidFeatureException("geometry", problem);
              });
    }
    if (geometry instanceof MultiLineString multi) {
      return multi;
    }
    if (geometry instanceof LineString line) {
      MultiLineString multi = line.getFactory().createMultiLineString(new LineString[] {line});
      multi.setSRID(Srid.CGCS2000);
      return multi;
    }
    throw new InvalidFeatureException(
        "geometry", "须为 GeoJSON LineString 或 MultiLineString，而不是 " + geometry.getGeometryType());
  }
}

package org.civgis.web.inspection;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civgis.boundary.inspection.Dispute;
import org.civgis.boundary.inspection.InspectionFinding;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.boundary.inspection.InspectionTask;
import org.civgis.boundary.inspection.MarkerRecord;
import org.civgis.boundary.inspection.SegmentRecord;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON of the inspection API: rounds, tasks, records, findings, disputes; reading of inputs. */
final class InspectionJson {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private InspectionJson() {}

  /** A geometry as GeoJSON (CRS84 axis order: lon, lat), or null. */
  static JsonNode geometry(Geometry geometry) {
    return geometry == null ? null : JSON.readTree(GeoJsonGeometry.write(geometry, 8));
  }

  static Map<String, Object> round(InspectionRound r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("title", r.title());
    m.put("roundNumber", r.roundNumber());
    m.put("leadCode", r.leadCode());
    m.put("assistingCode", r.assistingCode());
    m.put("plannedStart", r.plannedStart().toString());
    m.put("plannedEnd", r.plannedEnd().toString());
    m.put("toleranceMeters", r.toleranceMeters());
    m.put("previousId", r.previousId());
    m.put("status", r.status().name());
    m.put("statusName", r.status().chineseName());
    m.put("locked", r.isLocked());
    m.put("lockedAt", r.lockedAt() == null ? null : r.lockedAt().toString());
    m.put("remarks", r.remarks());
    m.put("generated", r.generated());
    m.put("lineCodes", r.lineCodes());
    m.put("participants", r.participants());
    m.put("documents", r.documents());
    m.put("revision", r.revision());
    return m;
  }

  static Map<String, Object> task(InspectionTask t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("kind", t.kind());
    m.put("lineCode", t.lineCode());
    m.put("markerId", t.markerId());
    m.put("segmentNo", t.segmentNo());
    m.put("label", t.label());
    m.put("geometry", geometry(t.geometry()));
    return m;
  }

  static Map<String, Object> marker(BoundaryMarker b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("number", b.number());
    m.put("lineCode", b.lineCode());
    m.put("form", b.form().name());
    m.put("condition", b.condition().name());
    m.put("lon", b.position().getX());
    m.put("lat", b.position().getY());
    m.put("gkX", b.gkXMeters());
    m.put("gkY", b.gkYMeters());
    m.put("gkZoneEpsg", b.gkZoneEpsg());
    m.put("landmarks", b.landmarks());
    m.put("generated", b.generated());
    return m;
  }

  static Map<String, Object> record(MarkerRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id().toString());
    m.put("roundId", r.roundId());
    m.put("taskId", r.taskId());
    m.put("markerId", r.markerId());
    m.put("team", r.team());
    m.put("condition", r.condition().name());
    m.put("landmarksComplete", r.landmarksComplete());
    m.put("measured", geometry(r.measured()));
    m.put("accuracyMeters", r.accuracyMeters());
    m.put("fixes", r.fixes());
    m.put("deviationMeters", r.deviationMeters());
    m.put("zoneEpsg", r.zoneEpsg());
    m.put("notes", r.notes());
    m.put("observedAt", r.observedAt().toString());
    m.put("recordedBy", r.recordedBy());
    m.put("conflict", r.conflict());
    m.put("receivedAt", r.receivedAt() == null ? null : r.receivedAt().toString());
    return m;
  }

  static Map<String, Object> segment(SegmentRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id().toString());
    m.put("taskId", r.taskId());
    m.put("team", r.team());
    m.put("terrainChanged", r.terrainChanged());
    m.put("lineIdentifiable", r.lineIdentifiable());
    m.put("construction", r.construction());
    m.put("notes", r.notes());
    m.put("observedAt", r.observedAt().toString());
    m.put("recordedBy", r.recordedBy());
    return m;
  }

  static Map<String, Object> finding(InspectionFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("origin", f.origin());
    m.put("type", f.type());
    m.put("severity", f.severity());
    m.put("trend", f.trend());
    m.put("lineCode", f.lineCode());
    m.put("markerId", f.markerId());
    m.put("measure", f.measure());
    m.put("unit", f.unit());
    m.put("detail", f.detail());
    m.put("status", f.status());
    m.put("resolution", f.resolution());
    m.put("resolvedBy", f.resolvedBy());
    m.put("resolvedAt", f.resolvedAt() == null ? null : f.resolvedAt().toString());
    m.put("geometry", geometry(f.geometry()));
    m.put("revision", f.revision());
    return m;
  }

  static Map<String, Object> dispute(Dispute d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("roundId", d.roundId());
    m.put("lineCode", d.lineCode());
    m.put("title", d.title());
    m.put("areaSquareMeters", d.areaSquareMeters());
    m.put("parties", d.parties());
    m.put("status", d.status());
    m.put("resolution", d.resolution());
    m.put("documents", d.documents());
    m.put("area", geometry(d.area()));
    m.put("revision", d.revision());
    return m;
  }

  // ---- reading

  static JsonNode body(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidParameterException("body", "须提供 JSON 请求体");
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (!node.isObject()) {
        throw new InvalidParameterException("body", "请求体须为 JSON 对象");
      }
      return node;
    } catch (tools.jackson.core.JacksonException e) {
      throw new InvalidParameterException("body", "不是有效的 JSON：" + e.getOriginalMessage());
    }
  }

  static String text(JsonNode node, String field, boolean required) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull() || value.asString("").isBlank()) {
      if (required) {
        throw new InvalidParameterException(field, "必填");
      }
      return null;
    }
    if (!value.isString()) {
      throw new InvalidParameterException(field, "须为字符串");
    }
    return value.asString().strip();
  }

  static UUID uuid(JsonNode node, String field) {
    String value = text(node, field, true);
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(field, "须为 UUID，而不是 " + value);
    }
  }

  static Instant instant(JsonNode node, String field) {
    String value = text(node, field, true);
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(field, "须为 ISO 8601 时间（如 2026-05-20T04:00:00Z）");
    }
  }

  static Double number(JsonNode node, String field, boolean required) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      if (required) {
        throw new InvalidParameterException(field, "必填");
      }
      return null;
    }
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw new InvalidParameterException(field, "须为数值");
    }
    return value.asDouble();
  }

  static Boolean bool(JsonNode node, String field, boolean required) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      if (required) {
        throw new InvalidParameterException(field, "必填");
      }
      return null;
    }
    if (!value.isBoolean()) {
      throw new InvalidParameterException(field, "须为 true 或 false");
    }
    return value.asBoolean();
  }

  /**
   * The {@code documents} of a round or dispute; a 400 names the document, e.g. documents[1].kind.
   */
  static List<InspectionRound.RoundDocument> documents(JsonNode body) {
    List<InspectionRound.RoundDocument> documents = new java.util.ArrayList<>();
    int i = 0;
    for (JsonNode d : body.path("documents")) {
      String prefix = "documents[" + i++ + "].";
      documents.add(
          Refusals.prefixed(
              prefix,
              () ->
                  new InspectionRound.RoundDocument(
                      text(d, "kind", true), text(d, "title", true), text(d, "reference", false))));
    }
    return documents;
  }

  static List<String> strings(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isArray()) {
      throw new InvalidParameterException(field, "须为字符串数组");
    }
    List<String> values = new java.util.ArrayList<>();
    for (JsonNode v : value) {
      if (v.isString() && !v.asString().isBlank()) {
        values.add(v.asString().strip());
      }
    }
    return values;
  }
}

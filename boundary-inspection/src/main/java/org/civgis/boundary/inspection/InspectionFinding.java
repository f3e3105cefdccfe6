package org.civgis.boundary.inspection;

import java.time.Instant;
import java.util.Map;
import org.civgis.geo.topology.FindingType;
import org.civgis.geo.topology.Severity;
import org.locationtech.jts.geom.Geometry;

/**
 * A finding of a round (问题) and its resolution.
 *
 * @param origin DESK_CHECK, DEVIATION, FIELD or CONFLICT
 * @param type a geo-core finding type for desk-check findings; MARKER_DEVIATION, MARKER_CONDITION,
 *     SEGMENT_CHANGE, RECORD_CONFLICT otherwise
 * @param severity ERROR, WARNING or INFO
 * @param key what identifies the same finding across rounds (type and subjects)
 * @param trend NEW or PERSISTING for desk-check findings (against the previous round), else null
 * @param geometry CGCS2000, or {@code null}
 * @param measure in {@code unit} (m, m², count), or {@code null}
 * @param status OPEN or RESOLVED
 */
public record InspectionFinding(
    long id,
    int revision,
    long roundId,
    String origin,
    String type,
    String severity,
    String key,
    String trend,
    String lineCode,
    Long markerId,
    Geometry geometry,
    Double measure,
    String unit,
    String detail,
    String status,
    String resolution,
    String resolvedBy,
    Instant resolvedAt) {

  /** A new, open finding. */
  public static InspectionFinding open(
      long roundId,
      String origin,
      String type,
      String severity,
      String key,
      String trend,
      String lineCode,
      Long markerId,
      Geometry geometry,
      Double measure,
      String unit,
      String detail) {
    return new InspectionFinding(
        0, 1, roundId, origin, type, severity, key, trend, lineCode, markerId, geometry, measure,
        unit, detail, "OPEN", null, null, null);
  }

  /** The Chinese names of the types of the field records' findings. */
  private static final Map<String, String> FIELD_TYPE_NAMES =
      Map.of(
          "MARKER_DEVIATION", "界桩位置偏差超限",
          "MARKER_CONDITION", "界桩状况异常",
          "LANDMARKS_INCOMPLETE", "方位物不全",
          "RECORD_CONFLICT", "外业记录冲突",
          "SEGMENT_CHANGE", "界线段现场变化");

  /** The Chinese name of this finding's type; an unknown type reads 其他问题, never its code. */
  public String typeName() {
    String name = FIELD_TYPE_NAMES.get(type);
    if (name != null) {
      return name;
    }
    for (FindingType t : FindingType.values()) {
      if (t.name().equals(type)) {
        return t.chineseName();
      }
    }
    return "其他问题";
  }

  /** 错误, 警告 or 提示. */
  public String severityName() {
    for (Severity s : Severity.values()) {
      if (s.name().equals(severity)) {
        return s.chineseName();
      }
    }
    return Severity.INFO.chineseName();
  }

  public String etag() {
    return "\"finding-" + id + "-" + revision + "\"";
  }
}

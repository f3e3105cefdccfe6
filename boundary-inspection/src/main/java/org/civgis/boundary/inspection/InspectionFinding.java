package org.civgis.boundary.inspection;

import java.time.Instant;
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

  public String etag() {
    return "\"finding-" + id + "-" + revision + "\"";
  }
}

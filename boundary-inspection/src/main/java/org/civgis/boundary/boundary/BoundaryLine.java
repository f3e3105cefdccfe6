package org.civgis.boundary.boundary;

import java.time.LocalDate;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.RecordStatus;
import org.locationtech.jts.geom.MultiLineString;

/**
 * One version of a boundary line (行政区域界线).
 *
 * @param id the version's row id, 0 before it is stored
 * @param revision increases with every edit of the version
 * @param lineCode the two sides' significant code digits, smaller first
 * @param level the level of the two sides
 * @param leftCode the 12-digit code of the side on the left of the line (the smaller)
 * @param rightCode the 12-digit code of the other side
 * @param agreementId the agreement (界线协议书) the line cites, or {@code null}
 * @param geometry CGCS2000 longitude/latitude
 * @param origin where the geometry comes from
 * @param validFrom first day, {@code null} since before our records
 * @param validTo first day after, {@code null} while current
 * @param status publication status
 * @param remarks 备注, or {@code null}
 * @param source the act, survey or derivation that made this version
 */
public record BoundaryLine(
    long id,
    int revision,
    String lineCode,
    DivisionLevel level,
    String leftCode,
    String rightCode,
    Long agreementId,
    MultiLineString geometry,
    LineOrigin origin,
    LocalDate validFrom,
    LocalDate validTo,
    RecordStatus status,
    String remarks,
    String source) {

  public BoundaryLine {
    if (leftCode.compareTo(rightCode) >= 0) {
      throw new IllegalArgumentException(
          "the left side of line " + lineCode + " must have the smaller code");
    }
  }

  /** The entity tag of this revision (quoted, strong). */
  public String etag() {
    return "\"" + id + "-" + revision + "\"";
  }

  /** The line code of two units, each given by its 12-digit code and level. */
  public static String code(
      String leftCode, DivisionLevel leftLevel, String rightCode, DivisionLevel rightLevel) {
    return leftCode.substring(0, leftLevel.significantDigits())
        + rightCode.substring(0, rightLevel.significantDigits());
  }

  /** A copy with another geometry, origin and source (a new version's content). */
  public BoundaryLine withGeometry(
      MultiLineString newGeometry, LineOrigin newOrigin, String newSource) {
    return new BoundaryLine(
        id,
        revision,
        lineCode,
        level,
        leftCode,
        rightCode,
        agreementId,
        newGeometry,
        newOrigin,
        validFrom,
        validTo,
        status,
        remarks,
        newSource);
  }
}

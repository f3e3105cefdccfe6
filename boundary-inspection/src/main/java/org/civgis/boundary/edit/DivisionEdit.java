package org.civgis.boundary.edit;

import java.time.LocalDate;
import org.civgis.boundary.division.RecordStatus;
import org.locationtech.jts.geom.Geometry;

/**
 * A requested write of a division's current version.
 *
 * @param code the division's 12-digit code
 * @param ifMatch the entity tag of the version the editor read ({@code "id-revision"}, quoted)
 * @param kind correction or legal change; {@code null} is a correction
 * @param reason why (a correction's reason; a legal change's note), may be {@code null}
 * @param effectiveFrom the first day of a legal change; ignored for a correction
 * @param approvalDocument the act of a legal change (批准文件), e.g. 新政函〔2026〕12号
 * @param name the new name
 * @param geometry the new (Multi)Polygon in CGCS2000, or {@code null} for none
 * @param status DRAFT or PUBLISHED
 * @param remarks 备注, or {@code null}
 * @param acknowledgeWarnings whether the editor accepts the warning findings of the checks
 * @param detachSharedEdges whether the neighbours keep their edges (the edit moves this division's
 *     outline alone)
 * @param restoredFrom the audit entry whose earlier state this write puts back, or {@code null}
 */
public record DivisionEdit(
    String code,
    String ifMatch,
    ChangeKind kind,
    String reason,
    LocalDate effectiveFrom,
    String approvalDocument,
    String name,
    Geometry geometry,
    RecordStatus status,
    String remarks,
    boolean acknowledgeWarnings,
    boolean detachSharedEdges,
    Long restoredFrom) {

  public DivisionEdit {
    if (kind == null) {
      kind = ChangeKind.CORRECTION;
    }
  }
}

package org.civgis.gazetteer.placename;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One name of a feature (a version in the place-name library).
 *
 * @param id row id of this name
 * @param revision increases with every edit of the row (optimistic locking)
 * @param code the place-name code of the feature (地名代码), kept across renames
 * @param text what the name says
 * @param geometry point, line or polygon in CGCS2000 (SRID 4490), or {@code null}
 * @param geometryGenerated whether the position was generated for the demo (no survey exists)
 * @param divisionCode the 12-digit code of the division the name denotes, or the one it lies in
 * @param divisionCodes the divisions it lies in or crosses
 * @param status where it stands in the lifecycle
 * @param validFrom first day as a standard name (its announcement); {@code null} for a name not yet
 *     standard, or for a standard name in use since before our records
 * @param validTo first day after it (renaming or retirement), or {@code null}
 * @param approval who approved it, when, by which document; {@code null} before approval
 * @param announcement its announcement; {@code null} before
 * @param source the dataset or procedure that attests it
 * @param registrant who registered it
 * @param supersedesId the name this one replaces (a renaming), or {@code null}
 */
public record PlaceName(
    long id,
    int revision,
    String code,
    NameText text,
    Geometry geometry,
    boolean geometryGenerated,
    String divisionCode,
    List<String> divisionCodes,
    NameStatus status,
    LocalDate validFrom,
    LocalDate validTo,
    Approval approval,
    Announcement announcement,
    String source,
    String registrant,
    Long supersedesId) {

  /**
   * The approval of a name.
   *
   * @param authority the approving government or department, e.g. 昌吉州人民政府
   * @param date the day of approval
   * @param documentNo the number of the approving document, e.g. 昌州政函〔2024〕12号
   */
  public record Approval(String authority, LocalDate date, String documentNo) {}

  /**
   * The public announcement of a name.
   *
   * @param number the announcement's number
   * @param date its day; the name is valid from it
   */
  public record Announcement(String number, LocalDate date) {}

  public PlaceName {
    divisionCodes = divisionCodes == null ? List.of() : List.copyOf(divisionCodes);
  }

  /** Whether this name was a standard name on {@code day}. */
  public boolean isValidOn(LocalDate day) {
    return status.isStandard()
        && (validFrom == null || !day.isBefore(validFrom))
        && (validTo == null || day.isBefore(validTo));
  }

  /** The entity tag of this revision, as HTTP writes it. */
  public String etag() {
    return "\"" + id + "-" + revision + "\"";
  }

  public PlaceName withStatus(
      NameStatus newStatus,
      LocalDate newValidFrom,
      LocalDate newValidTo,
      Approval newApproval,
      Announcement newAnnouncement) {
    return new PlaceName(
        id,
        revision,
        code,
        text,
        geometry,
        geometryGenerated,
        divisionCode,
        divisionCodes,
        newStatus,
        newValidFrom,
        newValidTo,
        newApproval,
        newAnnouncement,
        source,
        registrant,
        supersedesId);
  }

  /** This name with another code (a new feature's code, given when it is stored). */
  public PlaceName withCode(String newCode) {
    return new PlaceName(
        id,
        revision,
        newCode,
        text,
        geometry,
        geometryGenerated,
        divisionCode,
        divisionCodes,
        status,
        validFrom,
        validTo,
        approval,
        announcement,
        source,
        registrant,
        supersedesId);
  }

  /** This name as the successor of name {@code predecessorId}. */
  public PlaceName withSupersedes(Long predecessorId) {
    return new PlaceName(
        id,
        revision,
        code,
        text,
        geometry,
        geometryGenerated,
        divisionCode,
        divisionCodes,
        status,
        validFrom,
        validTo,
        approval,
        announcement,
        source,
        registrant,
        predecessorId);
  }

  public PlaceName withContent(NameText newText, Geometry newGeometry, List<String> newDivisions) {
    return new PlaceName(
        id,
        revision,
        code,
        newText,
        newGeometry,
        false,
        divisionCode,
        newDivisions,
        status,
        validFrom,
        validTo,
        approval,
        announcement,
        source,
        registrant,
        supersedesId);
  }
}

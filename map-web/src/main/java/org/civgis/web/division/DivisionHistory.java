package org.civgis.web.division;

import java.time.LocalDate;
import java.util.List;

/**
 * The recorded history of one division: its versions and the division changes that involve it.
 *
 * @param code 12-digit code
 * @param versions the versions the requester may see, oldest first (drafts for officers only)
 * @param changes the changes with the division on either side, oldest first
 */
record DivisionHistory(String code, List<Version> versions, List<Change> changes) {

  /**
   * One version.
   *
   * @param name name in this version
   * @param levelName e.g. 乡级
   * @param parent the parent division as on the version's first day (or its last, for a version
   *     that began before our records), {@code null} for none
   * @param validFrom first day, {@code null} when before our records
   * @param validTo first day after the version, {@code null} while current
   * @param source the dataset or act that attests the version
   * @param status PUBLISHED, or DRAFT (officers only)
   */
  record Version(
      String name,
      String levelName,
      DivisionProfile.DivisionRef parent,
      LocalDate validFrom,
      LocalDate validTo,
      String source,
      String status) {}

  /**
   * One division change (行政区划调整).
   *
   * @param kind RENAME, UPGRADE, ESTABLISH, ABOLISH, REPLACE, MERGE, SPLIT or TRANSFER
   * @param effectiveDate the day the new versions start
   * @param effectiveDateNote how the date is known, {@code null} when from the act itself
   * @param from the divisions before the change, named as on the day before it
   * @param to the divisions after the change, named as on its day
   * @param description what changed, in Chinese
   * @param source the dataset or act (approval document) that attests the change
   */
  record Change(
      String kind,
      LocalDate effectiveDate,
      String effectiveDateNote,
      List<DivisionProfile.DivisionRef> from,
      List<DivisionProfile.DivisionRef> to,
      String description,
      String source) {}
}

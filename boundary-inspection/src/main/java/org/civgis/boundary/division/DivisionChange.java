package org.civgis.boundary.division;

import java.time.LocalDate;
import java.util.List;

/**
 * A change between versions of divisions (行政区划调整).
 *
 * @param kind what kind of change
 * @param effectiveDate the day the new versions start
 * @param effectiveDateNote how the date is known, e.g. only from the statistics vintage that first
 *     shows the change; {@code null} when it comes from the act itself
 * @param fromCodes the codes of the divisions before the change
 * @param toCodes the codes of the divisions after the change
 * @param description what changed, in Chinese
 * @param source the dataset or act that attests the change
 */
public record DivisionChange(
    Kind kind,
    LocalDate effectiveDate,
    String effectiveDateNote,
    List<String> fromCodes,
    List<String> toCodes,
    String description,
    String source) {

  /** The kinds of division change. */
  public enum Kind {
    /** A new name, same code and area (e.g. 哈萨克民族乡 → 哈萨克族乡). */
    RENAME,
    /** A change of type, e.g. 撤县设市 or 撤乡设镇. */
    UPGRADE,
    /** A new division. */
    ESTABLISH,
    /** A division ceases. */
    ABOLISH,
    /** A division ceases and another takes its place under a new code. */
    REPLACE,
    MERGE,
    SPLIT,
    /** Area moves between neighbours. */
    TRANSFER,
    /** A division's outline is adjusted by an act, without a neighbour taking the area (界线调整). */
    BOUNDARY
  }

  public DivisionChange {
    fromCodes = List.copyOf(fromCodes);
    toCodes = List.copyOf(toCodes);
  }
}

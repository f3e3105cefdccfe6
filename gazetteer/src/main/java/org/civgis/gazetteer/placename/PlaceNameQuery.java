package org.civgis.gazetteer.placename;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;

/**
 * Which names to find.
 *
 * @param day the standard names valid on this day; with {@code includeProposals} also the names in
 *     procedure today
 * @param divisionPrefix only names whose division code starts with this, or {@code null}
 * @param categoryCode only these categories: codes separated by commas, a major class (two digits)
 *     standing for itself and its subclasses, e.g. {@code 0801,05}; or {@code null}
 * @param bbox only names whose geometry meets this CGCS2000 lon/lat box, or {@code null}
 * @param includeProposals whether names still in procedure (PROPOSED, UNDER_REVIEW, APPROVED) are
 *     found too (for officers)
 * @param limit at most this many
 * @param offset skip this many, in code order
 * @param statuses only names in one of these statuses (still within what {@code day} and {@code
 *     includeProposals} allow); empty for any
 * @param condition a further condition over the columns of {@code gazetteer.place_name n}, or
 *     {@code null}
 */
public record PlaceNameQuery(
    LocalDate day,
    String divisionPrefix,
    String categoryCode,
    Envelope bbox,
    boolean includeProposals,
    int limit,
    long offset,
    Set<NameStatus> statuses,
    SqlCondition condition) {

  public PlaceNameQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (categoryCode != null && categoryCode.replace(",", "").isBlank()) {
      categoryCode = null;
    }
  }

  /** A query of names in any status. */
  public PlaceNameQuery(
      LocalDate day,
      String divisionPrefix,
      String categoryCode,
      Envelope bbox,
      boolean includeProposals,
      int limit,
      long offset) {
    this(day, divisionPrefix, categoryCode, bbox, includeProposals, limit, offset, Set.of());
  }

  /** A query of names in some statuses. */
  public PlaceNameQuery(
      LocalDate day,
      String divisionPrefix,
      String categoryCode,
      Envelope bbox,
      boolean includeProposals,
      int limit,
      long offset,
      Set<NameStatus> statuses) {
    this(day, divisionPrefix, categoryCode, bbox, includeProposals, limit, offset, statuses, null);
  }

  /** The category codes and major classes of {@code categoryCode}, each followed by {@code %}. */
  public String[] categoryPatterns() {
    if (categoryCode == null) {
      return null;
    }
    return Arrays.stream(categoryCode.split(","))
        .map(String::trim)
        .filter(code -> !code.isEmpty())
        .map(code -> code + "%")
        .toArray(String[]::new);
  }
}

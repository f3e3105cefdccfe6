package org.civgis.gazetteer.placename.rules;

import java.util.Objects;

/**
 * A place name to check: one being entered, or one of the library in a cleanup batch.
 *
 * <p>What holds: the name is not blank; the county code has 12 digits; a generic part, when given,
 * is the end of the name; a specific part, when given, occurs in the name.
 *
 * @param id the name's id in the place-name library, or {@code null} for a name not yet stored
 * @param name the full standard name, e.g. 北京南路
 * @param specificPart the specific part (专名), e.g. 北京南, or {@code null} when not given
 * @param genericPart the generic part (通名), e.g. 路, or {@code null} when not given or there is
 *     none; rules then find the generic from the end of the name
 * @param category the category (a major class or a subclass)
 * @param countyCode the 12-digit code of the county-level division the feature lies in (for a name
 *     at or above county level, the code of that division); duplicates are looked for within it
 * @param sizeHint what is known of the feature's size, or {@code null}
 */
public record NameCandidate(
    String id,
    String name,
    String specificPart,
    String genericPart,
    PlaceCategory category,
    String countyCode,
    SizeHint sizeHint) {

  public NameCandidate {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a place name must not be blank (id " + id + ")");
    }
    Objects.requireNonNull(category, "category");
    if (countyCode == null || !countyCode.matches("\\d{12}")) {
      throw new IllegalArgumentException(
          "county code must have 12 digits, not " + countyCode + " (" + name + ")");
    }
    if (genericPart != null && (genericPart.isEmpty() || !name.endsWith(genericPart))) {
      throw new IllegalArgumentException(
          "generic part " + genericPart + " is not the end of " + name);
    }
    if (specificPart != null && (specificPart.isEmpty() || !name.contains(specificPart))) {
      throw new IllegalArgumentException("specific part " + specificPart + " is not in " + name);
    }
  }

  /** A candidate with only a name, a category and a county: the rules find the parts. */
  public static NameCandidate of(String id, String name, PlaceCategory category, String county) {
    return new NameCandidate(id, name, null, null, category, county, null);
  }

  /** This candidate with a size hint. */
  public NameCandidate withSize(SizeHint hint) {
    return new NameCandidate(id, name, specificPart, genericPart, category, countyCode, hint);
  }

  /** This candidate with its parts given. */
  public NameCandidate withParts(String specific, String generic) {
    return new NameCandidate(id, name, specific, generic, category, countyCode, sizeHint);
  }
}

package org.civgis.gazetteer.placename.search;

import java.util.List;

/**
 * A searchable name.
 *
 * @param id the place name's id
 * @param name the standard name
 * @param formerNames names it had before (renamings), which find it too
 * @param romanization its pinyin for display, e.g. Changji Shi
 * @param categoryCode its category
 * @param divisionCode the 12-digit code of the division it denotes or lies in
 * @param current whether it is a current standard name
 * @param lon longitude of its point, or NaN
 * @param lat latitude of its point, or NaN
 * @param pinyin its pinyin keys as {@link PinyinKeys} writes them (separated by spaces), or {@code
 *     null} to compute them; the displayed romanization finds the name in any case
 * @param initials its initials keys likewise, or {@code null} to compute them
 */
public record SearchEntry(
    long id,
    String name,
    List<String> formerNames,
    String romanization,
    String categoryCode,
    String divisionCode,
    boolean current,
    double lon,
    double lat,
    String pinyin,
    String initials) {

  public SearchEntry {
    formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
  }

  /** This entry without its pinyin and initials keys. */
  public SearchEntry withoutKeys() {
    return new SearchEntry(
        id,
        name,
        formerNames,
        romanization,
        categoryCode,
        divisionCode,
        current,
        lon,
        lat,
        null,
        null);
  }
}

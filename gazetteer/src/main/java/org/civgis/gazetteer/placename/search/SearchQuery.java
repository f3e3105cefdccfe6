package org.civgis.gazetteer.placename.search;

import org.locationtech.jts.geom.Envelope;

/**
 * A search.
 *
 * @param text what the user typed: characters, full pinyin or initials
 * @param divisionPrefix only names whose division code starts with this, or {@code null}
 * @param categoryCode only this category, or {@code null}
 * @param bbox only names whose point lies in this lon/lat box, or {@code null}
 * @param limit at most this many results (1–100)
 */
public record SearchQuery(
    String text, String divisionPrefix, String categoryCode, Envelope bbox, int limit) {

  public SearchQuery {
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("limit must be 1 to 100");
    }
  }
}

package org.civgis.gazetteer.placename.search;

/**
 * A found name.
 *
 * @param entry the name
 * @param score higher is better (100 exact name … 35 one character off)
 * @param matchedFormerName the former name that matched, or {@code null} when the name itself did
 */
public record SearchHit(SearchEntry entry, int score, String matchedFormerName) {}

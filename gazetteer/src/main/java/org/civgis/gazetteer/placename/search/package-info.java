/**
 * Finding a place by whatever one remembers of its name: exact, prefix, a part, one wrong
 * character, full pinyin, pinyin initials, a former name.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link org.civgis.gazetteer.placename.search.NameSearchIndex} is immutable and built in
 *       memory from {@link org.civgis.gazetteer.placename.search.SearchEntry}s; a change of the
 *       library means a new index (the web layer rebuilds it when the change feed says so).
 *   <li>Results are ranked: exact name, exact former name, name prefix, exact pinyin or initials,
 *       pinyin or initials prefix, a part of the name, one character off; current standard names
 *       before others at the same rank, then shorter names.
 *   <li>Every query does bounded work: each kind of match looks at a bounded number of candidates,
 *       so a one-letter query on a national corpus answers in milliseconds.
 * </ol>
 *
 * <p>Known limitations: one wrong character is found by single-deletion neighbourhoods, so two
 * wrong characters, or a swapped pair, are not; pinyin is matched without tones and without typos.
 */
package org.civgis.gazetteer.placename.search;

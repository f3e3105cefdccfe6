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
 *   <li>Pinyin is read as place names are read (the place-name polyphone dictionary before the
 *       pinyin library: 西地村 xidicun, 长宁路 changninglu), and a name is found by every way its reading
 *       is typed ({@link org.civgis.gazetteer.placename.search.PinyinKeys}): the displayed
 *       romanization without tones and spaces, ü as v, u, yu or ü, tone marks typed or not, the
 *       initials; at most a fixed number of keys per name.
 *   <li>Results are ranked: exact name, exact former name, name prefix, exact pinyin or initials
 *       (the name's own reading before the pinyin library's differing one), pinyin or initials
 *       prefix, a part of the name, one character off (a character that sounds like the name's
 *       before one that does not, a differing category word last); current standard names before
 *       others at the same rank, then shorter names.
 *   <li>Every query does bounded work: each kind of match looks at a bounded number of candidates,
 *       so a one-letter query on a national corpus answers in milliseconds.
 * </ol>
 *
 * <p>Known limitations: one wrong character is found by single-deletion neighbourhoods, so two
 * wrong characters, or a swapped pair, are not; pinyin is matched without typos; a polyphone is
 * read one way per name (the dictionary's or the library's phrase reading), so another reading of
 * it (长 as zhang where the name reads chang) finds the name only as the library's alternate.
 */
package org.civgis.gazetteer.placename.search;

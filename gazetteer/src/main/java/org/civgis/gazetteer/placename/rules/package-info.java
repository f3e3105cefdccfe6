/**
 * Rules for non-standard place names (不规范地名): 大 (exaggerated), 洋 (foreign), 怪 (odd), 重 (duplicate
 * or same-sounding), the character rules and the generic-versus-category rule; checked on entry and
 * in batch for the cleanup worklist (不规范地名清理). Plain Java, no database: the place-name library
 * stores names and worklists and calls in here.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link org.civgis.gazetteer.placename.rules.NameChecker#check} returns every warning of
 *       every rule for one {@link org.civgis.gazetteer.placename.rules.NameCandidate}; each warning
 *       has a {@link org.civgis.gazetteer.placename.rules.ReasonCode}, the rule and what matched in
 *       Chinese, a suggested action in Chinese and a severity. No warning means the name passed.
 *   <li>Reason codes are stable identifiers, grouped by prefix: {@code BIG_} 大, {@code FOREIGN_} 洋,
 *       {@code ODD_} 怪, {@code DUPLICATE_}/{@code HOMOPHONE_} 重, {@code CHAR_}, {@code GENERIC_}.
 *   <li>Duplicates and homophones are looked for within one county and one major class, through a
 *       {@link org.civgis.gazetteer.placename.rules.NameIndex} whose keys come from the checker's
 *       {@link org.civgis.gazetteer.placename.rules.NameKeys}; the pinyin function is pluggable.
 *   <li>Characters are judged against the 8,105 characters of the 通用规范汉字表 (2013) and OpenCC's
 *       traditional/simplified tables, packed as resources (provenance in the gazetteer README).
 *   <li>{@link org.civgis.gazetteer.placename.rules.CleanupWorklist} turns a batch into worklist
 *       entries (reason codes, suggested action, status OPEN/IN_PROGRESS/DONE/WAIVED) and counts
 *       progress per county.
 *   <li>Rules never change a name; they only report.
 * </ol>
 *
 * <p>Known limitations:
 *
 * <ul>
 *   <li>The word lists (大, 洋, 怪) are curated and short: a foreign name or a grandiose word that is
 *       not listed passes; a listed word inside an unrelated Chinese word would be flagged (the
 *       list leaves out the known cases, e.g. 俄罗斯, 哈萨克, 米兰, 罗兰).
 *   <li>The duplicate scope is the county and the major class, as asked for cleanup; the national
 *       regulation scopes village and community names to one township, so a batch over a county
 *       flags more village-level repeats than the law requires (e.g. the 兵团 连队 生活区).
 *   <li>Homophones depend on the pinyin function: a polyphonic character read wrongly in a place
 *       name (堡 bǔ/pù, 蚌埠) gives a false match or misses one. Tones are ignored on purpose.
 *   <li>Category codes are ours, in the order of the census's 12 major classes; the census's own
 *       code table was not available.
 *   <li>Size thresholds for 城, 中心, 广场, 大厦, 大道, 大街 are ours; no national threshold exists.
 *   <li>Characters outside the Basic Multilingual Plane are read as such, but the default pinyin
 *       library cannot romanize them; they get a code-point key instead.
 * </ul>
 */
package org.civgis.gazetteer.placename.rules;

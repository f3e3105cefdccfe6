/**
 * Compiling the standard place-name dictionary (标准地名词典) and gazette (标准地名志) of a prefecture or a
 * county from the place-name library, as of a day.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A book holds one entry per name that was a standard name under the division on the day
 *       ({@code valid @> day}), no more and no fewer; each entry's fields are read from the record,
 *       never written for the book: 标准名称, 汉语拼音 with tones, 罗马字母拼写, 类别, 所在政区, 位置, 含义/由来, 历史沿革 from
 *       the lineage (the names it superseded), and for divisions 面积 and 2020 population (supplied
 *       by the caller as {@link org.civgis.gazetteer.compilation.DivisionFacts}).
 *   <li>Entries are ordered by division (the county, then each township with what lies in it), then
 *       by category code, then by ICU's zh pinyin collation, then by place-name code.
 *   <li>The pinyin index (音序索引) is in ICU's {@code zh@collation=pinyin} order and the stroke index
 *       (笔画索引) in ICU's {@code zh@collation=stroke} order (total strokes, then the strokes in
 *       order); ties by place-name code.
 *   <li>The former names (曾用地名) are the names under the division whose use ended on or before the
 *       day, each with the name that superseded it, if any.
 *   <li>What the book cannot say yet is the compilation worklist: an entry lacks 含义/由来 when the
 *       record has neither meaning nor origin, 历史沿革 when it has no history and no lineage,
 *       coordinates when it has no position or only a generated one (示意位置), romanization when the
 *       record has none. Missing text is printed as 待补, never made up.
 * </ol>
 *
 * <p>Known limitations: the one-line location description is derived from the position and the
 * divisions (which part of the parent it lies in), not written by a surveyor.
 */
package org.civgis.gazetteer.compilation;

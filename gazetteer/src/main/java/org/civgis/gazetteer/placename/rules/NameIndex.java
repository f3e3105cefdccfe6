package org.civgis.gazetteer.placename.rules;

import java.util.List;

/**
 * The other names the duplicate rule compares a candidate with, looked up within one county and one
 * major class.
 *
 * <p>What holds for an implementation:
 *
 * <ol>
 *   <li>Keys are computed with the same {@link NameKeys} as the checker's ({@link
 *       NameChecker#keys()}): {@code normalizedName} is {@link NameKeys#normalize(String)} of the
 *       stored name, {@code tonelessPinyin} is {@link NameKeys#tonelessPinyin(String)} of it.
 *   <li>{@code countyCode} is the 12-digit county code of {@link NameCandidate#countyCode()};
 *       {@code majorClass} is a major class ({@link PlaceCategory#isMajor()}), and every name of
 *       that class or of one of its subclasses matches it.
 *   <li>The candidate itself may be among the results; the rule leaves out results with the
 *       candidate's id.
 * </ol>
 */
public interface NameIndex {

  /** Names in the county and major class whose normalised name is {@code normalizedName}. */
  List<IndexedName> byNormalizedName(
      String countyCode, PlaceCategory majorClass, String normalizedName);

  /** Names in the county and major class whose toneless pinyin is {@code tonelessPinyin}. */
  List<IndexedName> byTonelessPinyin(
      String countyCode, PlaceCategory majorClass, String tonelessPinyin);

  /** An index with no names: the duplicate rule then finds nothing. */
  static NameIndex empty() {
    return new NameIndex() {
      @Override
      public List<IndexedName> byNormalizedName(
          String countyCode, PlaceCategory majorClass, String normalizedName) {
        return List.of();
      }

      @Override
      public List<IndexedName> byTonelessPinyin(
          String countyCode, PlaceCategory majorClass, String tonelessPinyin) {
        return List.of();
      }
    };
  }
}

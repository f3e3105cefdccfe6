package org.civgis.gazetteer.placename;

import java.util.List;

/**
 * What a name says: the fields of the second national place-name census (第二次全国地名普查) that describe
 * the name itself.
 *
 * @param standardName the standard name, e.g. 人民路
 * @param specificPart 专名, e.g. 人民
 * @param genericPart 通名, e.g. 路; {@code null} for names without one
 * @param shortName 简称, or {@code null}
 * @param aliases 别名 and other names in use
 * @param categoryCode the place-name category (GB/T 18521 style code, see {@code PlaceCategory})
 * @param romanization the pinyin by the place-name spelling rules, e.g. Renmin Lu
 * @param officialTransliteration for a name of minority-language origin, the official
 *     transliteration entered by an officer (e.g. Mori for 木垒); never regenerated
 * @param minorityWrittenForm the name in the minority script, or {@code null}
 * @param minorityLanguage the language of that form, or {@code null}
 * @param meaning 含义
 * @param origin 来历
 * @param history 沿革
 */
public record NameText(
    String standardName,
    String specificPart,
    String genericPart,
    String shortName,
    List<String> aliases,
    String categoryCode,
    String romanization,
    String officialTransliteration,
    String minorityWrittenForm,
    String minorityLanguage,
    String meaning,
    String origin,
    String history) {

  public NameText {
    if (standardName == null || standardName.isBlank()) {
      throw new IllegalArgumentException("a place name needs its standard name");
    }
    if (categoryCode == null || categoryCode.isBlank()) {
      throw new IllegalArgumentException("a place name needs its category");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** Just a name, its parts and its category. */
  public static NameText of(
      String standardName, String specificPart, String genericPart, String categoryCode) {
    return new NameText(
        standardName,
        specificPart,
        genericPart,
        null,
        List.of(),
        categoryCode,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}

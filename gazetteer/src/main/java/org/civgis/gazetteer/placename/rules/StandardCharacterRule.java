package org.civgis.gazetteer.placename.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Characters: the name must be written in the standard characters of the 通用规范汉字表 (2013).
 *
 * <p>What holds (see {@link HanziTables} for the tables):
 *
 * <ol>
 *   <li>A Chinese character of the table is fine; 〇 is a numeral and fine; Latin letters, digits
 *       and symbols are the other rules' business.
 *   <li>Traditional-only characters (長, 門, 鄉 …) give {@link ReasonCode#CHAR_MIXED_SCRIPT} when the
 *       name also has a simplified-only character (长安門路), else {@link ReasonCode#CHAR_TRADITIONAL}
 *       (長安路); the suggested action gives the name converted with OpenCC.
 *   <li>Any other character — a Chinese character outside the table (a rare or variant character, a
 *       compatibility ideograph) or a letter of another script — gives {@link
 *       ReasonCode#CHAR_NOT_IN_STANDARD_LIST}, naming the characters.
 *   <li>It applies to every category; at most one warning of each code per name.
 * </ol>
 */
public final class StandardCharacterRule implements NameRule {

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(
        ReasonCode.CHAR_NOT_IN_STANDARD_LIST,
        ReasonCode.CHAR_TRADITIONAL,
        ReasonCode.CHAR_MIXED_SCRIPT);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    HanziTables tables = HanziTables.get();
    String name = candidate.name();
    Set<String> traditional = new LinkedHashSet<>();
    Set<String> simplified = new LinkedHashSet<>();
    Set<String> outside = new LinkedHashSet<>();
    name.codePoints()
        .forEach(
            cp -> {
              if (Chars.isHan(cp)) {
                if (tables.isStandard(cp)) {
                  if (tables.isSimplifiedOnly(cp)) {
                    simplified.add(Chars.str(cp));
                  }
                } else if (tables.isTraditionalOnly(cp)) {
                  traditional.add(Chars.str(cp));
                } else {
                  outside.add(Chars.str(cp));
                }
              } else if (Chars.isOtherLetter(cp)) {
                outside.add(Chars.str(cp));
              }
            });
    List<NameWarning> warnings = new ArrayList<>();
    if (!traditional.isEmpty()) {
      String converted = tables.toSimplified(name);
      String found = String.join("", traditional);
      NameWarning warning =
          simplified.isEmpty()
              ? NameWarning.of(ReasonCode.CHAR_TRADITIONAL, found, "繁体字“" + found + "”")
              : NameWarning.of(
                  ReasonCode.CHAR_MIXED_SCRIPT,
                  found,
                  "繁体字“" + found + "”与简化字“" + String.join("", simplified) + "”同用");
      warnings.add(
          warning.withSuggestedAction(
              warning.reasonCode().suggestedAction() + "：“" + converted + "”"));
    }
    if (!outside.isEmpty()) {
      String found = String.join("", outside);
      warnings.add(NameWarning.of(ReasonCode.CHAR_NOT_IN_STANDARD_LIST, found, "“" + found + "”"));
    }
    return warnings;
  }
}

package org.civgis.gazetteer.placename.rules;

import java.util.List;

/**
 * 洋 and 怪: Latin letters in a name. A name in Chinese characters with Latin letters in it (CBD广场,
 * 阳光A区) is {@link ReasonCode#FOREIGN_LATIN_LETTERS}; a name of Latin letters only, with no Chinese
 * character (Xingfu, ABC), is meaningless pinyin or letters: {@link ReasonCode#ODD_LATIN_ONLY}.
 *
 * <p>What holds: full-width letters count as Latin letters; it applies to every category; at most
 * one warning per name, naming the letters found.
 */
public final class LatinLetterRule implements NameRule {

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(ReasonCode.FOREIGN_LATIN_LETTERS, ReasonCode.ODD_LATIN_ONLY);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    String name = candidate.name();
    StringBuilder letters = new StringBuilder();
    name.codePoints().filter(Chars::isLatin).forEach(letters::appendCodePoint);
    if (letters.length() == 0) {
      return List.of();
    }
    boolean han = name.codePoints().anyMatch(Chars::isHan);
    ReasonCode code = han ? ReasonCode.FOREIGN_LATIN_LETTERS : ReasonCode.ODD_LATIN_ONLY;
    return List.of(NameWarning.of(code, letters.toString(), "“" + letters + "”"));
  }
}

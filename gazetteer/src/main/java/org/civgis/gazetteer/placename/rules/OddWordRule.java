package org.civgis.gazetteer.placename.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * 怪: odd, vulgar or internet-slang words (囧, 屌丝, 奇葩, 么么哒 …) from the short curated list {@code
 * odd-words.txt}: {@link ReasonCode#ODD_WORD}.
 *
 * <p>What holds: it applies to every category; one warning per listed word found anywhere in the
 * name, except a word inside a longer listed word that is also found (屌 inside 屌丝).
 */
public final class OddWordRule implements NameRule {
  private static final List<String> WORDS = Resources.lines("odd-words.txt");

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(ReasonCode.ODD_WORD);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    String name = candidate.name();
    List<String> found = WORDS.stream().filter(name::contains).toList();
    List<NameWarning> warnings = new ArrayList<>();
    for (String word : found) {
      boolean inLonger =
          found.stream().anyMatch(other -> other.length() > word.length() && other.contains(word));
      if (!inLonger) {
        warnings.add(NameWarning.of(ReasonCode.ODD_WORD, word, "“" + word + "”"));
      }
    }
    return warnings;
  }
}

package org.civgis.gazetteer.placename.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 怪: punctuation, symbols and spaces in a name (·, -, #, /, （）, 【】, 《》, a space …): {@link
 * ReasonCode#ODD_SYMBOL}.
 *
 * <p>What holds: every character that is neither a letter (of any script), nor a digit, nor a
 * Chinese numeral counts; it applies to every category; one warning per name, naming each distinct
 * symbol once, in order of appearance (a space is shown as “空格”).
 */
public final class SymbolRule implements NameRule {

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(ReasonCode.ODD_SYMBOL);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    Set<String> symbols = new LinkedHashSet<>();
    candidate
        .name()
        .codePoints()
        .filter(Chars::isSymbol)
        .forEach(cp -> symbols.add(Character.isWhitespace(cp) ? "空格" : Chars.str(cp)));
    if (symbols.isEmpty()) {
      return List.of();
    }
    String found = String.join(" ", symbols);
    StringBuilder quoted = new StringBuilder();
    for (String s : symbols) {
      quoted.append(quoted.length() == 0 ? "" : "、").append('“').append(s).append('”');
    }
    return List.of(NameWarning.of(ReasonCode.ODD_SYMBOL, found, quoted.toString()));
  }
}

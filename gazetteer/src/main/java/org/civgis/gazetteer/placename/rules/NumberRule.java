package org.civgis.gazetteer.placename.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 怪: numbers as names. A specific part that is only a number or an ordinal (1号路, 001, 一号路, 3号楼) is
 * {@link ReasonCode#ODD_BARE_NUMBER}; Arabic digits inside an otherwise real name (阳光100城) are
 * {@link ReasonCode#ODD_ARABIC_DIGITS}.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>The specific part is the given one, else the name without its known generic (see {@link
 *       Generics}); a trailing 号 is ignored. It is bare when what remains is all Arabic digits or
 *       all Chinese numerals (〇零一二三四五六七八九十百千万两).
 *   <li>Numerals with a word (三工镇, 二六工镇, 十八户村, 一连生活区, 二十里店镇) are real names and are not bare.
 *   <li>A name has at most one of the two findings; bare wins.
 * </ol>
 */
public final class NumberRule implements NameRule {
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(ReasonCode.ODD_BARE_NUMBER, ReasonCode.ODD_ARABIC_DIGITS);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    String specific = Generics.specificOf(candidate);
    String number =
        specific.endsWith("号") ? specific.substring(0, specific.length() - 1) : specific;
    if (!number.isEmpty()
        && (number.codePoints().allMatch(Chars::isDigit)
            || number.codePoints().allMatch(Chars::isChineseNumeral))) {
      return List.of(NameWarning.of(ReasonCode.ODD_BARE_NUMBER, specific, "专名为“" + specific + "”"));
    }
    Matcher digits = DIGITS.matcher(candidate.name());
    StringBuilder found = new StringBuilder();
    while (digits.find()) {
      found.append(found.length() == 0 ? "" : "、").append(digits.group());
    }
    if (found.length() == 0) {
      return List.of();
    }
    return List.of(
        NameWarning.of(ReasonCode.ODD_ARABIC_DIGITS, found.toString(), "“" + found + "”"));
  }
}

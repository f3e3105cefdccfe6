package org.civgis.gazetteer.placename.rules;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.Locale;
import java.util.function.Function;

/**
 * The default romanization: toneless pinyin from {@code com.github.houbb:pinyin} (its phrase
 * dictionary reads 重庆 as chongqing and 银行 as yinhang).
 *
 * <p>What holds: the result is lower case, syllables separated by spaces, ü written as v; runs of
 * characters of the Basic Multilingual Plane go to the library in one piece (so phrases keep their
 * reading); a character beyond it, which the library cannot read, becomes {@code u+XXXXX} so that
 * two names differing only there never get the same key.
 */
final class HoubbPinyin implements Function<String, String> {

  @Override
  public String apply(String text) {
    StringBuilder out = new StringBuilder();
    StringBuilder run = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isSupplementaryCodePoint(cp)) {
                flush(run, out);
                out.append(" u+").append(Integer.toHexString(cp)).append(' ');
              } else {
                run.appendCodePoint(cp);
              }
            });
    flush(run, out);
    return out.toString().strip().replaceAll("\\s+", " ");
  }

  private static void flush(StringBuilder run, StringBuilder out) {
    if (run.length() > 0) {
      String pinyin = PinyinHelper.toPinyin(run.toString(), PinyinStyleEnum.NORMAL);
      out.append(pinyin.toLowerCase(Locale.ROOT).replace('ü', 'v')).append(' ');
      run.setLength(0);
    }
  }
}

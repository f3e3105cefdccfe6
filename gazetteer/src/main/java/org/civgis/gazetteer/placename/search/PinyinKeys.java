package org.civgis.gazetteer.placename.search;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.Locale;

/**
 * The pinyin search keys of a text: toneless pinyin without spaces ({@code changjishi}) and the
 * syllables' initial letters ({@code cjs}). Uses the houbb pinyin library with its phrase
 * dictionary; characters it cannot read stay as they are (digits, Latin letters).
 */
public final class PinyinKeys {
  private PinyinKeys() {}

  /** {@code [full, initials]} of {@code text}. */
  public static String[] of(String text) {
    String spaced = PinyinHelper.toPinyin(text, PinyinStyleEnum.NORMAL).toLowerCase(Locale.ROOT);
    StringBuilder full = new StringBuilder(spaced.length());
    StringBuilder initials = new StringBuilder();
    boolean start = true;
    for (int i = 0; i < spaced.length(); i++) {
      char c = spaced.charAt(i);
      if (c == ' ') {
        start = true;
        continue;
      }
      full.append(c);
      if (start) {
        initials.append(c);
        start = false;
      }
    }
    return new String[] {full.toString(), initials.toString()};
  }
}

package org.civgis.gazetteer.placename.rules;

/** What a character of a name is. */
final class Chars {
  /** Chinese numerals, including 〇 (GB/T 15835 writes zero so). */
  static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万两";

  private Chars() {}

  /** A Chinese character (not 〇, which is a numeral). */
  static boolean isHan(int cp) {
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** A Latin letter, ASCII or full width. */
  static boolean isLatin(int cp) {
    return Character.isLetter(cp)
        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }

  /** A letter of another script (Arabic, Cyrillic, kana …). */
  static boolean isOtherLetter(int cp) {
    return Character.isLetter(cp) && !isHan(cp) && !isLatin(cp);
  }

  /** A decimal digit, ASCII or full width. */
  static boolean isDigit(int cp) {
    return Character.isDigit(cp);
  }

  /** A Chinese numeral character. */
  static boolean isChineseNumeral(int cp) {
    return CHINESE_NUMERALS.indexOf(cp) >= 0;
  }

  /** Neither a letter, nor a digit, nor a Chinese numeral: punctuation, a symbol, a space. */
  static boolean isSymbol(int cp) {
    return !Character.isLetter(cp) && !isDigit(cp) && !isChineseNumeral(cp);
  }

  /** {@code cp} as a string. */
  static String str(int cp) {
    return new String(Character.toChars(cp));
  }
}

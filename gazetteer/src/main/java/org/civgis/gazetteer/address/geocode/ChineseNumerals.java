package org.civgis.gazetteer.address.geocode;

/**
 * Chinese numerals as written in addresses: 一百二十三 → 123, 十二 → 12, 二十 → 20, 一百零五 → 105, and numbers
 * read digit by digit, as rooms are: 三零一 → 301, 二〇一 → 201.
 *
 * <p>Contract: {@link #value} takes a string of the characters of {@link #CHARACTERS} only and
 * returns its decimal digits; a string with 十, 百 or 千 is read by place value, one without them
 * digit by digit. Values up to 9999.
 */
public final class ChineseNumerals {
  /** Every character a Chinese numeral is written with. */
  public static final String CHARACTERS = "零〇一二两三四五六七八九十百千";

  private ChineseNumerals() {}

  /** Whether {@code c} is one of {@link #CHARACTERS}. */
  public static boolean isNumeral(char c) {
    return CHARACTERS.indexOf(c) >= 0;
  }

  /** The decimal digits of the numeral {@code text}. */
  public static String value(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an empty numeral");
    }
    boolean placeValue = text.indexOf('十') >= 0 || text.indexOf('百') >= 0 || text.indexOf('千') >= 0;
    if (!placeValue) {
      StringBuilder digits = new StringBuilder();
      for (char c : text.toCharArray()) {
        digits.append(digit(c));
      }
      return digits.toString();
    }
    int total = 0;
    int digit = -1;
    for (char c : text.toCharArray()) {
      switch (c) {
        case '十' -> {
          total += (digit < 0 ? 1 : digit) * 10;
          digit = -1;
        }
        case '百' -> {
          total += Math.max(digit, 1) * 100;
          digit = -1;
        }
        case '千' -> {
          total += Math.max(digit, 1) * 1000;
          digit = -1;
        }
        default -> digit = digit(c);
      }
    }
    return Integer.toString(total + Math.max(digit, 0));
  }

  private static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> throw new IllegalArgumentException("not a Chinese numeral: " + c);
    };
  }
}

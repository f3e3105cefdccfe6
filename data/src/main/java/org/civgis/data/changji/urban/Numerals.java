package org.civgis.data.changji.urban;

/** Chinese numerals as lane names use them: 一 … 十, 十一 … 九十九. */
final class Numerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  static String chinese(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("lane numbers run from 1 to 99: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens)))
        + "十"
        + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
  }
}

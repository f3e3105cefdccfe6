package org.civgis.boundary.division;

import java.util.regex.Pattern;

/**
 * Statistical division codes: 12 digits, of which the first 6 are the GB/T 2260 code (province 2,
 * prefecture 2, county 2), then township 3 and village 3.
 */
public final class DivisionCode {
  private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

  private DivisionCode() {}

  /** Whether {@code code} is 12 ASCII digits. */
  public static boolean isValid(String code) {
    return code != null && TWELVE_DIGITS.matcher(code).matches();
  }

  /**
   * The 12-digit code of a 6-digit GB/T 2260 code (padded with zeros) or of a 12-digit code
   * (unchanged); an {@link IllegalArgumentException} naming the input for anything else.
   */
  public static String normalize(String code) {
    if (isValid(code)) {
      return code;
    }
    if (code != null && SIX_DIGITS.matcher(code).matches()) {
      return code + "000000";
    }
    throw new IllegalArgumentException("a division code has 6 or 12 digits, not \"" + code + "\"");
  }
}

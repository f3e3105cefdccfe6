package org.civgis.web.placename;

import org.civgis.boundary.division.DivisionCode;
import org.civgis.web.problem.InvalidParameterException;

/**
 * A division filter as users write it: a full 12- or 6-digit code stands for the division and
 * everything under it (its significant leading digits); shorter digit strings are prefixes.
 */
public final class DivisionPrefix {
  private DivisionPrefix() {}

  /** The code prefix of {@code value}, {@code null} for none; 400 naming {@code parameter}. */
  public static String of(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (!v.matches("[0-9]{2,12}")) {
      throw new InvalidParameterException(parameter, "须为区划代码或其前几位数字，收到 \"" + value + "\"");
    }
    if (v.length() == 6) {
      v = DivisionCode.normalize(v);
    }
    if (!DivisionCode.isValid(v)) {
      return v;
    }
    for (int digits : new int[] {2, 4, 6, 9}) {
      if (v.substring(digits).chars().allMatch(c -> c == '0')) {
        return v.substring(0, digits);
      }
    }
    return v;
  }
}

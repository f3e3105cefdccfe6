package org.civgis.boundary.inspection;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether one division lies in another, read from their 12-digit codes alone (no database): who
 * belongs to a round's side, whose jurisdiction a round concerns.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The significant prefix of a code is the code up to its last level whose digits are not all
 *       zero (levels: province 2 digits, prefecture 2, county 2, township 3, village 3); it equals
 *       {@code DivisionLevel.significantDigits()} of the division's level for every code of GB/T
 *       2260 and the statistical codes, where no level's own digits are all zeros.
 *   <li>A code is within another when it starts with the other's significant prefix: a division is
 *       within itself, a county within its prefecture, never a prefecture within its county.
 *   <li>Two codes are nested when either is within the other.
 * </ol>
 */
public final class CodeNesting {
  /** Where the levels of a 12-digit code end. */
  private static final int[] LEVEL_ENDS = {2, 4, 6, 9, 12};

  private CodeNesting() {}

  /** The significant prefix of a 12-digit {@code code}; see the class contract. */
  public static String significantPrefix(String code) {
    requireCode(code);
    for (int end : LEVEL_ENDS) {
      if (code.substring(end).chars().allMatch(c -> c == '0')) {
        return code.substring(0, end);
      }
    }
    return code;
  }

  /** Whether {@code code} is {@code ancestor} or a division under it. */
  public static boolean isWithin(String code, String ancestor) {
    return isCode(code) && isCode(ancestor) && code.startsWith(significantPrefix(ancestor));
  }

  /** Whether one of {@code a} and {@code b} is within the other. */
  public static boolean areNested(String a, String b) {
    return isWithin(a, b) || isWithin(b, a);
  }

  /**
   * {@code code} and the codes of the divisions it lies in, from the province down; e.g.
   * 652325100000 gives 650000000000, 652300000000, 652325000000, 652325100000.
   */
  public static List<String> selfAndAncestors(String code) {
    String prefix = significantPrefix(code);
    List<String> codes = new ArrayList<>();
    for (int end : LEVEL_ENDS) {
      if (end <= prefix.length()) {
        codes.add((prefix.substring(0, end) + "000000000000").substring(0, 12));
      }
    }
    return codes;
  }

  /** Whether {@code code} is 12 ASCII digits. */
  public static boolean isCode(String code) {
    return code != null && code.matches("[0-9]{12}");
  }

  private static void requireCode(String code) {
    if (!isCode(code)) {
      throw new IllegalArgumentException("a division code has 12 digits, not \"" + code + "\"");
    }
  }
}

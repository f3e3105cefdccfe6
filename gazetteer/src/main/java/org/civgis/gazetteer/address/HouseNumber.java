package org.civgis.gazetteer.address;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A house number (门牌号) on a road: a positive number and an optional suffix for a number added later
 * between two others.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The suffix is empty, {@code 之N} (12之1号), {@code -N} (12-1号), {@code 附N} (12号附1号) or {@code
 *       附} (12号附); N is a positive number.
 *   <li>{@link #text} writes the standard form: the number, the suffix, then 号 — except that an 附
 *       suffix follows the 号 (12号附1号).
 *   <li>{@link #parse} accepts the standard form, the form without the last 号, and the 附 suffix
 *       before or after 号; anything else is refused.
 *   <li>Ordering ({@link #ALONG_THE_ROAD}) is by number, then a number without suffix first, then
 *       by the suffix's number.
 * </ol>
 *
 * @param value the number, at least 1
 * @param suffix the suffix, empty for none
 */
public record HouseNumber(int value, String suffix) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{1,6})(?:号?(附)(\\d{1,3})?|(之|-)(\\d{1,3}))?号?(附(\\d{1,3})?号?)?");

  /** Along the road: by number, the plain number before its suffixed ones. */
  public static final Comparator<HouseNumber> ALONG_THE_ROAD =
      Comparator.comparingInt(HouseNumber::value)
          .thenComparingInt(n -> n.suffix.isEmpty() ? 0 : 1)
          .thenComparingInt(HouseNumber::suffixNumber)
          .thenComparing(HouseNumber::suffix);

  public HouseNumber {
    if (value < 1) {
      throw new IllegalArgumentException("a house number starts at 1, not " + value);
    }
    suffix = suffix == null ? "" : suffix;
    if (!suffix.isEmpty() && !suffix.matches("(之|-|附)[1-9]\\d{0,2}|附")) {
      throw new IllegalArgumentException("unknown house-number suffix \"" + suffix + "\"");
    }
  }

  /** A plain number. */
  public static HouseNumber of(int value) {
    return new HouseNumber(value, "");
  }

  /**
   * Reads a house number such as {@code 12}, {@code 12号}, {@code 12之1号}, {@code 12-1号}, {@code
   * 12号附1号} or {@code 12附1}; digits must be ASCII (normalise full-width digits first).
   */
  public static HouseNumber parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a house number: \"" + text + "\"");
    }
    int value = Integer.parseInt(m.group(1));
    String suffix = "";
    if (m.group(2) != null) {
      suffix = "附" + (m.group(3) == null ? "" : Integer.parseInt(m.group(3)));
    } else if (m.group(4) != null) {
      suffix = m.group(4) + Integer.parseInt(m.group(5));
    }
    if (m.group(6) != null) {
      if (!suffix.isEmpty()) {
        throw new IllegalArgumentException("two suffixes in \"" + text + "\"");
      }
      suffix = "附" + (m.group(7) == null ? "" : Integer.parseInt(m.group(7)));
    }
    return new HouseNumber(value, suffix);
  }

  /** Whether the number is odd: odd numbers are on the left of the road (左单右双). */
  public boolean isOdd() {
    return value % 2 == 1;
  }

  /** The standard text, e.g. {@code 12号}, {@code 12之1号}, {@code 12号附1号}. */
  public String text() {
    if (suffix.startsWith("附")) {
      return value + "号" + suffix + (suffix.length() > 1 ? "号" : "");
    }
    return value + suffix + "号";
  }

  /** A compact key: the number and the suffix, e.g. {@code 12之1}. */
  public String key() {
    return value + suffix;
  }

  private int suffixNumber() {
    String digits = suffix.replaceAll("\\D", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }

  @Override
  public String toString() {
    return text();
  }
}

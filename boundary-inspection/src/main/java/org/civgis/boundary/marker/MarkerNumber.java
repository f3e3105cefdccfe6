package org.civgis.boundary.marker;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A marker number: line code, a dash, the sequence along the line in at least three digits, the
 * type code ({@code 652301652323-003}, {@code 65236501-012A}). The composition follows GB/T 17796
 * (line number + sequence + type code); the dash and the digit count are this system's notation.
 *
 * @param lineCode the line's code (4 to 24 digits)
 * @param sequence 1 or more
 * @param typeCode empty, A–E or Q
 */
public record MarkerNumber(String lineCode, int sequence, String typeCode) {
  private static final Pattern FORMAT = Pattern.compile("([0-9]{4,24})-([0-9]{1,4})([A-EQ]?)");

  public MarkerNumber {
    if (sequence < 1 || sequence > 9999) {
      throw new IllegalArgumentException("a marker's sequence is 1 to 9999, not " + sequence);
    }
    if (!typeCode.matches("[A-EQ]?")) {
      throw new IllegalArgumentException("type code must be empty, A–E or Q, not " + typeCode);
    }
  }

  /** The number of {@code text}, or empty if it is not one. */
  public static Optional<MarkerNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int sequence = Integer.parseInt(m.group(2));
    return sequence < 1
        ? Optional.empty()
        : Optional.of(new MarkerNumber(m.group(1), sequence, m.group(3)));
  }

  @Override
  public String toString() {
    return lineCode + "-" + String.format(Locale.ROOT, "%03d", sequence) + typeCode;
  }
}

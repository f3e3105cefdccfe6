package org.civgis.gazetteer.address;

import java.util.regex.Pattern;

/**
 * The code of a standard address, in the manner of GB/T 23705 (a division code, a type, a
 * sequence): the 12-digit statistical code of the community or village the address lies in, one
 * digit for its kind ({@link AddressKind#digit}), and a six-digit sequence number within that
 * division and kind — 19 digits, e.g. {@code 6523010030011000123}. The segment lengths are ours.
 *
 * <p>A code names the address, not a version: it stays when the road is renamed or the number
 * changes, so the versions of one address share it.
 */
public final class AddressCode {
  private static final Pattern FORM = Pattern.compile("[0-9]{12}[123][0-9]{6}");

  private AddressCode() {}

  /** The code of sequence number {@code sequence} (1–999999) of {@code kind} in a division. */
  public static String of(String divisionCode, AddressKind kind, int sequence) {
    if (divisionCode == null || !divisionCode.matches("[0-9]{12}")) {
      throw new IllegalArgumentException("a 12-digit division code is needed: " + divisionCode);
    }
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("sequence outside 1–999999: " + sequence);
    }
    return divisionCode + kind.digit() + String.format("%06d", sequence);
  }

  /** Whether {@code code} has the form of an address code. */
  public static boolean isValid(String code) {
    return code != null && FORM.matcher(code).matches();
  }

  /** The division segment. */
  public static String divisionOf(String code) {
    return code.substring(0, 12);
  }

  /** The kind segment. */
  public static AddressKind kindOf(String code) {
    return AddressKind.ofDigit(code.charAt(12));
  }
}

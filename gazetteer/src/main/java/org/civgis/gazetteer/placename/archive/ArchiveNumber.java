package org.civgis.gazetteer.placename.archive;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive number (档号) of a place-name archive document: {@code 652302-DM-2024-Y-0001}.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The parts, in the order of DA/T 22 (全宗号-门类-年度-保管期限-件号): the county's 6-digit division code
 *       (the 全宗 of the county's place-name archive), {@code DM} (地名, the archive class), the year
 *       of the document, the retention code ({@link Retention#code()}: Y, D30, D10) and a 4-digit
 *       sequence number running per county, year and retention from 0001.
 *   <li>A number is assigned once, when a document is catalogued, and never reused or changed: a
 *       corrected retention keeps the number it was catalogued under.
 * </ol>
 */
public record ArchiveNumber(String countyCode, int year, Retention retention, int sequence) {
  private static final Pattern FORM =
      Pattern.compile("([0-9]{6})-DM-([0-9]{4})-(Y|D30|D10)-([0-9]{4})");

  public ArchiveNumber {
    if (countyCode == null || !countyCode.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("county code must be 6 digits: " + countyCode);
    }
    if (year < 1900 || year > 2200 || sequence < 1 || sequence > 9999 || retention == null) {
      throw new IllegalArgumentException("year 1900–2200, sequence 1–9999 and a retention");
    }
  }

  /** The number written as {@code 652302-DM-2024-Y-0001}, or empty when it is not one. */
  public static Optional<ArchiveNumber> parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text.trim());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ArchiveNumber(
              m.group(1),
              Integer.parseInt(m.group(2)),
              Retention.ofCode(m.group(3)).orElseThrow(),
              Integer.parseInt(m.group(4))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return String.format("%s-DM-%04d-%s-%04d", countyCode, year, retention.code(), sequence);
  }
}

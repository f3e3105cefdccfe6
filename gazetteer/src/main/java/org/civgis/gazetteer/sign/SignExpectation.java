package org.civgis.gazetteer.sign;

import java.util.List;

/**
 * What a sign should show, from the place-name or address library.
 *
 * @param current whether the named feature (or the address) has a current standard version
 * @param text the standard name (or address text) a sign must show, {@code null} when not current
 * @param romanization the sign form a sign must show (capitals, e.g. {@code BEIJING NANLU}), or
 *     {@code null} when signs of this kind carry none
 * @param formerTexts earlier names of the feature (or earlier texts of the address), oldest first
 */
public record SignExpectation(
    boolean current, String text, String romanization, List<String> formerTexts) {

  public SignExpectation {
    formerTexts = formerTexts == null ? List.of() : List.copyOf(formerTexts);
  }

  /** A feature without a current standard name. */
  public static SignExpectation notCurrent(List<String> formerTexts) {
    return new SignExpectation(false, null, null, formerTexts);
  }
}

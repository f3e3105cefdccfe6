package org.civgis.gazetteer.placename.romanization;

/**
 * A name holds a character the place-name orthography has no rule for (a Latin letter, a bracket, a
 * symbol): only Han characters and digits are romanized. The officer gives the romanization.
 */
public final class NotRomanizableException extends IllegalArgumentException {
  private final String character;

  NotRomanizableException(String character, String text) {
    super(
        "only Han characters and digits are romanized: \"" + character + "\" in \"" + text + "\"");
    this.character = character;
  }

  /** The first character that cannot be romanized, e.g. {@code G} or {@code （}. */
  public String character() {
    return character;
  }
}

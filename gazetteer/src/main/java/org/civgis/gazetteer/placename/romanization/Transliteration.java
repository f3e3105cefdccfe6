package org.civgis.gazetteer.placename.romanization;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The official romanization of a name of minority-language origin, as entered by an officer (木垒
 * Mori, 吉木萨尔 Jimsar, 乌鲁木齐 Ürümqi), with where it comes from.
 *
 * <p>Holds: the text is kept exactly as entered (no case change, no respelling) and is made of
 * Latin letters (with diacritics such as ü), spaces, apostrophes and hyphens; the source is not
 * blank. It is stored beside the pinyin of the characters and never derived from them.
 */
public record Transliteration(String text, String source) {
  private static final Pattern LATIN =
      Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{M}'’ -]*", Pattern.UNICODE_CHARACTER_CLASS);

  public Transliteration {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an official transliteration has a text");
    }
    if (!text.equals(text.strip()) || !LATIN.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "an official transliteration is written in Latin letters, not \"" + text + "\"");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(
          "an official transliteration has a source: the act, gazetteer or officer it comes from");
    }
  }

  /** The form on a sign: the text in capitals (GB 17733), diacritics kept (ÜRÜMQI). */
  public String signForm() {
    return text.toUpperCase(Locale.ROOT);
  }
}

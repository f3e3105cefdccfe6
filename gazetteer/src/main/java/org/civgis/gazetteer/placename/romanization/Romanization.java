package org.civgis.gazetteer.placename.romanization;

import java.util.List;
import java.util.Optional;

/**
 * The romanization of one place name: the pinyin of its characters written by the place-name
 * orthography rules, the same in capitals for signs, and the official transliteration when an
 * officer has entered one.
 *
 * <p>Holds: {@code pinyin} is toneless, words separated by single spaces, each word capitalised;
 * {@code tonedPinyin} has the same words with tone marks; {@code signForm} is {@code pinyin} in
 * capitals; {@code dictionaryReadings} lists the entries of the polyphone dictionary that decided a
 * reading, in the order they occur; the official transliteration is carried unchanged and never
 * computed.
 */
public record Romanization(
    NameParts parts,
    String pinyin,
    String tonedPinyin,
    String signForm,
    List<PolyphoneDictionary.Entry> dictionaryReadings,
    Optional<Transliteration> official) {

  public Romanization {
    dictionaryReadings = List.copyOf(dictionaryReadings);
    official = official == null ? Optional.empty() : official;
  }

  /** The name in characters. */
  public String name() {
    return parts.name();
  }

  /**
   * The form for a sign: the official transliteration in capitals if any, else {@link #signForm}.
   */
  public String forSign() {
    return official.map(Transliteration::signForm).orElse(signForm);
  }

  /** The form for text: the official transliteration if any, else {@link #pinyin}. */
  public String preferred() {
    return official.map(Transliteration::text).orElse(pinyin);
  }

  /**
   * This romanization with {@code transliteration} as its official form; the pinyin is unchanged.
   */
  public Romanization withOfficial(Transliteration transliteration) {
    return new Romanization(
        parts,
        pinyin,
        tonedPinyin,
        signForm,
        dictionaryReadings,
        Optional.ofNullable(transliteration));
  }
}

package org.civgis.gazetteer.placename.romanization;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pinyin syllables: the library's reading of a run of Han characters, tone marks, and the writing
 * of syllables as one word (apostrophe, capital).
 */
final class Syllables {
  private static final Pattern TONELESS = Pattern.compile("[a-zü]+");

  private Syllables() {}

  /**
   * The Han characters of {@code text}, one string per code point; a {@link
   * NotRomanizableException} if any of them is not a Han character.
   */
  static List<String> hanCharacters(String text) {
    List<String> characters = new ArrayList<>();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                throw new NotRomanizableException(Character.toString(cp), text);
              }
              characters.add(Character.toString(cp));
            });
    return characters;
  }

  /**
   * The library's toned reading of a run of Han characters, one syllable per character, read as a
   * phrase (the library's phrase dictionary chooses among the readings of a polyphone).
   */
  static List<String> fromLibrary(String han) {
    List<String> characters = hanCharacters(han);
    String joined = PinyinHelper.toPinyin(han, PinyinStyleEnum.DEFAULT, " ").trim();
    List<String> syllables = List.of(joined.split(" +"));
    if (syllables.size() != characters.size()) {
      throw new IllegalStateException(
          "the pinyin library gave " + syllables.size() + " syllables for \"" + han + "\"");
    }
    for (int i = 0; i < syllables.size(); i++) {
      if (!isSyllable(syllables.get(i))) {
        throw new IllegalArgumentException(
            "no reading for \"" + characters.get(i) + "\" in \"" + han + "\"");
      }
    }
    return syllables;
  }

  /** Whether {@code syllable} is lower-case pinyin, with or without a tone mark. */
  static boolean isSyllable(String syllable) {
    return TONELESS.matcher(toneless(syllable)).matches();
  }

  /** The syllable without its tone mark; ü keeps its two dots. */
  static String toneless(String syllable) {
    String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      // macron, acute, caron, grave: the four tone marks; U+0308 (the dots of ü) stays
      if (c != '\u0304' && c != '\u0301' && c != '\u030C' && c != '\u0300') {
        kept.append(c);
      }
    }
    return Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  /**
   * The syllables written as one word: an apostrophe before every syllable after the first that
   * starts with a, o or e; the first letter capitalised.
   */
  static String word(List<String> syllables) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables.size(); i++) {
      String syllable = syllables.get(i);
      if (i > 0 && "aoe".indexOf(toneless(syllable).charAt(0)) >= 0) {
        word.append('\'');
      }
      word.append(syllable);
    }
    int first = word.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(word, Character.charCount(first), word.length())
        .toString();
  }
}

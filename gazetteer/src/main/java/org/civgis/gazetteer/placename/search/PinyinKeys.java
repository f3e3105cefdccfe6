package org.civgis.gazetteer.placename.search;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;

/**
 * The pinyin search keys of a name: every way its pinyin is typed, without tones and spaces, and
 * the initials of its syllables.
 *
 * <ol>
 *   <li>The romanization displayed for the name (given, else the place-name romanizer's), lower
 *       case, without spaces, apostrophes and tone marks: {@code Xidi Cun} → {@code xidicun}.
 *   <li>The reading of each character by the place-name polyphone dictionary before the pinyin
 *       library ({@link PlaceNameRomanizer#syllables}), joined: the same as 1 except where the
 *       romanization writes numerals in digits ({@code 1lian…} and {@code yilian…}).
 *   <li>ü in any of them also as v, u and yu ({@code lvzhoulu}, {@code luzhoulu}, {@code
 *       lyuzhoulu}); a query's ü is read as v.
 *   <li>An <em>alternate</em> key: the pinyin library's own phrase reading where it differs ({@code
 *       xidecun} for 西地村, {@code zhangninglu} for 长宁路): not the name's reading, but what someone
 *       who does not know the place may type; it ranks below the keys above.
 *   <li>The initials: the first letter of each syllable of 1, 2 and 4 (a number in digits as it
 *       is).
 * </ol>
 *
 * <p>Holds: at most {@link #MAX_PINYIN} pinyin keys and {@link #MAX_INITIALS} initials keys per
 * name, each of {@code [a-z0-9]}; written as one string each, separated by spaces, an alternate key
 * marked by a leading {@code ~} (the form stored with a name and given to {@link SearchEntry}).
 */
public final class PinyinKeys {
  /** At most this many pinyin keys per name. */
  public static final int MAX_PINYIN = 8;

  /** At most this many initials keys per name. */
  public static final int MAX_INITIALS = 4;

  /** The mark of an alternate key. */
  static final char ALTERNATE = '~';

  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();

  private PinyinKeys() {}

  /**
   * {@code [pinyin keys, initials keys]} of {@code name} whose displayed romanization is {@code
   * romanization} ({@code null}: the place-name romanizer's), each a string of keys separated by
   * spaces (see the class comment).
   */
  public static String[] of(String name, String romanization) {
    String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
    Set<String> pinyin = new LinkedHashSet<>();
    Set<String> initials = new LinkedHashSet<>();
    String shown = romanization;
    if (shown == null || shown.isBlank()) {
      shown = romanized(n);
    }
    if (shown != null) {
      String folded = fold(shown);
      addWithU(pinyin, join(folded));
      addKey(initials, PinyinSyllables.initials(folded));
    }
    List<String> read = new ArrayList<>();
    for (String syllable : ROMANIZER.syllables(n)) {
      String s = fold(syllable);
      if (!s.isBlank()) {
        read.add(s);
      }
    }
    addWithU(pinyin, String.join("", read));
    addKey(initials, firstLetters(read));
    List<String> library = libraryReading(n);
    String alternate = String.join("", library);
    if (!pinyin.contains(alternate)) {
      addKey(pinyin, ALTERNATE + alternate);
    }
    String alternateInitials = firstLetters(library);
    if (!initials.contains(alternateInitials)) {
      addKey(initials, ALTERNATE + alternateInitials);
    }
    return new String[] {
      String.join(" ", pinyin.stream().limit(MAX_PINYIN).toList()),
      String.join(" ", initials.stream().limit(MAX_INITIALS).toList())
    };
  }

  /** {@code [pinyin keys, initials keys]} of {@code name}, displayed as the romanizer writes it. */
  public static String[] of(String name) {
    return of(name, null);
  }

  /**
   * The initials of a written romanization ({@code Changninglu 4 Xiang} → {@code cnl4x}): the first
   * letter of each syllable, a number in digits as it is.
   */
  public static String initials(String romanization) {
    return PinyinSyllables.initials(fold(romanization));
  }

  /**
   * A written romanization as typed without tones and spaces ({@code Lüzhou Lu} → {@code
   * lvzhoulu}).
   */
  public static String typed(String romanization) {
    return NameSearchIndex.romanizationKey(romanization);
  }

  /**
   * Pinyin as typed, ready to look up: lower case, NFKC, tone marks removed, ü (also as u with two
   * dots) as v, without anything that is not a letter or a digit.
   */
  static String fold(String text) {
    String d =
        Normalizer.normalize(
            Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
            Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c == '\u0308' && out.length() > 0 && out.charAt(out.length() - 1) == 'u') {
        out.setCharAt(out.length() - 1, 'v');
      } else if (c == '\u0304' || c == '\u0301' || c == '\u030C' || c == '\u0300') {
        continue; // the four tone marks
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '\'') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String join(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c != ' ' && c != '\'') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The key, and with ü (v) written u and yu. */
  private static void addWithU(Set<String> keys, String key) {
    addKey(keys, key);
    if (key.indexOf('v') >= 0) {
      addKey(keys, key.replace("v", "u"));
      addKey(keys, key.replace("v", "yu"));
    }
  }

  private static void addKey(Set<String> keys, String key) {
    if (key != null && !key.isEmpty() && !key.equals(String.valueOf(ALTERNATE))) {
      keys.add(key);
    }
  }

  private static String firstLetters(List<String> syllables) {
    StringBuilder out = new StringBuilder();
    for (String s : syllables) {
      if (!s.isEmpty()) {
        out.append(Character.isDigit(s.charAt(0)) ? s : s.substring(0, 1));
      }
    }
    return out.toString();
  }

  private static String romanized(String name) {
    try {
      return ROMANIZER.romanize(name).pinyin();
    } catch (RuntimeException e) {
      return null; // not a name the romanizer writes (letters, symbols): the readings below
    }
  }

  /** The pinyin library's phrase reading, one folded element per syllable or other character. */
  private static List<String> libraryReading(String text) {
    String spaced = PinyinHelper.toPinyin(text, PinyinStyleEnum.NORMAL);
    List<String> out = new ArrayList<>();
    for (String part : spaced.split(" +")) {
      String s = fold(part);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}

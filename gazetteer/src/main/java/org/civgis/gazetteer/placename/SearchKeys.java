package org.civgis.gazetteer.placename;

import org.civgis.gazetteer.placename.search.PinyinKeys;

/**
 * What search matches a name on besides its characters: every way its pinyin is typed and the
 * initials of its syllables ({@link PinyinKeys} says which), keys separated by spaces.
 *
 * @param pinyin toneless pinyin keys without spaces, lower case, e.g. {@code xidicun ~xidecun}
 * @param initials the first letters of the syllables, e.g. {@code xdc}
 */
public record SearchKeys(String pinyin, String initials) {

  /** The keys of {@code name} displayed as {@code romanization} ({@code null}: as romanized). */
  public static SearchKeys of(String name, String romanization) {
    String[] keys = PinyinKeys.of(name, romanization);
    return new SearchKeys(keys[0], keys[1]);
  }

  /** The keys of {@code name}, displayed as the place-name romanizer writes it. */
  public static SearchKeys of(String name) {
    return of(name, null);
  }
}

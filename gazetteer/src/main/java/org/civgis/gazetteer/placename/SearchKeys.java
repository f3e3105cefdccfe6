package org.civgis.gazetteer.placename;

import org.civgis.gazetteer.placename.search.PinyinKeys;

/**
 * What search matches a name on besides its characters.
 *
 * @param pinyin toneless pinyin of the name without spaces, lower case, e.g. {@code changjishi}
 * @param initials the first letters of its syllables, e.g. {@code cjs}
 */
public record SearchKeys(String pinyin, String initials) {

  /** The keys of {@code name}, read by the pinyin library. */
  public static SearchKeys of(String name) {
    String[] keys = PinyinKeys.of(name);
    return new SearchKeys(keys[0], keys[1]);
  }
}

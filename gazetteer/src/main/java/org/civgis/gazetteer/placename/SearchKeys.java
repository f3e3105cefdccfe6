package org.civgis.gazetteer.placename;

/**
 * What search matches a name on besides its characters.
 *
 * @param pinyin toneless pinyin of the name without spaces, lower case, e.g. {@code changjishi}
 * @param initials the first letters of its syllables, e.g. {@code cjs}
 */
public record SearchKeys(String pinyin, String initials) {}

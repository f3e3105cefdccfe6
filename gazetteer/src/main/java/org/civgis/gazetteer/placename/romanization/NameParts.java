package org.civgis.gazetteer.placename.romanization;

/**
 * A place name split into its specific part (专名), an optional ethnic name (民族名称, as in 阿什里 哈萨克 民族乡)
 * and its generic part (通名).
 *
 * <p>Holds: the specific part is not blank; the ethnic name and the generic part are empty strings,
 * never null, when absent; every part is Han characters or ASCII digits, except that spaces in the
 * specific part mark word boundaries chosen by the caller (they are not part of the name).
 */
public record NameParts(String specific, String ethnicity, String generic) {
  public NameParts {
    specific = specific == null ? "" : specific.strip();
    ethnicity = ethnicity == null ? "" : ethnicity.strip();
    generic = generic == null ? "" : generic.strip();
    if (specific.isEmpty()) {
      throw new IllegalArgumentException("a place name has a specific part");
    }
    check(specific.replace(" ", ""), "specific");
    check(ethnicity, "ethnic");
    check(generic, "generic");
  }

  /** A specific part and a generic part, without an ethnic name. */
  public static NameParts of(String specific, String generic) {
    return new NameParts(specific, "", generic);
  }

  /**
   * A name that is not split into specific and generic parts, such as a natural village (自然村),
   * written as one word: 王村 Wangcun, 大石头 Dashitou.
   */
  public static NameParts withoutGeneric(String name) {
    return new NameParts(name, "", "");
  }

  /** The name as written in characters, without the word-boundary spaces. */
  public String name() {
    return specific.replace(" ", "") + ethnicity + generic;
  }

  private static void check(String part, String which) {
    part.codePoints()
        .forEach(
            cp -> {
              boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
              boolean digit = cp >= '0' && cp <= '9';
              if (!han && !digit) {
                throw new NotRomanizableException(Character.toString(cp), part);
              }
            });
  }
}

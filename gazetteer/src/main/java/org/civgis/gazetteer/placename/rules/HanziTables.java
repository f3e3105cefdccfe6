package org.civgis.gazetteer.placename.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The character tables the character rules use: the 8,105 characters of the 通用规范汉字表 (2013) and the
 * traditional/simplified character pairs of OpenCC.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>{@link #isStandard(int)} is true exactly for the 8,105 characters of the table (file {@code
 *       tongyong-guifan-hanzi-2013.txt}).
 *   <li>A <em>traditional-only</em> character is a key of OpenCC's traditional→simplified table
 *       ({@code opencc-TSCharacters.txt}) that has a simplified form other than itself and is not
 *       in the 通用规范汉字表 (so 乾, 於, 麽, which the table keeps, are not traditional-only).
 *   <li>A <em>simplified-only</em> character is in the 通用规范汉字表 and is a key of OpenCC's
 *       simplified→traditional table ({@code opencc-STCharacters.txt}) none of whose traditional
 *       forms is itself (门 is; 干, which is also its own traditional form, is not).
 *   <li>{@link #toSimplified(String)} replaces each traditional-only character by OpenCC's first
 *       simplified form and leaves every other character as it is.
 * </ol>
 */
final class HanziTables {
  private static final HanziTables INSTANCE = load();

  private final Set<Integer> standard;
  private final Map<Integer, Integer> traditionalOnly;
  private final Set<Integer> simplifiedOnly;

  private HanziTables(
      Set<Integer> standard, Map<Integer, Integer> traditionalOnly, Set<Integer> simplifiedOnly) {
    this.standard = standard;
    this.traditionalOnly = traditionalOnly;
    this.simplifiedOnly = simplifiedOnly;
  }

  static HanziTables get() {
    return INSTANCE;
  }

  /** Whether {@code codePoint} is one of the 8,105 characters of the 通用规范汉字表. */
  boolean isStandard(int codePoint) {
    return standard.contains(codePoint);
  }

  /** The number of characters of the 通用规范汉字表 read (8,105). */
  int standardCount() {
    return standard.size();
  }

  /** Whether {@code codePoint} is a traditional form that the table does not keep. */
  boolean isTraditionalOnly(int codePoint) {
    return traditionalOnly.containsKey(codePoint);
  }

  /** Whether {@code codePoint} is a simplified form that is not also its own traditional form. */
  boolean isSimplifiedOnly(int codePoint) {
    return simplifiedOnly.contains(codePoint);
  }

  /** {@code text} with each traditional-only character replaced by its simplified form. */
  String toSimplified(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(traditionalOnly.getOrDefault(cp, cp)));
    return out.toString();
  }

  private static HanziTables load() {
    Set<Integer> standard = new HashSet<>();
    for (String line : Resources.lines("tongyong-guifan-hanzi-2013.txt")) {
      if (line.codePointCount(0, line.length()) != 1) {
        throw new IllegalStateException("not one character in the standard list: " + line);
      }
      standard.add(line.codePointAt(0));
    }
    Map<Integer, Integer> traditionalOnly = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> e : pairs("opencc-TSCharacters.txt").entrySet()) {
      int traditional = e.getKey();
      List<Integer> simplified = e.getValue();
      if (!standard.contains(traditional) && simplified.stream().anyMatch(s -> s != traditional)) {
        int first = simplified.stream().filter(s -> s != traditional).findFirst().orElseThrow();
        traditionalOnly.put(traditional, first);
      }
    }
    Set<Integer> simplifiedOnly = new HashSet<>();
    for (Map.Entry<Integer, List<Integer>> e : pairs("opencc-STCharacters.txt").entrySet()) {
      int simplified = e.getKey();
      if (standard.contains(simplified) && !e.getValue().contains(simplified)) {
        simplifiedOnly.add(simplified);
      }
    }
    return new HanziTables(
        Collections.unmodifiableSet(standard),
        Collections.unmodifiableMap(traditionalOnly),
        Collections.unmodifiableSet(simplifiedOnly));
  }

  /** An OpenCC character table: a character, a tab, its forms separated by spaces. */
  private static Map<Integer, List<Integer>> pairs(String name) {
    Map<Integer, List<Integer>> pairs = new HashMap<>();
    for (String line : Resources.lines(name)) {
      String[] parts = line.split("\t");
      if (parts.length != 2 || parts[0].codePointCount(0, parts[0].length()) != 1) {
        throw new IllegalStateException("malformed line in " + name + ": " + line);
      }
      List<Integer> forms =
          List.of(parts[1].split(" ")).stream().map(f -> f.codePointAt(0)).toList();
      pairs.put(parts[0].codePointAt(0), forms);
    }
    return pairs;
  }
}

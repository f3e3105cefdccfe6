package org.civgis.gazetteer.placename.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 洋: a foreign place name, a foreign person's name or a foreign word written in Chinese characters,
 * from the curated list {@code foreign-names.tsv}.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>The name is scanned from left to right; at each position the longest listed term that
 *       starts there matches, and scanning goes on after it. One warning per match: {@link
 *       ReasonCode#FOREIGN_PLACE_NAME}, {@link ReasonCode#FOREIGN_PERSON_NAME} or {@link
 *       ReasonCode#FOREIGN_WORD} by the term's kind.
 *   <li>It applies to every category.
 *   <li>Chinese place names (北京, 延安) and names of minority-language origin (乌鲁木齐, 吉木萨尔, 呼图壁, 玛纳斯)
 *       are not on the list and are never foreign.
 * </ol>
 */
public final class ForeignNameRule implements NameRule {
  private static final Map<String, ReasonCode> TERMS = load();
  private static final int LONGEST =
      TERMS.keySet().stream().mapToInt(String::length).max().orElse(0);

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(
        ReasonCode.FOREIGN_PLACE_NAME, ReasonCode.FOREIGN_PERSON_NAME, ReasonCode.FOREIGN_WORD);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    String name = candidate.name();
    List<NameWarning> warnings = new ArrayList<>();
    int i = 0;
    while (i < name.length()) {
      String match = null;
      for (int len = Math.min(LONGEST, name.length() - i); len >= 2; len--) {
        String part = name.substring(i, i + len);
        if (TERMS.containsKey(part)) {
          match = part;
          break;
        }
      }
      if (match == null) {
        i++;
      } else {
        warnings.add(NameWarning.of(TERMS.get(match), match, "“" + match + "”"));
        i += match.length();
      }
    }
    return warnings;
  }

  private static Map<String, ReasonCode> load() {
    Map<String, ReasonCode> terms = new LinkedHashMap<>();
    for (String line : Resources.lines("foreign-names.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length < 2) {
        throw new IllegalStateException("malformed line in foreign-names.tsv: " + line);
      }
      ReasonCode code =
          switch (parts[1]) {
            case "PLACE" -> ReasonCode.FOREIGN_PLACE_NAME;
            case "PERSON" -> ReasonCode.FOREIGN_PERSON_NAME;
            case "WORD" -> ReasonCode.FOREIGN_WORD;
            default ->
                throw new IllegalStateException("unknown kind in foreign-names.tsv: " + line);
          };
      if (parts[0].length() < 2 || terms.put(parts[0], code) != null) {
        throw new IllegalStateException("short or repeated term in foreign-names.tsv: " + line);
      }
    }
    return terms;
  }
}

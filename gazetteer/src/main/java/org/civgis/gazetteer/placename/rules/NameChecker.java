package org.civgis.gazetteer.placename.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks a place name against all rules: on entry (the warnings are shown with the rule and an
 * explanation) and, through {@link CleanupWorklist}, over the whole library.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>{@link #check} runs every rule and returns all their warnings, the most severe first (rule
 *       order within a severity); an empty list means the name passed every rule.
 *   <li>It changes nothing and keeps no state between calls; it is safe to share between threads
 *       when the index is.
 *   <li>The standard rules are, in order: 大 {@link GrandioseWordRule}, {@link
 *       OversizedGenericRule}; 洋 {@link ForeignNameRule}, {@link LatinLetterRule}; 怪 {@link
 *       NumberRule}, {@link SymbolRule}, {@link OddWordRule}; characters {@link
 *       StandardCharacterRule}; generic {@link GenericCategoryRule}; 重 {@link DuplicateNameRule}.
 * </ol>
 */
public final class NameChecker {
  private final List<NameRule> rules;
  private final NameKeys keys;

  /** A checker with {@code rules}, whose duplicate rule (if any) uses {@code keys}. */
  public NameChecker(List<NameRule> rules, NameKeys keys) {
    this.rules = List.copyOf(rules);
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The standard rules with the default pinyin ({@code com.github.houbb:pinyin}). */
  public static NameChecker standard() {
    return standard(NameKeys.standard());
  }

  /** The standard rules with {@code keys} (e.g. another module's pinyin function). */
  public static NameChecker standard(NameKeys keys) {
    return new NameChecker(
        List.of(
            new GrandioseWordRule(),
            new OversizedGenericRule(),
            new ForeignNameRule(),
            new LatinLetterRule(),
            new NumberRule(),
            new SymbolRule(),
            new OddWordRule(),
            new StandardCharacterRule(),
            new GenericCategoryRule(),
            new DuplicateNameRule(keys)),
        keys);
  }

  /** The warnings about {@code candidate}; {@code index} holds the other names. */
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(index, "index");
    List<NameWarning> warnings = new ArrayList<>();
    for (NameRule rule : rules) {
      warnings.addAll(rule.check(candidate, index));
    }
    warnings.sort(Comparator.comparing(NameWarning::severity));
    return List.copyOf(warnings);
  }

  /** The rules, in the order they run. */
  public List<NameRule> rules() {
    return rules;
  }

  /** The keys the duplicate rule uses; a {@link NameIndex} must be built with the same. */
  public NameKeys keys() {
    return keys;
  }
}

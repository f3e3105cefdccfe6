package org.civgis.gazetteer.placename.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * 大: a word that claims more than a local feature is (中国, 国际, 世界, 皇家, 皇宫 …), from {@code
 * grandiose-words.txt}.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>It looks at small, locally named features only: 居民点 and 居民小区, 建筑物 and 广场, 城镇街巷, 桥梁, 公园
 *       ({@link Severity#WARNING}); 群众自治组织, 社区, 村, 自然村 ({@link Severity#INFO}: such names are often
 *       historic, e.g. 奇台县 皇宫村; review and waive).
 *   <li>It leaves alone features whose names may rightly be big or are historic: 海域, 陆地水系, 陆地地形,
 *       行政区域, 非行政区域, the major class 交通运输设施 (an airport may be 国际), 水利电力通信设施, 纪念地旅游景点, 单位.
 *   <li>One warning per word found anywhere in the name.
 * </ol>
 */
public final class GrandioseWordRule implements NameRule {
  private static final List<String> WORDS = Resources.lines("grandiose-words.txt");

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(ReasonCode.BIG_GRANDIOSE_WORD);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    Severity severity = severityFor(candidate.category());
    if (severity == null) {
      return List.of();
    }
    List<NameWarning> warnings = new ArrayList<>();
    for (String word : WORDS) {
      if (candidate.name().contains(word)) {
        warnings.add(
            NameWarning.of(
                ReasonCode.BIG_GRANDIOSE_WORD,
                severity,
                word,
                "“" + word + "”用于" + candidate.category().chineseName()));
      }
    }
    return warnings;
  }

  /** The severity for {@code category}, or {@code null} when the rule does not apply. */
  static Severity severityFor(PlaceCategory category) {
    if (category.isA(PlaceCategory.SETTLEMENT) && category != PlaceCategory.NATURAL_VILLAGE
        || category.isA(PlaceCategory.BUILDING)
        || category == PlaceCategory.STREET
        || category == PlaceCategory.BRIDGE
        || category == PlaceCategory.PARK) {
      return Severity.WARNING;
    }
    if (category.isA(PlaceCategory.SELF_GOVERNING_ORGANIZATION)
        || category == PlaceCategory.NATURAL_VILLAGE) {
      return Severity.INFO;
    }
    return null;
  }
}

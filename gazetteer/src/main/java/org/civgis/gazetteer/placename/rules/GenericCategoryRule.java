package org.civgis.gazetteer.placename.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The generic part (通名) must fit the category: a 城镇街巷 ends in 路, 街, 巷, 道, 大道, 大街, 胡同, 弄, 里, 条; a 桥梁
 * in 桥 or 立交; a 村 in 村; a 社区 in 社区; a 居民小区 in 小区, 苑, 园, 花园, 家园, 公寓, 新村 …
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>It applies to the categories that require a generic ({@link Generics}); others are left
 *       alone.
 *   <li>The generic is the given generic part, else the longest known generic the name ends with.
 *   <li>No generic: {@link ReasonCode#GENERIC_MISSING}. A generic the table does not give the
 *       category (中山路小区 as a street; 宁边路街道 as a street; a given generic part the table does not
 *       know): {@link ReasonCode#GENERIC_CONTRADICTS_CATEGORY}, naming what the generic is for.
 * </ol>
 */
public final class GenericCategoryRule implements NameRule {

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(ReasonCode.GENERIC_CONTRADICTS_CATEGORY, ReasonCode.GENERIC_MISSING);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    PlaceCategory category = candidate.category();
    if (!Generics.requiresGeneric(category)) {
      return List.of();
    }
    String expected = String.join("、", Generics.fitting(category));
    Optional<String> generic = Generics.genericOf(candidate);
    if (generic.isEmpty()) {
      return List.of(
          NameWarning.of(
              ReasonCode.GENERIC_MISSING,
              null,
              category.chineseName() + "名称应以“" + expected + "”等通名结尾"));
    }
    String g = generic.get();
    Set<PlaceCategory> users = Generics.users(g);
    if (users.contains(category)) {
      return List.of();
    }
    String belongs =
        users.isEmpty()
            ? "不在" + category.chineseName() + "的通名表中"
            : "是"
                + users.stream().map(PlaceCategory::chineseName).collect(Collectors.joining("、"))
                + "的通名";
    return List.of(
        NameWarning.of(
            ReasonCode.GENERIC_CONTRADICTS_CATEGORY,
            g,
            "通名“" + g + "”" + belongs + "，" + category.chineseName() + "应以“" + expected + "”等结尾"));
  }
}

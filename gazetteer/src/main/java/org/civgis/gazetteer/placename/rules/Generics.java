package org.civgis.gazetteer.placename.rules;

import static org.civgis.gazetteer.placename.rules.PlaceCategory.BRIDGE;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.BUILDING;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.COMMUNITY;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.COUNTY_LEVEL_DIVISION;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.NATURAL_VILLAGE;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.NON_ADMINISTRATIVE_AREA;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.PARK;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.PREFECTURE_LEVEL_DIVISION;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.RESIDENTIAL_COMPOUND;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.SELF_GOVERNING_ORGANIZATION;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.SETTLEMENT;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.SQUARE;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.STREET;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.TOWNSHIP_LEVEL_DIVISION;
import static org.civgis.gazetteer.placename.rules.PlaceCategory.VILLAGE;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generic parts (通名) the rules know, and which categories use each.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>The generic of a name is its given generic part, else the longest known generic the name
 *       ends with (宁边路街道 → 街道, not 道; 江布拉克新村 → 新村).
 *   <li>A category <em>requires</em> a generic when some known generic lists it: 地级/县级/乡级行政区, 社区,
 *       村, 居民小区, 城镇街巷, 桥梁, 公园, 广场. Other categories (自然村, the major classes) have too varied
 *       generics to check.
 *   <li>A generic fits a category when the table lists the category for it.
 * </ol>
 */
final class Generics {
  private static final Map<String, Set<PlaceCategory>> USERS = new LinkedHashMap<>();

  static {
    for (String g : List.of("路", "街", "巷", "道", "大道", "大街", "胡同", "弄", "条")) {
      use(g, STREET);
    }
    use("里", STREET, RESIDENTIAL_COMPOUND);
    for (String g : List.of("桥", "立交")) {
      use(g, BRIDGE);
    }
    use("村", VILLAGE, NATURAL_VILLAGE);
    use("新村", VILLAGE, NATURAL_VILLAGE, RESIDENTIAL_COMPOUND);
    for (String g : List.of("小区", "苑", "花园", "家园", "公寓", "庭", "居", "府", "坊", "公馆", "山庄", "嘉园")) {
      use(g, RESIDENTIAL_COMPOUND);
    }
    use("园", RESIDENTIAL_COMPOUND, PARK);
    use("公园", PARK);
    use("城", RESIDENTIAL_COMPOUND, BUILDING);
    use("社区", COMMUNITY);
    use("街道", TOWNSHIP_LEVEL_DIVISION);
    use("镇", TOWNSHIP_LEVEL_DIVISION);
    use("乡", TOWNSHIP_LEVEL_DIVISION);
    use("苏木", TOWNSHIP_LEVEL_DIVISION);
    use("县", COUNTY_LEVEL_DIVISION);
    use("旗", COUNTY_LEVEL_DIVISION);
    use("区", COUNTY_LEVEL_DIVISION);
    use("市", COUNTY_LEVEL_DIVISION, PREFECTURE_LEVEL_DIVISION);
    use("州", PREFECTURE_LEVEL_DIVISION);
    use("地区", PREFECTURE_LEVEL_DIVISION);
    use("盟", PREFECTURE_LEVEL_DIVISION);
    for (String g : List.of("开发区", "园区", "工业区", "管理区")) {
      use(g, NON_ADMINISTRATIVE_AREA);
    }
    use("生活区", SELF_GOVERNING_ORGANIZATION, SETTLEMENT);
    use("广场", SQUARE, BUILDING);
    for (String g : List.of("大厦", "大楼", "楼", "中心")) {
      use(g, BUILDING);
    }
  }

  private Generics() {}

  private static void use(String generic, PlaceCategory first, PlaceCategory... more) {
    USERS.put(generic, EnumSet.of(first, more));
  }

  /** The generic of {@code candidate}: its generic part, else the longest known suffix. */
  static Optional<String> genericOf(NameCandidate candidate) {
    if (candidate.genericPart() != null) {
      return Optional.of(candidate.genericPart());
    }
    return knownSuffix(candidate.name());
  }

  /** The longest known generic that {@code name} ends with (and is not all of). */
  static Optional<String> knownSuffix(String name) {
    String best = null;
    for (String g : USERS.keySet()) {
      if (name.length() > g.length()
          && name.endsWith(g)
          && (best == null || g.length() > best.length())) {
        best = g;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The specific part of {@code candidate}: given, else the name without its generic. */
  static String specificOf(NameCandidate candidate) {
    if (candidate.specificPart() != null) {
      return candidate.specificPart();
    }
    String name = candidate.name();
    return genericOf(candidate)
        .map(g -> name.substring(0, name.length() - g.length()))
        .orElse(name);
  }

  /** The categories that use {@code generic}; empty for an unknown generic. */
  static Set<PlaceCategory> users(String generic) {
    Set<PlaceCategory> users = USERS.get(generic);
    return users == null ? EnumSet.noneOf(PlaceCategory.class) : EnumSet.copyOf(users);
  }

  /** Whether {@code category} requires a generic (see the class comment). */
  static boolean requiresGeneric(PlaceCategory category) {
    return USERS.values().stream().anyMatch(users -> users.contains(category))
        && !category.isMajor()
        && category != NATURAL_VILLAGE;
  }

  /** The known generics that fit {@code category}, in table order. */
  static List<String> fitting(PlaceCategory category) {
    return USERS.entrySet().stream()
        .filter(e -> e.getValue().contains(category))
        .map(Map.Entry::getKey)
        .toList();
  }
}

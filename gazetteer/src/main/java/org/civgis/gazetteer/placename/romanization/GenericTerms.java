package org.civgis.gazetteer.placename.romanization;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The curated word lists that splitting and word division rely on. */
final class GenericTerms {
  private GenericTerms() {}

  /**
   * Generic parts (通名) recognised at the end of a name, longest first. Administrative units,
   * village-level units, streets, natural features, zones and farms.
   */
  static final List<String> GENERICS =
      longestFirst(
          // administrative units
          "自治区",
          "自治州",
          "自治县",
          "自治旗",
          "民族乡",
          "街道",
          "镇",
          "乡",
          "市",
          "县",
          "州",
          "区",
          "旗",
          "盟",
          // village-level units and quarters
          "村",
          "中心村",
          "社区",
          "居委会",
          "居民委员会",
          "生活区",
          "小区",
          // streets
          "路",
          "街",
          "大街",
          "小街",
          "大道",
          "巷",
          "胡同",
          "马路",
          "环路",
          "道街",
          "道巷",
          "条",
          "弄",
          "道",
          "桥",
          "广场",
          // natural features
          "山",
          "河",
          "湖",
          "沟",
          "渠",
          "湾",
          "泉",
          "岭",
          "梁",
          "滩",
          "江",
          "海",
          "岛",
          "峡",
          "峰",
          "谷",
          // zones, committees, farms
          "园区",
          "开发区",
          "工业区",
          "管理区",
          "管委会",
          "管理委员会",
          "农场",
          "牧场",
          "林场",
          "总场",
          "团",
          "种牛场",
          "种羊场",
          "良种场",
          "良种繁育场",
          "牧业村");

  /**
   * Suffixes naming the committee of a village-level unit rather than the place, and what replaces
   * them: the standard name of the place is the village or community (西街社区居民委员会 → 西街社区). Includes
   * the truncated forms of the statistical division list (村民委会, 村民委员).
   */
  static final Map<String, String> COMMITTEE_SUFFIXES =
      Map.ofEntries(
          Map.entry("社区居民委员会", "社区"),
          Map.entry("社区居委会", "社区"),
          Map.entry("社区委员会", "社区"),
          Map.entry("村村民委员会", "村"),
          Map.entry("村村民委员", "村"),
          Map.entry("村村民委会", "村"),
          Map.entry("村村委会", "村"),
          Map.entry("村民委员会", "村"),
          Map.entry("村民委员", "村"),
          Map.entry("村民委会", "村"),
          Map.entry("村委会", "村"));

  static final List<String> COMMITTEE_SUFFIXES_LONGEST_FIRST =
      longestFirst(COMMITTEE_SUFFIXES.keySet().toArray(String[]::new));

  /** Generic parts that an ethnic name may precede (阿什里 哈萨克 民族乡, 昌吉 回族 自治州). */
  static final Set<String> ETHNIC_GENERICS = Set.of("乡", "民族乡", "自治县", "自治州", "自治区", "自治旗");

  /** Ethnic names as they occur in the names of autonomous areas and ethnic townships. */
  static final List<String> ETHNONYMS =
      longestFirst(
          "回族", "哈萨克族", "哈萨克", "乌孜别克族", "乌孜别克", "塔塔尔族", "塔塔尔", "维吾尔族", "维吾尔", "蒙古族", "蒙古", "柯尔克孜族",
          "柯尔克孜", "锡伯族", "锡伯", "塔吉克族", "塔吉克", "达斡尔族", "达斡尔", "俄罗斯族", "满族", "藏族");

  /** Single-syllable modifiers joined with a street generic: 北京/南路. */
  static final Set<String> STREET_MODIFIERS = Set.of("东", "西", "南", "北", "中");

  /** Street generics that take a single-syllable modifier. */
  static final Set<String> MODIFIABLE_STREETS = Set.of("路", "街", "巷", "大街");

  /** Single-syllable modifiers joined with 村: 和谐/一村, 北庭/新村, 头工/南村. */
  static final Set<String> VILLAGE_MODIFIERS =
      Set.of(
          "东", "西", "南", "北", "中", "新", "上", "下", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

  /**
   * Terms that make a preceding number an ordinal or a code in a series: streets (rule 7 of the
   * 1984 rules) and the numbered units of the Production and Construction Corps (连, 队, 团, 师 and
   * their living quarters, 生活区).
   */
  static final List<String> SERIES_TERMS =
      longestFirst(
          "路", "街", "巷", "条", "弄", "马路", "环路", "道街", "道巷", "连队", "连", "队", "团", "师", "生活区");

  /**
   * Generic terms written as their own word when they end a specific part: multi-syllable generics
   * (包头/胡同/东巷, rule 4 of the 1984 rules), farms of the Corps (芳草湖/农场).
   */
  static final List<String> SEPARATE_INNER_GENERICS =
      longestFirst("农场", "牧场", "林场", "大街", "大道", "马路", "胡同");

  /** Single-syllable generics of an administrative unit after which a new name may start. */
  static final Set<String> INNER_ADMIN_GENERICS = Set.of("镇", "乡");

  /** Organisation prefixes of statistical names written as their own word (兵团: the Corps). */
  static final List<String> PREFIXES = List.of("兵团");

  static boolean isSeries(String generic) {
    return SERIES_TERMS.contains(generic);
  }

  /** The longest of {@code terms} that {@code text} ends with, leaving at least one character. */
  static Optional<String> longestSuffix(String text, List<String> terms) {
    return terms.stream().filter(t -> text.length() > t.length() && text.endsWith(t)).findFirst();
  }

  /** The longest of {@code terms} that {@code text} starts with at {@code index}. */
  static Optional<String> longestAt(String text, int index, List<String> terms) {
    return terms.stream().filter(t -> text.startsWith(t, index)).findFirst();
  }

  private static List<String> longestFirst(String... terms) {
    return Stream.of(terms)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }
}

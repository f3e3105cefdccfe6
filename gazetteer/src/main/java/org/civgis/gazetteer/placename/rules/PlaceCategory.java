package org.civgis.gazetteer.placename.rules;

import java.util.Arrays;
import java.util.Objects;

/**
 * Place-name categories: the 12 major classes of the second national place-name census (第二次全国地名普查,
 * after GB/T 18521-2001) and the subclasses the rules need.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>The 12 major classes and their order are those of the census's work rules (《第二次全国地名普查工作规程》,
 *       2014): 海域, 陆地水系, 陆地地形, 行政区域, 群众自治组织, 非行政区域, 居民点, 交通运输设施, 水利电力通信设施, 纪念地旅游景点, 建筑物, 单位.
 *   <li>The codes are ours, not the census's: a major class is its two-digit position in that list
 *       ("01" … "12"); a subclass is its major class's code followed by two digits of ours. No copy
 *       of the census's category-code table was found in an open source; see the gazetteer README.
 *   <li>Every subclass has exactly one major class; a major class is its own major class.
 * </ol>
 */
public enum PlaceCategory {
  SEA_AREA("01", "海域", null),
  LAND_WATER_SYSTEM("02", "陆地水系", null),
  LAND_TERRAIN("03", "陆地地形", null),
  ADMINISTRATIVE_AREA("04", "行政区域", null),
  SELF_GOVERNING_ORGANIZATION("05", "群众自治组织", null),
  NON_ADMINISTRATIVE_AREA("06", "非行政区域", null),
  SETTLEMENT("07", "居民点", null),
  TRANSPORT_FACILITY("08", "交通运输设施", null),
  WATER_POWER_COMMUNICATION_FACILITY("09", "水利电力通信设施", null),
  MEMORIAL_AND_SCENIC_SITE("10", "纪念地旅游景点", null),
  BUILDING("11", "建筑物", null),
  ORGANIZATION("12", "单位", null),

  /** 地级行政区: 州, 市, 地区, 盟. */
  PREFECTURE_LEVEL_DIVISION("0401", "地级行政区", ADMINISTRATIVE_AREA),
  /** 县级行政区: 市, 县, 区, 旗. */
  COUNTY_LEVEL_DIVISION("0402", "县级行政区", ADMINISTRATIVE_AREA),
  /** 乡级行政区: 街道, 镇, 乡. */
  TOWNSHIP_LEVEL_DIVISION("0403", "乡级行政区", ADMINISTRATIVE_AREA),
  /** 社区 (居民委员会). */
  COMMUNITY("0501", "社区", SELF_GOVERNING_ORGANIZATION),
  /** 村 (村民委员会, 行政村). */
  VILLAGE("0502", "村", SELF_GOVERNING_ORGANIZATION),
  /** 居民小区 (住宅区). */
  RESIDENTIAL_COMPOUND("0701", "居民小区", SETTLEMENT),
  /** 自然村. */
  NATURAL_VILLAGE("0702", "自然村", SETTLEMENT),
  /** 城镇街巷: streets, roads and lanes of a town. */
  STREET("0801", "城镇街巷", TRANSPORT_FACILITY),
  /** 桥梁. */
  BRIDGE("0802", "桥梁", TRANSPORT_FACILITY),
  /** 公园. */
  PARK("1001", "公园", MEMORIAL_AND_SCENIC_SITE),
  /** 广场. */
  SQUARE("1101", "广场", BUILDING);

  private final String code;
  private final String chineseName;
  private final PlaceCategory parent;

  PlaceCategory(String code, String chineseName, PlaceCategory parent) {
    this.code = code;
    this.chineseName = chineseName;
    this.parent = parent;
  }

  /** Our code: two digits for a major class, four for a subclass. */
  public String code() {
    return code;
  }

  /** The Chinese name of the category, e.g. 城镇街巷. */
  public String chineseName() {
    return chineseName;
  }

  /** The major class: itself for a major class. */
  public PlaceCategory major() {
    return parent == null ? this : parent;
  }

  /** Whether this is one of the 12 major classes. */
  public boolean isMajor() {
    return parent == null;
  }

  /** Whether this category is {@code other} or one of its subclasses. */
  public boolean isA(PlaceCategory other) {
    return this == other || (other.isMajor() && major() == other);
  }

  /** The category with {@code code}. */
  public static PlaceCategory fromCode(String code) {
    Objects.requireNonNull(code, "code");
    return Arrays.stream(values())
        .filter(c -> c.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no place category with code " + code));
  }
}

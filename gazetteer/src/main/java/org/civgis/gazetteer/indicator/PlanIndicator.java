package org.civgis.gazetteer.indicator;

/**
 * The targets of the prefecture's 2021–2025 plan (TARGETS.md) that the registry and the demand can
 * answer, each with how it is measured and its target.
 */
public enum PlanIndicator {
  STREET_CENTRE_COVERAGE(
      "街道综合养老服务机构覆盖率", "有综合养老服务机构的街道 / 街道", Unit.PERCENT, 100, "2022 年达 100%", false, true),
  TOWNSHIP_CENTRE_COVERAGE(
      "乡镇（街道）综合养老服务机构覆盖率", "有综合养老服务机构的乡镇、街道 / 乡镇、街道", Unit.PERCENT, 60, "2025 年达 60%", false, true),
  COMMUNITY_DAY_CARE_PRESENCE(
      "社区日间照料中心覆盖率（设施所在）",
      "设有社区日间照料中心的城市社区 / 城市社区",
      Unit.PERCENT,
      100,
      "2022 年 90%，2025 年 100%",
      false,
      true),
  COVERED_COMMUNITIES(
      "服务圈覆盖社区比例",
      "所选设施步行时限内可达的社区 / 社区",
      Unit.PERCENT,
      100,
      "日间照料 2025 年 100%（2022 年 90%）",
      true,
      true),
  COVERED_ELDERLY(
      "十五分钟服务圈覆盖老年人比例",
      "所选设施步行时限内可达的 60 岁以上人口 / 60 岁以上人口",
      Unit.PERCENT,
      100,
      "城市老年人全部在十五分钟服务圈内",
      true,
      true),
  BEDS_PER_1000_ELDERLY(
      "每千名老年人养老床位数", "养老服务设施床位 × 1000 / 60 岁以上人口", Unit.PER_THOUSAND, 37, "37 张", false, true),
  NURSING_BED_SHARE(
      "养老机构护理型床位占比", "养老机构、敬老院护理型床位 / 其床位", Unit.PERCENT, 60, "2025 年不低于 60%", false, true),
  SUPPORT_INSTITUTIONS("县级特困人员供养服务设施（敬老院）", "运营中的敬老院数", Unit.COUNT, 1, "每县至少 1 所", false, false),
  SOCIAL_WORK_STATION_COVERAGE(
      "乡镇（街道）社工站覆盖率", "有社工站的乡镇、街道 / 乡镇、街道", Unit.PERCENT, 100, "基本全覆盖", false, true),
  CHILD_PROTECTION_STATION_COVERAGE(
      "乡镇（街道）未成年人保护工作站覆盖率", "有未成年人保护工作站的乡镇、街道 / 乡镇、街道", Unit.PERCENT, 50, "不低于 50%", false, true),
  PUBLIC_CEMETERIES("县级公益性安葬设施", "运营中的公益性公墓数", Unit.COUNT, 1, "每县至少 1 处", false, false);

  /** How a value is expressed. */
  public enum Unit {
    PERCENT,
    PER_THOUSAND,
    COUNT
  }

  private final String chineseName;
  private final String definition;
  private final Unit unit;
  private final double target;
  private final String targetText;
  private final boolean needsCoverage;
  private final boolean perTownship;

  PlanIndicator(
      String chineseName,
      String definition,
      Unit unit,
      double target,
      String targetText,
      boolean needsCoverage,
      boolean perTownship) {
    this.chineseName = chineseName;
    this.definition = definition;
    this.unit = unit;
    this.target = target;
    this.targetText = targetText;
    this.needsCoverage = needsCoverage;
    this.perTownship = perTownship;
  }

  public String chineseName() {
    return chineseName;
  }

  /** How it is computed, in Chinese. */
  public String definition() {
    return definition;
  }

  public Unit unit() {
    return unit;
  }

  /** The target value, in {@link #unit()}; a value at or above it meets the target. */
  public double target() {
    return target;
  }

  /** The plan's words for the target. */
  public String targetText() {
    return targetText;
  }

  /** Whether it needs a coverage run (walking times on the road network). */
  public boolean needsCoverage() {
    return needsCoverage;
  }

  /** Whether it is given per township and street, not only per county. */
  public boolean perTownship() {
    return perTownship;
  }
}

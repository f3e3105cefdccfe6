package org.civgis.gazetteer.facility;

/** The types of social-service facility (民政服务设施) of the glossary, with their Chinese names. */
public enum FacilityType {
  ELDER_CARE_INSTITUTION("养老机构", true),
  COMPREHENSIVE_ELDER_CARE_CENTRE("街道/乡镇综合养老服务机构", true),
  COMMUNITY_DAY_CARE("社区日间照料中心", true),
  RURAL_MUTUAL_AID_HOME("农村互助幸福院", true),
  SUPPORT_INSTITUTION("特困人员供养服务设施（敬老院）", true),
  COMMUNITY_SERVICE_CENTRE("社区综合服务设施", false),
  SOCIAL_WORK_STATION("社工站", false),
  CHILD_PROTECTION_STATION("未成年人保护工作站", false),
  CHILD_WELFARE_INSTITUTION("儿童福利机构", false),
  RELIEF_STATION("救助管理站", false),
  FUNERAL_HOME("殡仪馆", false),
  PUBLIC_CEMETERY("公益性公墓", false),
  MARRIAGE_REGISTRY("婚姻登记处", false);

  private final String chineseName;
  private final boolean elderCare;

  FacilityType(String chineseName, boolean elderCare) {
    this.chineseName = chineseName;
    this.elderCare = elderCare;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Whether it serves the elderly (养老服务设施): its beds count towards beds per 1,000 elderly. */
  public boolean elderCare() {
    return elderCare;
  }

  /** The type named {@code text}: its code name or its Chinese name; empty if none. */
  public static java.util.Optional<FacilityType> parse(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    String t = text.strip();
    for (FacilityType type : values()) {
      if (type.name().equalsIgnoreCase(t)
          || type.chineseName.equals(t)
          || (type == SUPPORT_INSTITUTION && (t.equals("敬老院") || t.equals("特困人员供养服务设施")))
          || (type == COMPREHENSIVE_ELDER_CARE_CENTRE && t.equals("综合养老服务机构"))) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }
}

package org.civgis.gazetteer.facility;

import java.util.Optional;

/** Where a facility stands; only OPERATING facilities serve demand in coverage and indicators. */
public enum FacilityStatus {
  PLANNED("规划"),
  UNDER_CONSTRUCTION("在建"),
  OPERATING("运营"),
  SUSPENDED("暂停"),
  CLOSED("停办");

  private final String chineseName;

  FacilityStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The status named {@code text}: its code name or Chinese name (运营/在运营/正常); empty if none. */
  public static Optional<FacilityStatus> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    for (FacilityStatus s : values()) {
      if (s.name().equalsIgnoreCase(t) || s.chineseName.equals(t)) {
        return Optional.of(s);
      }
    }
    return switch (t) {
      case "在运营", "正常", "营业" -> Optional.of(OPERATING);
      case "已停办", "关闭" -> Optional.of(CLOSED);
      default -> Optional.empty();
    };
  }
}

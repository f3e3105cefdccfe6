package org.civgis.gazetteer.facility;

import java.util.Optional;

/** Who runs a facility: the government (公办), a private operator (民办), or 公建民营. */
public enum FacilityOperator {
  PUBLIC("公办"),
  PRIVATE("民办"),
  PUBLIC_BUILT_PRIVATELY_RUN("公建民营");

  private final String chineseName;

  FacilityOperator(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /**
   * The operator named {@code text}: its code name or Chinese name (公办/公立, 民办/私营); empty if none.
   */
  public static Optional<FacilityOperator> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    for (FacilityOperator o : values()) {
      if (o.name().equalsIgnoreCase(t) || o.chineseName.equals(t)) {
        return Optional.of(o);
      }
    }
    return switch (t) {
      case "公立", "政府" -> Optional.of(PUBLIC);
      case "私营", "社会力量", "民营" -> Optional.of(PRIVATE);
      default -> Optional.empty();
    };
  }
}

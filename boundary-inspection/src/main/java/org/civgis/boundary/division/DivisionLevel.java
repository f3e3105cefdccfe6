package org.civgis.boundary.division;

/** The level of a division in the hierarchy (区划层级), numbered as the statistics number them. */
public enum DivisionLevel {
  PROVINCE(1, "省级", 2),
  PREFECTURE(2, "地级", 4),
  COUNTY(3, "县级", 6),
  TOWNSHIP(4, "乡级", 9),
  VILLAGE(5, "村级", 12);

  private final int number;
  private final String chineseName;
  private final int significantDigits;

  DivisionLevel(int number, String chineseName, int significantDigits) {
    this.number = number;
    this.chineseName = chineseName;
    this.significantDigits = significantDigits;
  }

  /**
   * How many leading digits of a 12-digit code identify a division of this level; the rest are
   * zeros, and the codes of all divisions under it start with these digits.
   */
  public int significantDigits() {
    return significantDigits;
  }

  /** 1 (province) to 5 (village). */
  public int number() {
    return number;
  }

  /** The Chinese name of the level, e.g. 县级. */
  public String chineseName() {
    return chineseName;
  }

  /** The level numbered {@code number}; an {@link IllegalArgumentException} for others. */
  public static DivisionLevel ofNumber(int number) {
    for (DivisionLevel level : values()) {
      if (level.number == number) {
        return level;
      }
    }
    throw new IllegalArgumentException("division level must be 1 to 5, not " + number);
  }
}

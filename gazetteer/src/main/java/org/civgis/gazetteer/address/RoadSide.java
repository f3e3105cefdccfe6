package org.civgis.gazetteer.address;

/**
 * The side of a road a house stands on, looking along the road from its start (the first point of
 * its line) to its end. Odd numbers are on the left, even numbers on the right (左单右双).
 */
public enum RoadSide {
  LEFT("左侧（单号）"),
  RIGHT("右侧（双号）");

  private final String chineseName;

  RoadSide(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The first number of this side: 1 on the left, 2 on the right. */
  public int firstNumber() {
    return this == LEFT ? 1 : 2;
  }

  /** Whether {@code value} has this side's parity. */
  public boolean holds(int value) {
    return (value % 2 == 1) == (this == LEFT);
  }

  /** The side of a number's parity. */
  public static RoadSide of(HouseNumber number) {
    return number.isOdd() ? LEFT : RIGHT;
  }
}

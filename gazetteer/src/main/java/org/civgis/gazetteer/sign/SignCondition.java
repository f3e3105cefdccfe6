package org.civgis.gazetteer.sign;

/** The physical condition of a sign, as last recorded (on installation or by a patrol). */
public enum SignCondition {
  GOOD("完好"),
  WORN("老化褪色"),
  DAMAGED("损坏"),
  MISSING("缺失");

  private final String chineseName;

  SignCondition(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Whether a sign in this condition needs repair or replacement. */
  public boolean needsRepair() {
    return this == DAMAGED || this == MISSING;
  }
}

package org.civgis.boundary.marker;

/** The observed state of a marker. */
public enum MarkerCondition {
  INTACT("完好"),
  DAMAGED("损坏"),
  DISPLACED("移位"),
  MISSING("丢失");

  private final String chineseName;

  MarkerCondition(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}

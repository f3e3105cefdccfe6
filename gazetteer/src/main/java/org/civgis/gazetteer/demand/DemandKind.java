package org.civgis.gazetteer.demand;

/** What a demand point stands for: a whole community (社区) or one residential compound (小区). */
public enum DemandKind {
  COMMUNITY("社区"),
  RESIDENTIAL_COMPOUND("小区");

  private final String chineseName;

  DemandKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}

package org.civgis.gazetteer.placename.heritage;

/** Why a name is on the heritage list (地名文化保护名录): the criteria it meets. */
public enum HeritageCriterion {
  /** Long in use: the name has been used for a long time (e.g. since the Qing dynasty). */
  AGE_OF_USE("使用历史悠久"),
  /** The name bears witness to historical events. */
  HISTORICAL_EVENT("见证重要历史事件"),
  /** The name carries the culture of a people or a region. */
  ETHNIC_CULTURAL("具有民族或地域文化意义");

  private final String chineseName;

  HeritageCriterion(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}

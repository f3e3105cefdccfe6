package org.civgis.gazetteer.address.geocode;

/** How far down the address library a match reached, coarsest first. */
public enum MatchLevel {
  /** Nothing of the library was recognised. */
  NONE("未匹配"),
  COUNTY("县级区划"),
  TOWNSHIP("乡镇街道"),
  COMMUNITY("社区村"),
  ROAD("道路"),
  /** The road, with a house number that is not registered: placed between its neighbours. */
  ROAD_INTERPOLATED("道路插值"),
  HOUSE_NUMBER("门牌"),
  BUILDING("楼栋"),
  UNIT_ROOM("单元户室");

  private final String chineseName;

  MatchLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}

package org.civgis.gazetteer.sign;

/** The types of place-name sign (地名标志) the inventory keeps. */
public enum SignType {
  ROAD("路牌"),
  STREET("街牌"),
  LANE("巷牌"),
  HOUSE_NUMBER("门牌"),
  BUILDING("楼牌"),
  VILLAGE("村牌"),
  COMMUNITY("社区标志牌"),
  BOUNDARY("界牌");

  private final String chineseName;

  SignType(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Whether a sign of this type names a road (路牌, 街牌, 巷牌). */
  public boolean namesRoad() {
    return this == ROAD || this == STREET || this == LANE;
  }

  /** Whether a sign of this type shows an address rather than a place name. */
  public boolean showsAddress() {
    return this == HOUSE_NUMBER || this == BUILDING;
  }

  /** The type of sign that names a road called {@code roadName}: 街 → 街牌, 巷 → 巷牌, else 路牌. */
  public static SignType forRoadName(String roadName) {
    if (roadName.endsWith("街") || roadName.endsWith("大街")) {
      return STREET;
    }
    if (roadName.endsWith("巷") || roadName.endsWith("胡同") || roadName.endsWith("弄")) {
      return LANE;
    }
    return ROAD;
  }
}

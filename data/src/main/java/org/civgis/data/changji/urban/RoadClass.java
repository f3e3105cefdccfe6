package org.civgis.data.changji.urban;

/** How important a generated way is: its OSM highway value, house spacing and sign sizes. */
public enum RoadClass {
  MAIN("primary"),
  SECONDARY("secondary"),
  LANE("residential"),
  FOOTWAY("footway");

  private final String highway;

  RoadClass(String highway) {
    this.highway = highway;
  }

  /** The OSM {@code highway=*} value. */
  public String highway() {
    return highway;
  }
}

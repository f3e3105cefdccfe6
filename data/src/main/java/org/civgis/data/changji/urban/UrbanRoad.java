package org.civgis.data.changji.urban;

import java.time.LocalDate;
import org.locationtech.jts.geom.LineString;

/**
 * A named road of the generated network, ready to become a place name.
 *
 * @param code its place-name code ({@code 652301-R00001} …), kept across its renaming
 * @param name its current name
 * @param formerName its name before a renaming, or {@code null}
 * @param renamedOn the day of that renaming, or {@code null}
 * @param roadClass main road, secondary road or lane
 * @param line its line from start to end, CGCS2000 lon/lat, with a vertex wherever another way
 *     meets it
 * @param townshipCode the street (街道) its middle lies in
 * @param townshipCodes every street it crosses, in code order
 */
public record UrbanRoad(
    String code,
    String name,
    String formerName,
    LocalDate renamedOn,
    RoadClass roadClass,
    LineString line,
    String townshipCode,
    java.util.List<String> townshipCodes) {

  public boolean renamed() {
    return formerName != null;
  }
}

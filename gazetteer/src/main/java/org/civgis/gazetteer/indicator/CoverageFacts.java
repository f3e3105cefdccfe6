package org.civgis.gazetteer.indicator;

import java.util.Set;
import org.civgis.gazetteer.facility.FacilityType;

/**
 * What a coverage run found, as the indicators need it.
 *
 * @param types the facility types whose operating facilities were the sources
 * @param walkMinutes the time limit
 * @param coveredDemandCodes the codes of the demand points reached within the limit
 */
public record CoverageFacts(
    Set<FacilityType> types, double walkMinutes, Set<String> coveredDemandCodes) {

  /** A note saying what run the values come from. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (FacilityType t : types) {
      b.append(b.isEmpty() ? "" : "、").append(t.chineseName());
    }
    return b
        + "，步行 "
        + (walkMinutes == Math.rint(walkMinutes)
            ? Long.toString((long) walkMinutes)
            : Double.toString(walkMinutes))
        + " 分钟";
  }
}

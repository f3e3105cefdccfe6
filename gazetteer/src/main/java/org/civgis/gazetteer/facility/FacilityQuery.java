package org.civgis.gazetteer.facility;

import java.util.Set;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;

/**
 * A query of the facility registry; every filter may be {@code null} or empty.
 *
 * @param types the types wanted (empty: all)
 * @param statuses the statuses wanted (empty: all)
 * @param divisionPrefix leading digits of the division code (e.g. {@code 652301} for a county)
 * @param bbox a CGCS2000 lon/lat box
 * @param limit page size
 * @param offset rows to skip
 * @param condition a further condition over the columns of {@code gazetteer.facility f}, or {@code
 *     null}
 */
public record FacilityQuery(
    Set<FacilityType> types,
    Set<FacilityStatus> statuses,
    String divisionPrefix,
    Envelope bbox,
    int limit,
    long offset,
    SqlCondition condition) {

  public FacilityQuery(
      Set<FacilityType> types,
      Set<FacilityStatus> statuses,
      String divisionPrefix,
      Envelope bbox,
      int limit,
      long offset) {
    this(types, statuses, divisionPrefix, bbox, limit, offset, null);
  }

  /** Every facility of the registry (not removed), up to {@code limit}. */
  public static FacilityQuery all(int limit) {
    return new FacilityQuery(Set.of(), Set.of(), null, null, limit, 0);
  }
}

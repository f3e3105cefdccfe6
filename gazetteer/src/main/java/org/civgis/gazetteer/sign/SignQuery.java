package org.civgis.gazetteer.sign;

import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;

/**
 * A query of the sign inventory; every filter may be {@code null}.
 *
 * @param type the type of sign
 * @param status the map status
 * @param compliance the compliance
 * @param condition the condition
 * @param placeNameCode the place name shown
 * @param addressCode the address shown
 * @param text a part of the installed text
 * @param bbox a CGCS2000 lon/lat box
 * @param limit page size
 * @param offset rows to skip
 * @param where a further condition over the columns of the sign query (see {@link SignRepository}),
 *     or {@code null}
 */
public record SignQuery(
    SignType type,
    SignState.Status status,
    Compliance compliance,
    SignCondition condition,
    String placeNameCode,
    String addressCode,
    String text,
    Envelope bbox,
    int limit,
    long offset,
    SqlCondition where) {

  public SignQuery(
      SignType type,
      SignState.Status status,
      Compliance compliance,
      SignCondition condition,
      String placeNameCode,
      String addressCode,
      String text,
      Envelope bbox,
      int limit,
      long offset) {
    this(
        type,
        status,
        compliance,
        condition,
        placeNameCode,
        addressCode,
        text,
        bbox,
        limit,
        offset,
        null);
  }

  /** Every sign, one page. */
  public static SignQuery all(int limit, long offset) {
    return new SignQuery(null, null, null, null, null, null, null, null, limit, offset);
  }
}

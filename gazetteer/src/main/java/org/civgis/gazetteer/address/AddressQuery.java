package org.civgis.gazetteer.address;

import java.time.LocalDate;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;

/**
 * A query of the address library.
 *
 * @param day the day whose versions are wanted (versions valid then)
 * @param divisionPrefix the leading digits of a division code the address must lie in, or {@code
 *     null}
 * @param roadCode the place-name code of the road, or {@code null}
 * @param kind the kind, or {@code null} for all
 * @param text a part of the address text, or {@code null}
 * @param bbox a CGCS2000 lon/lat box, or {@code null}
 * @param limit page size
 * @param offset rows to skip
 * @param condition a further condition over the columns of {@code gazetteer.address}, or {@code
 *     null}
 */
public record AddressQuery(
    LocalDate day,
    String divisionPrefix,
    String roadCode,
    AddressKind kind,
    String text,
    Envelope bbox,
    int limit,
    long offset,
    SqlCondition condition) {

  public AddressQuery(
      LocalDate day,
      String divisionPrefix,
      String roadCode,
      AddressKind kind,
      String text,
      Envelope bbox,
      int limit,
      long offset) {
    this(day, divisionPrefix, roadCode, kind, text, bbox, limit, offset, null);
  }
}

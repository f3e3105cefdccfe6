package org.civgis.web.ogc;

import java.util.Map;
import org.civgis.geo.query.SqlCondition;
import org.civgis.web.ogc.cql.SqlFilter;
import org.locationtech.jts.geom.Envelope;

/**
 * A checked items query.
 *
 * @param limit page size, 1–10000
 * @param offset features to skip
 * @param bbox CGCS2000 longitude/latitude box, or {@code null}; a box crossing the antimeridian has
 *     its maximum longitude beyond 180 (its eastern part is that part less 360°, from -180°)
 * @param period the days of interest
 * @param parameters the collection's own query parameters, by name, as given
 * @param includeDrafts whether the caller may see drafts (officers)
 * @param filter the CQL2 filter as parameterised SQL over the collection's queryables, or {@code
 *     null}
 */
public record ItemsRequest(
    int limit,
    long offset,
    Envelope bbox,
    TimePeriod period,
    Map<String, String> parameters,
    boolean includeDrafts,
    SqlFilter filter) {

  /** The filter as a repository condition, or {@code null} when there is none. */
  public SqlCondition condition() {
    return filter == null ? null : new SqlCondition(filter.sql(), filter.parameters());
  }
}

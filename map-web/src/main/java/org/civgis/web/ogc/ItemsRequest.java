package org.civgis.web.ogc;

import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * A checked items query.
 *
 * @param limit page size, 1–10000
 * @param offset features to skip
 * @param bbox CRS84 longitude/latitude box, or {@code null}
 * @param period the days of interest
 * @param parameters the collection's own query parameters, by name, as given
 */
public record ItemsRequest(
    int limit, long offset, Envelope bbox, TimePeriod period, Map<String, String> parameters) {}

package org.civgis.web.ogc;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a collection.
 *
 * @param id the feature id, stable across versions
 * @param geometry in CGCS2000 or WGS 84 longitude/latitude, or {@code null}
 * @param properties the properties, in the order they are to be written
 */
public record GeoFeature(String id, Geometry geometry, Map<String, Object> properties) {}

package org.civgis.web.ogc;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature as a client sent it, checked for form: a valid geometry in CGCS2000 lon/lat (or {@code
 * null}) and its properties as JSON values (String, Number, Boolean, null, List, Map).
 */
public record FeatureInput(Geometry geometry, Map<String, Object> properties) {}

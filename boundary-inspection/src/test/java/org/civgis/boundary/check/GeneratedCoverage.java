package org.civgis.boundary.check;

import java.util.Map;
import org.locationtech.jts.geom.Polygon;

/** A generated coverage of the topology benchmark: the parent, its cells, the injected errors. */
record GeneratedCoverage(
    String kind, Polygon parent, Polygon[] cells, Map<String, Integer> injected) {}

package org.civgis.geo.topology;

import org.locationtech.jts.geom.Geometry;

/**
 * A boundary line as recorded (surveyed, agreed or derived earlier).
 *
 * @param id the line's id
 * @param sideA the id of the polygon on one side
 * @param sideB the id of the polygon on the other side
 * @param geometry LineString or MultiLineString, CGCS2000 longitude/latitude
 */
public record RecordedLine(String id, String sideA, String sideB, Geometry geometry) {}

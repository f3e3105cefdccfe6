package org.civgis.boundary.marker;

/**
 * A reference landmark (方位物) from which a marker can be found again.
 *
 * @param name what it is, e.g. 高压线塔 N12
 * @param bearingDegrees the bearing from the marker to the landmark, clockwise from north, [0, 360)
 * @param distanceMeters the distance from the marker, metres
 */
public record Landmark(String name, double bearingDegrees, double distanceMeters) {}

package org.civgis.boundary.change;

/**
 * Something a division change touches.
 *
 * @param kind what it is: {@code PLACE_NAME}, {@code ADDRESS}, {@code FACILITY}, {@code
 *     BOUNDARY_LINE}, {@code BOUNDARY_MARKER}, {@code DIVISION}
 * @param id its id in its collection (a place-name id, a line code, a marker id, a division code)
 * @param name its name or number
 * @param reason why it is touched, in Chinese
 */
public record ImpactedFeature(String kind, String id, String name, String reason) {}

package org.civgis.geo.topology;

import org.locationtech.jts.geom.Point;

/**
 * A boundary marker as recorded.
 *
 * @param id the marker's id
 * @param number its number as written on it
 * @param lineId the id of the line it belongs to
 * @param sequence its sequence number along the line (1, 2, …)
 * @param typeCode the type code of its number: empty for a single marker, {@code A}/{@code B} for
 *     the two of a double same-number pair, {@code C}/{@code D}/{@code E} for the three of a triple
 *     set, {@code Q} for a three-sided junction marker
 * @param position recorded CGCS2000 longitude/latitude
 */
public record RecordedMarker(
    String id, String number, String lineId, int sequence, String typeCode, Point position) {}

package org.civgis.boundary.inspection;

import org.locationtech.jts.geom.Geometry;

/**
 * A task of a round: visit a marker, or walk a segment of a line.
 *
 * @param kind MARKER or SEGMENT
 * @param markerId the marker, for MARKER tasks
 * @param segmentNo the segment's number along its line, for SEGMENT tasks
 * @param geometry the marker's recorded position or the segment (CGCS2000)
 * @param label what the field team reads: the marker number or the two ends of the segment
 */
public record InspectionTask(
    long id,
    long roundId,
    String kind,
    String lineCode,
    Long markerId,
    Integer segmentNo,
    Geometry geometry,
    String label) {}

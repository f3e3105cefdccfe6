package org.civgis.boundary.inspection;

import java.time.Instant;
import java.util.UUID;

/**
 * A field record of one line segment: terrain change, whether the line can be made out on the
 * ground, construction across it.
 */
public record SegmentRecord(
    UUID id,
    long roundId,
    long taskId,
    String team,
    boolean terrainChanged,
    boolean lineIdentifiable,
    boolean construction,
    String notes,
    Instant observedAt,
    String recordedBy) {}

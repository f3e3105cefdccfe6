package org.civgis.boundary.inspection;

import java.time.Instant;
import java.util.UUID;
import org.civgis.boundary.marker.MarkerCondition;
import org.locationtech.jts.geom.Point;

/**
 * A field record of one marker (界桩检查记录), as the device sent it.
 *
 * @param id the device's id of the record
 * @param team the field team (one device, one team)
 * @param landmarksComplete whether the reference landmarks are all there, or {@code null}
 * @param measured the averaged GPS position (CGCS2000), or {@code null} (a missing marker)
 * @param accuracyMeters the horizontal accuracy of {@code measured}
 * @param fixes how many fixes were averaged
 * @param deviationMeters set when stored: distance to the recorded position
 * @param conflict set when stored: another record of the marker exists in the round
 */
public record MarkerRecord(
    UUID id,
    long roundId,
    Long taskId,
    long markerId,
    String team,
    MarkerCondition condition,
    Boolean landmarksComplete,
    Point measured,
    Double accuracyMeters,
    Integer fixes,
    String notes,
    Instant observedAt,
    String recordedBy,
    Double deviationMeters,
    Integer zoneEpsg,
    boolean conflict,
    Instant receivedAt) {}

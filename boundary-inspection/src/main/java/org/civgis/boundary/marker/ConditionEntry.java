package org.civgis.boundary.marker;

import java.time.Instant;
import java.time.LocalDate;

/** One observed condition of a marker, as its history shows it. */
public record ConditionEntry(
    long id,
    MarkerCondition condition,
    LocalDate observedOn,
    String note,
    String recordedBy,
    Instant recordedAt) {}

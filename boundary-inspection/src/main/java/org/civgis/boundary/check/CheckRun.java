package org.civgis.boundary.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.civgis.geo.topology.CheckTolerances;

/**
 * A stored check run.
 *
 * @param counts findings per type and per severity
 * @param durationMs how long the run took, or {@code null} while running
 */
public record CheckRun(
    long id,
    String scopeCode,
    LocalDate asOf,
    CheckTolerances tolerances,
    Map<String, Integer> counts,
    int unitsChecked,
    int linesChecked,
    int markersChecked,
    Long durationMs,
    String createdBy,
    Instant startedAt,
    Instant finishedAt) {}

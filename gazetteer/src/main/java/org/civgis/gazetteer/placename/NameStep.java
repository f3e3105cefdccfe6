package org.civgis.gazetteer.placename;

import java.time.LocalDate;

/**
 * A recorded step of a name's lifecycle.
 *
 * @param from the status before, {@code null} for the proposal itself
 * @param to the status after
 * @param on the day of the decision
 * @param actor who recorded it
 * @param note why, or {@code null}
 */
public record NameStep(NameStatus from, NameStatus to, LocalDate on, String actor, String note) {}

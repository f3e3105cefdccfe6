package org.civgis.data.changji.urban;

import java.util.List;
import org.civgis.gazetteer.sign.PlaceNameSign;
import org.civgis.gazetteer.sign.RepairTask;
import org.civgis.gazetteer.sign.SignPatrol;

/**
 * One generated sign with its history.
 *
 * @param sign the sign (id 0)
 * @param patrols its patrols, oldest first (sign id 0)
 * @param repairs its repair tasks; a task's {@code patrolId} is the index into {@code patrols} of
 *     the patrol that found the fault, or {@code null}
 */
public record GeneratedSign(
    PlaceNameSign sign, List<SignPatrol> patrols, List<RepairTask> repairs) {}

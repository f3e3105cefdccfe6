package org.civgis.gazetteer.sign;

import java.time.LocalDate;

/**
 * One visit of a sign on patrol (地名标志巡检).
 *
 * @param id row id, 0 before it is stored
 * @param signId the sign visited
 * @param patrolledOn the day of the visit
 * @param patroller who visited
 * @param condition the condition found
 * @param fault what is wrong, or {@code null}
 * @param repairNeeded whether a repair task is to be opened
 * @param note further remarks, or {@code null}
 * @param photoName the file name of the photo, or {@code null} without one
 */
public record SignPatrol(
    long id,
    long signId,
    LocalDate patrolledOn,
    String patroller,
    SignCondition condition,
    String fault,
    boolean repairNeeded,
    String note,
    String photoName) {

  public SignPatrol {
    if (patrolledOn == null || patroller == null || patroller.isBlank() || condition == null) {
      throw new IllegalArgumentException("a patrol needs its day, patroller and condition found");
    }
  }
}

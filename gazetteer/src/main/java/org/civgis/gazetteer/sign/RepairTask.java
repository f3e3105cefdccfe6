package org.civgis.gazetteer.sign;

import java.time.LocalDate;

/**
 * A repair of a sign to be done (维修任务), opened from a patrol or by an officer.
 *
 * @param id row id, 0 before it is stored
 * @param revision increases with every edit
 * @param signId the sign to repair
 * @param patrolId the patrol that found the fault, or {@code null}
 * @param description what to do
 * @param status open, done or cancelled
 * @param openedOn when it was opened
 * @param dueOn by when it should be done, or {@code null}
 * @param closedOn when it was done or cancelled, {@code null} while open
 * @param closedBy who closed it, or {@code null}
 * @param result what was done, or {@code null}
 */
public record RepairTask(
    long id,
    int revision,
    long signId,
    Long patrolId,
    String description,
    Status status,
    LocalDate openedOn,
    LocalDate dueOn,
    LocalDate closedOn,
    String closedBy,
    String result) {

  /** Where a repair stands. */
  public enum Status {
    OPEN("待维修"),
    DONE("已修复"),
    CANCELLED("已取消");

    private final String chineseName;

    Status(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }
}

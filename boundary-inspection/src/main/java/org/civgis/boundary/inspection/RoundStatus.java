package org.civgis.boundary.inspection;

/** The states of an inspection round, in the order a round goes through them. */
public enum RoundStatus {
  PLANNING("计划中"),
  DESK_CHECK("内业检查"),
  FIELDWORK("外业踏勘"),
  REVIEW("审核"),
  SIGNED("双方已签认"),
  FILED("已归档");

  private final String chineseName;

  RoundStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether a round may be moved from this state to {@code next} by hand: one step forward, or back
   * from REVIEW to FIELDWORK (more field work needed). SIGNED is reached only by the second
   * sign-off.
   */
  public boolean mayAdvanceTo(RoundStatus next) {
    return switch (this) {
      case PLANNING -> next == DESK_CHECK;
      case DESK_CHECK -> next == FIELDWORK;
      case FIELDWORK -> next == REVIEW;
      case REVIEW -> next == FIELDWORK;
      case SIGNED -> next == FILED;
      case FILED -> false;
    };
  }
}

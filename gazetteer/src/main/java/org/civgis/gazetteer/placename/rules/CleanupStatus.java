package org.civgis.gazetteer.placename.rules;

/** Where the cleanup of one flagged name stands (不规范地名清理). */
public enum CleanupStatus {
  /** Flagged, not yet taken up. */
  OPEN("待整改"),
  /** Being worked on (a rename proposed, a hearing planned …). */
  IN_PROGRESS("整改中"),
  /** Renamed or corrected. */
  DONE("已整改"),
  /** Kept on purpose, with a recorded reason (a historic name, an approved legal name …). */
  WAIVED("不予整改");

  private final String chineseName;

  CleanupStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese label. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether the cleanup of a name may move from this status to {@code next}: OPEN → IN_PROGRESS,
   * DONE or WAIVED; IN_PROGRESS → OPEN, DONE or WAIVED; DONE or WAIVED → OPEN (reopened).
   */
  public boolean canMoveTo(CleanupStatus next) {
    return switch (this) {
      case OPEN -> next != OPEN;
      case IN_PROGRESS -> next != IN_PROGRESS;
      case DONE, WAIVED -> next == OPEN;
    };
  }

  /** Whether the name needs no more work. */
  public boolean closed() {
    return this == DONE || this == WAIVED;
  }
}

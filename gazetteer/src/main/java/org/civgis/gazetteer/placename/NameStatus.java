package org.civgis.gazetteer.placename;

import java.util.EnumSet;
import java.util.Set;

/** Where a name stands in its legal lifecycle (命名、更名、注销). */
public enum NameStatus {
  PROPOSED("拟命名"),
  UNDER_REVIEW("论证与征求意见中"),
  APPROVED("已批准"),
  ANNOUNCED("已公告"),
  FILED("已备案"),
  RENAMED("已更名"),
  RETIRED("已注销"),
  WITHDRAWN("已撤回");

  private final String chineseName;

  NameStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The statuses a name in this status may move to by a user's action. */
  public Set<NameStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
      case UNDER_REVIEW -> EnumSet.of(APPROVED, PROPOSED, WITHDRAWN);
      case APPROVED -> EnumSet.of(ANNOUNCED);
      case ANNOUNCED -> EnumSet.of(FILED, RETIRED);
      case FILED -> EnumSet.of(RETIRED);
      case RENAMED, RETIRED, WITHDRAWN -> EnumSet.noneOf(NameStatus.class);
    };
  }

  /** Whether a name in this status is (or was, for RENAMED and RETIRED) a standard name. */
  public boolean isStandard() {
    return this == ANNOUNCED || this == FILED || this == RENAMED || this == RETIRED;
  }

  /** Whether a name in this status is a standard name now. */
  public boolean isCurrentStandard() {
    return this == ANNOUNCED || this == FILED;
  }
}

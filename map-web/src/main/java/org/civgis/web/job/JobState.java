package org.civgis.web.job;

/** Where a job is: waiting, running, or finished one of three ways. */
public enum JobState {
  QUEUED("排队中"),
  RUNNING("进行中"),
  SUCCEEDED("已完成"),
  FAILED("失败"),
  CANCELLED("已取消");

  private final String chineseName;

  JobState(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  public boolean isFinished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}

package org.civgis.web.job;

/** Thrown by {@link JobProgress#update} in a job that has been cancelled. */
public class JobCancelledException extends RuntimeException {
  public JobCancelledException() {
    super("任务已取消");
  }
}

package org.civgis.web.job;

/**
 * What a running job tells the world: how far it is, in what words. Also where it learns that it
 * was cancelled: {@link #update} throws {@link JobCancelledException} once someone cancelled the
 * job, so work that reports progress stops at its next report (inside a transaction, which then
 * rolls back).
 */
public interface JobProgress {

  /**
   * Reports {@code fraction} (0–1) done and what is being done now, e.g. {@code "第 3/7 个县"}. Cheap
   * to call often: the store is written at most a few times a second.
   */
  void update(double fraction, String message);

  /** Reports {@code done} of {@code total} items done. */
  default void update(long done, long total, String message) {
    update(total <= 0 ? 0 : Math.min(1, (double) done / total), message);
  }

  /** A progress that goes nowhere, for running a job's work outside a job (tests, CLI). */
  JobProgress NONE = (fraction, message) -> {};
}

package org.civgis.gazetteer.coverage;

/** Where a long analysis stands, for a job's progress bar. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (fraction, message) -> {};

  /**
   * @param fraction 0–1
   * @param message what is being done, in the planner's language
   */
  void report(double fraction, String message);
}

package org.civgis.web.job;

/** The work of a job: runs on a job thread, reports its progress, returns its result. */
@FunctionalInterface
public interface JobWork {
  JobResult run(JobProgress progress) throws Exception;
}

/**
 * Long work as jobs: {@code POST} answers {@code 202} with {@code Location: /api/jobs/{id}}; the
 * job reports {@code state}, {@code progress} (0–1), {@code message} and a link to its result.
 *
 * <p>A controller starts one with {@link org.civgis.web.job.JobService#submit} and answers with
 * {@link org.civgis.web.job.JobController#accepted}. The work reports progress through {@link
 * org.civgis.web.job.JobProgress} and returns a {@link org.civgis.web.job.JobResult}: a JSON
 * summary, a file to download, or a link. A refusal it throws (e.g. {@code
 * InvalidFeatureException}) fails the job with that problem detail.
 */
package org.civgis.web.job;

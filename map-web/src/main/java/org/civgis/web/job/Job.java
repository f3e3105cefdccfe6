package org.civgis.web.job;

import java.time.Instant;
import java.util.UUID;

/**
 * A job as its status document shows it (the result's bytes are read separately).
 *
 * @param kind what kind of work, e.g. {@code geocode-batch}, {@code topology-check}
 * @param title what the job does, in Chinese, for lists of jobs
 * @param progress 0–1
 * @param message what is being done now, or why it failed
 * @param resultJson the JSON summary of the result, or {@code null}
 * @param hasFile whether the result includes a file to download
 * @param resultHref a link to the result elsewhere, or {@code null}
 * @param problemJson the problem detail of a failed job, or {@code null}
 */
public record Job(
    UUID id,
    String kind,
    String title,
    JobState state,
    double progress,
    String message,
    String createdBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String resultJson,
    boolean hasFile,
    String resultFilename,
    String resultHref,
    String problemJson) {

  /** The status URL, which is also the {@code Location} of the 202 that started it. */
  public String location() {
    return "/api/jobs/" + id;
  }
}

package org.civgis.web.tabular;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded table kept as a file of this instance's own, from its request to the end of the job
 * that reads it: a queued job holds a path, not the table, so the heap does not grow with the
 * queue. {@link TableUploads} reads it once while the request waits (to refuse a bad file at once),
 * the job reads it again ({@link #read}) and deletes it ({@link #delete}).
 */
public final class TableUpload {
  private final Path file;
  private final String fileName;
  private final TableLimits limits;

  TableUpload(Path file, String fileName, TableLimits limits) {
    this.file = file;
    this.fileName = fileName;
    this.limits = limits;
  }

  /** The name the user gave the file. */
  public String fileName() {
    return fileName;
  }

  /**
   * The table, read again within the same limits (for a job: job threads are few, so this needs no
   * turn of its own).
   */
  public Table read() {
    return TableReader.read(file, fileName, limits);
  }

  /** Deletes the file; the upload cannot be read after. */
  public void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the hourly sweep of TableUploads deletes it later
    }
  }

  Path file() {
    return file;
  }

  TableLimits limits() {
    return limits;
  }
}

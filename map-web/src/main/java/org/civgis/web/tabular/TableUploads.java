package org.civgis.web.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receives uploaded tables for the controllers that accept them and reads them while the request
 * waits, at most {@code civgis.uploads.parallel-reads} (default 2) at a time on this instance.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #receive}: the upload becomes a {@link TableUpload}, a file in this instance's own
 *       folder under the system's temporary folder.
 *   <li>{@link #read}: the table, within its {@link TableLimits}. Reading is bounded by the limits
 *       and the request size, so it runs on the request thread: a file that cannot be read or
 *       exceeds a limit is refused with 400 at once (the caller turns {@link TableException} into
 *       its refusal of {@code file}). The bound on parallel reads keeps the memory and the cores
 *       that reading takes bounded whatever the number of uploads at once; an upload that waits
 *       longer than {@link #WAIT} for its turn is answered with 503 and {@code Retry-After}.
 *   <li>The job that follows reads the file again and deletes it; files older than {@link
 *       #KEPT_FOR} (a job cancelled before it started, an instance stopped) are swept hourly.
 * </ol>
 */
@Component
public class TableUploads {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final Duration KEPT_FOR = Duration.ofDays(1);
  private static final Logger log = LoggerFactory.getLogger(TableUploads.class);

  private final Semaphore reading;
  private final Path folder;

  TableUploads(@Value("${civgis.uploads.parallel-reads:2}") int parallelReads) throws IOException {
    this.reading = new Semaphore(Math.max(1, parallelReads), true);
    this.folder = Files.createTempDirectory("civgis-uploads"); // this instance's own, 0700
  }

  /** Keeps the uploaded {@code file}, to be read within {@code limits}. */
  public TableUpload receive(MultipartFile file, TableLimits limits) {
    try {
      Path copy = Files.createTempFile(folder, "upload", ".tmp");
      try {
        file.transferTo(copy);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(copy);
        throw e;
      }
      return new TableUpload(copy, file.getOriginalFilename(), limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The table of {@code upload}, read in its turn.
   *
   * @throws TableException when the file cannot be read or exceeds a limit
   */
  public Table read(TableUpload upload) {
    try {
      if (!reading.tryAcquire(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
    try {
      return TableReader.read(upload.file(), upload.fileName(), upload.limits());
    } finally {
      reading.release();
    }
  }

  /** Deletes the uploads whose job never deleted them. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  void sweep() {
    FileTime before = FileTime.from(Instant.now().minus(KEPT_FOR));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "upload*.tmp")) {
      for (Path file : files) {
        if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      log.warn("could not sweep old uploads: {}", e.getMessage());
    }
  }

  private static ErrorResponseException busy() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE, "同时上传的表格较多，服务器正在读取其他文件；请稍后再试");
    problem.setType(URI.create("/problems/uploads-busy"));
    problem.setTitle("服务繁忙");
    ErrorResponseException busy =
        new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
    busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
    return busy;
  }
}

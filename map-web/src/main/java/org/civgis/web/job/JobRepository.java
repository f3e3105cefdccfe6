package org.civgis.web.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The job table; each method is one statement and commits on its own. */
@Component
class JobRepository {
  private static final String COLUMNS =
      """
      id, kind, title, state, progress, message, created_by, created_at, started_at, finished_at,
      result_json::text as result_json, result_bytes is not null as has_file, result_filename,
      result_href, problem::text as problem
      """;

  private final JdbcClient jdbc;

  /**
   * Progress is written in a transaction of its own: work that runs inside its transaction (an
   * import, a check) must show its progress while it runs, and must not hold the job's row locked
   * against the heartbeat until it commits.
   */
  private final TransactionTemplate ownTransaction;

  JobRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void insert(
      UUID id,
      String kind,
      String title,
      String createdBy,
      String instanceId,
      String parametersJson) {
    jdbc.sql(
            """
            insert into platform.job (id, kind, title, state, created_by, instance_id, parameters)
            values (:id, :kind, :title, 'QUEUED', :createdBy, :instance, cast(:parameters as jsonb))
            """)
        .param("id", id)
        .param("kind", kind)
        .param("title", title)
        .param("createdBy", createdBy)
        .param("instance", instanceId)
        .param("parameters", parametersJson)
        .update();
  }

  Optional<Job> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from platform.job where id = :id")
        .param("id", id)
        .query(JobRepository::job)
        .optional();
  }

  /** The jobs {@code createdBy} started (all jobs when {@code null}), newest first. */
  List<Job> recent(String createdBy, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                  from platform.job
                 where (cast(:createdBy as text) is null or created_by = :createdBy)
                 order by created_at desc
                 limit :limit
                """)
        .param("createdBy", createdBy)
        .param("limit", limit)
        .query(JobRepository::job)
        .list();
  }

  /** QUEUED → RUNNING; false when the job is no longer queued (cancelled before it started). */
  boolean start(UUID id) {
    return jdbc.sql(
                """
                update platform.job
                   set state = 'RUNNING', started_at = clock_timestamp(),
                       heartbeat_at = clock_timestamp()
                 where id = :id and state = 'QUEUED'
                """)
            .param("id", id)
            .update()
        == 1;
  }

  /** Records progress; false when the job is no longer running (cancelled, or declared lost). */
  boolean progress(UUID id, double fraction, String message) {
    return Boolean.TRUE.equals(
        ownTransaction.execute(tx -> progressStatement(id, fraction, message)));
  }

  private boolean progressStatement(UUID id, double fraction, String message) {
    return jdbc.sql(
                """
                update platform.job
                   set progress = :progress, message = :message, heartbeat_at = clock_timestamp()
                 where id = :id and state = 'RUNNING'
                """)
            .param("id", id)
            .param("progress", Math.max(0, Math.min(1, fraction)))
            .param("message", message)
            .update()
        == 1;
  }

  void succeed(UUID id, String message, String resultJson, JobResult result) {
    jdbc.sql(
            """
            update platform.job
               set state = 'SUCCEEDED', progress = 1, message = :message,
                   finished_at = clock_timestamp(), heartbeat_at = clock_timestamp(),
                   result_json = cast(:json as jsonb), result_bytes = :bytes,
                   result_media_type = :mediaType, result_filename = :filename, result_href = :href
             where id = :id and state = 'RUNNING'
            """)
        .param("id", id)
        .param("message", message)
        .param("json", resultJson)
        .param("bytes", result.bytes())
        .param("mediaType", result.mediaType())
        .param("filename", result.filename())
        .param("href", result.href())
        .update();
  }

  void fail(UUID id, String message, String problemJson) {
    jdbc.sql(
            """
            update platform.job
               set state = 'FAILED', message = :message, problem = cast(:problem as jsonb),
                   finished_at = clock_timestamp()
             where id = :id and state in ('QUEUED', 'RUNNING')
            """)
        .param("id", id)
        .param("message", message)
        .param("problem", problemJson)
        .update();
  }

  /** Cancels a queued or running job; false when it had already finished. */
  boolean cancel(UUID id, String by) {
    return jdbc.sql(
                """
                update platform.job
                   set state = 'CANCELLED', message = :message, finished_at = clock_timestamp()
                 where id = :id and state in ('QUEUED', 'RUNNING')
                """)
            .param("id", id)
            .param("message", "已由 " + by + " 取消")
            .update()
        == 1;
  }

  void heartbeat(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update platform.job set heartbeat_at = clock_timestamp()
             where id in (:ids) and state in ('QUEUED', 'RUNNING')
            """)
        .param("ids", ids)
        .update();
  }

  /** Fails the unfinished jobs whose instance has not been heard of for {@code silence}. */
  int failLost(Duration silence, String message) {
    return jdbc.sql(
            """
            update platform.job
               set state = 'FAILED', message = :message, finished_at = clock_timestamp()
             where state in ('QUEUED', 'RUNNING')
               and heartbeat_at < clock_timestamp() - make_interval(secs => :seconds)
            """)
        .param("message", message)
        .param("seconds", (double) silence.toSeconds())
        .update();
  }

  /** Deletes finished jobs (and their results) older than {@code age}. */
  int purge(Duration age) {
    return jdbc.sql(
            """
            delete from platform.job
             where state in ('SUCCEEDED', 'FAILED', 'CANCELLED')
               and finished_at < clock_timestamp() - make_interval(secs => :seconds)
            """)
        .param("seconds", (double) age.toSeconds())
        .update();
  }

  /** The result file: bytes, media type and file name. */
  Optional<StoredFile> file(UUID id) {
    return jdbc.sql(
            """
            select result_bytes, result_media_type, result_filename
              from platform.job where id = :id and result_bytes is not null
            """)
        .param("id", id)
        .query(
            (rs, row) ->
                new StoredFile(
                    rs.getBytes("result_bytes"),
                    rs.getString("result_media_type"),
                    rs.getString("result_filename")))
        .optional();
  }

  record StoredFile(byte[] bytes, String mediaType, String filename) {}

  private static Job job(ResultSet rs, int row) throws SQLException {
    return new Job(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getString("title"),
        JobState.valueOf(rs.getString("state")),
        rs.getDouble("progress"),
        rs.getString("message"),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getString("result_json"),
        rs.getBoolean("has_file"),
        rs.getString("result_filename"),
        rs.getString("result_href"),
        rs.getString("problem"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}

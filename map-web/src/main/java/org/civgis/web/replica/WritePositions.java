package org.civgis.web.replica;

import java.util.Optional;
import javax.sql.DataSource;
import org.civgis.web.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each user's last write as a WAL position of the primary, in {@code platform.write_position}: the
 * position a replica must have replayed before it may answer that user's reads. In the database,
 * not in an instance's memory, so that a user's next read on any instance sees the write.
 *
 * <ol>
 *   <li>{@link #recordAfterWrite} stores the primary's WAL insert position after the user's write
 *       committed (a request that may write, a job that finished), which is at or after the end of
 *       its commit record.
 *   <li>Both read and write the primary's pool directly, whatever the route.
 *   <li>A recording that fails is logged: that user's next reads may come from a replica that has
 *       not replayed the write yet (until the change feed raises every instance's floor).
 * </ol>
 */
public final class WritePositions {
  private static final Logger log = LoggerFactory.getLogger(WritePositions.class);

  private final JdbcClient primary;

  WritePositions(DataSource primary) {
    this.primary = JdbcClient.create(primary);
  }

  /**
   * Stores the primary's current WAL position as {@code actor}'s last write (none if anonymous).
   */
  public void recordAfterWrite(Actor actor) {
    if (actor.user() == null) {
      return;
    }
    try {
      primary
          .sql(
              """
              insert into platform.write_position as w (user_id, lsn, written_at)
              values (:user, pg_current_wal_insert_lsn(), now())
              on conflict (user_id) do update
                 set lsn = greatest(w.lsn, excluded.lsn), written_at = excluded.written_at
              """)
          .param("user", actor.user().id())
          .update();
    } catch (DataAccessException e) {
      log.warn(
          "could not record the write position of user {}: {}",
          actor.user().id(),
          e.getMostSpecificCause().getMessage());
    }
  }

  /** {@code actor}'s last write, if any was recorded. */
  Optional<WalPosition> lastWriteOf(Actor actor) {
    if (actor.user() == null) {
      return Optional.empty();
    }
    return primary
        .sql("select lsn::text from platform.write_position where user_id = :user")
        .param("user", actor.user().id())
        .query(String.class)
        .optional()
        .map(WalPosition::parse);
  }
}

package org.civgis.web.replica;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replica (a hot standby, or several behind one URL) and what this instance knows of it.
 *
 * <ol>
 *   <li>{@link #connectionAtLeastAt} hands out a replica connection only after that very connection
 *       said it has replayed the WAL up to the required position: the caller's own (a user's last
 *       write) and, for a read that fills a cache, this instance's floor. The check is made on each
 *       connection, so several standbys behind one URL (pgJDBC's multi-host URL) are each checked.
 *   <li>The floor is the primary's WAL insert position when this instance first filled a cache from
 *       the replica after starting or after hearing of a change ({@link #primaryMovedOn}): tiles
 *       and indexes filled from the replica are never older than the change that emptied them.
 *       Other reads (OGC API items, exports) may be as old as the replica is behind, except for the
 *       user's own writes.
 *   <li>A replica behind the required position is polled for up to {@code wait}; still behind, the
 *       caller gets {@code null} (to read from the primary) and {@code
 *       civgis.db.replica.fallbacks{reason=lag}} counts it.
 *   <li>A replica that cannot be reached gives {@code null} too ({@code reason=unavailable}) and is
 *       not tried again for {@code retryAfter}, so that reads do not each wait for its connection
 *       time-out.
 *   <li>The check is one small query on every connection handed out, also when no position is
 *       required: a connection the pool kept to a standby that has gone away fails there, and the
 *       read goes to the primary instead of failing.
 *   <li>A server at the read URL that is not in recovery (a promoted standby, or the primary
 *       itself) is as fresh as the primary by definition.
 * </ol>
 *
 * <p>Known limitations: a statement already running on the replica when it goes away fails like any
 * statement whose server goes away (503); the next reads fall back. A pooler that hands one client
 * connection to several servers in turn (pgbouncer in transaction mode over several standbys)
 * defeats the check: the check and the read must reach the same server.
 */
final class ReplicaServer {
  private static final Logger log = LoggerFactory.getLogger(ReplicaServer.class);
  private static final long POLL_MILLIS = 10;

  private final DataSource replica;
  private final DataSource primary;
  private final long waitNanos;
  private final long retryAfterNanos;
  private final Counter reads;
  private final Counter lagging;
  private final Counter unavailable;
  private volatile WalPosition floor;
  private volatile long downUntilNanos = System.nanoTime();

  ReplicaServer(
      DataSource replica,
      DataSource primary,
      Duration wait,
      Duration retryAfter,
      MeterRegistry meters) {
    this.replica = replica;
    this.primary = primary;
    this.waitNanos = wait.toNanos();
    this.retryAfterNanos = retryAfter.toNanos();
    this.reads =
        Counter.builder("civgis.db.replica.reads")
            .description("Connections handed out to the read replica")
            .register(meters);
    this.lagging = fallbacks(meters, "lag");
    this.unavailable = fallbacks(meters, "unavailable");
  }

  private static Counter fallbacks(MeterRegistry meters, String reason) {
    return Counter.builder("civgis.db.replica.fallbacks")
        .description("Replica reads answered by the primary instead")
        .tag("reason", reason)
        .register(meters);
  }

  /**
   * The primary has moved on (a change was committed): the floor is read anew before the next read.
   */
  void primaryMovedOn() {
    floor = null;
  }

  /**
   * A replica connection that has replayed at least {@code required} and, when it {@code
   * fillsCache}, this instance's floor, or {@code null} when there is none to be had within the
   * wait (read from the primary then).
   */
  Connection connectionAtLeastAt(WalPosition required, boolean fillsCache) {
    if (System.nanoTime() - downUntilNanos < 0) {
      unavailable.increment();
      return null;
    }
    WalPosition target;
    try {
      target = fillsCache ? WalPosition.later(floor(), required) : required;
    } catch (SQLException e) {
      // the primary is not there either: the read goes to it and fails there as it would anyway
      return null;
    }
    Connection connection;
    try {
      connection = replica.getConnection();
    } catch (SQLException e) {
      markDown(e);
      return null;
    }
    try {
      long deadline = System.nanoTime() + waitNanos;
      while (!replayed(connection, target)) {
        if (System.nanoTime() - deadline >= 0) {
          connection.close();
          lagging.increment();
          return null;
        }
        Thread.sleep(POLL_MILLIS);
      }
      reads.increment();
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      markDown(e);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(connection);
      lagging.increment();
      return null;
    }
  }

  private WalPosition floor() throws SQLException {
    WalPosition f = floor;
    if (f == null) {
      try (Connection c = primary.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select pg_current_wal_insert_lsn()::text")) {
        rs.next();
        f = WalPosition.parse(rs.getString(1));
      }
      floor = f;
    }
    return f;
  }

  private static boolean replayed(Connection connection, WalPosition target) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return true;
      }
      if (target == null) {
        return true;
      }
      String replay = rs.getString(2);
      return replay != null && WalPosition.parse(replay).reached(target);
    }
  }

  private void markDown(SQLException e) {
    unavailable.increment();
    downUntilNanos = System.nanoTime() + retryAfterNanos;
    log.warn(
        "read replica unavailable, reading from the primary for {} s: {}",
        retryAfterNanos / 1_000_000_000,
        e.getMessage());
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the connection is broken already; the pool drops it
    }
  }
}

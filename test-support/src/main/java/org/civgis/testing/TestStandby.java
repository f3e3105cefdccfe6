package org.civgis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A streaming hot standby of a {@link TestCluster}, for tests of reads from a replica: made with
 * {@code pg_basebackup -R} from the running primary and started on a port of its own. Only the
 * tests that ask for one pay for it (a few seconds). Closing it stops it and removes its files.
 */
public final class TestStandby implements AutoCloseable {
  private final Path script;
  private final Path dir;
  private final String port;
  private final String primaryAdminUrl;

  private TestStandby(Path script, Path dir, String port, String primaryAdminUrl) {
    this.script = script;
    this.dir = dir;
    this.port = port;
    this.primaryAdminUrl = primaryAdminUrl;
  }

  static TestStandby start(Path script, String primaryPort, String primaryAdminUrl) {
    try {
      Path dir = Files.createTempDirectory("civgis-it-standby-");
      int from = Integer.parseInt(primaryPort) + 1;
      String port = TestPostgis.run(script.toString(), "free-port", Integer.toString(from)).trim();
      TestStandby standby = new TestStandby(script, dir, port, primaryAdminUrl);
      standby.startServer();
      return standby;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JDBC URL of {@code database} (a database of the primary) on this standby. */
  public String jdbcUrl(TestDatabase database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database.name();
  }

  /** Waits (up to 30 s) until this standby has replayed everything the primary has written now. */
  public void awaitCaughtUp() {
    String target = query(primaryAdminUrl, "select pg_current_wal_insert_lsn()::text");
    String caughtUp = "select (pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn)::text";
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!"true".equals(query(adminUrl(), caughtUp))) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("the standby did not replay up to " + target + " in 30 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** Stops replaying the WAL: the standby keeps answering, with the state it has reached. */
  public void pauseReplay() {
    query(adminUrl(), "select pg_wal_replay_pause()");
  }

  /** Replays the WAL again. */
  public void resumeReplay() {
    query(adminUrl(), "select pg_wal_replay_resume()");
  }

  /** Stops the standby (fast shutdown: open connections are cut). */
  public void stopServer() {
    TestPostgis.run(script.toString(), "stop", dir.toString());
  }

  /** Starts the standby (made from the primary on the first start). */
  public void startServer() {
    TestPostgis.run(script.toString(), "standby", dir.toString(), port, primaryPort());
  }

  @Override
  public void close() {
    stopServer();
    TestPostgis.run("rm", "-rf", dir.toString());
  }

  private String adminUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  private String primaryPort() {
    String hostPort = primaryAdminUrl.substring("jdbc:postgresql://".length());
    return hostPort.substring(hostPort.indexOf(':') + 1, hostPort.indexOf('/'));
  }

  private static String query(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}

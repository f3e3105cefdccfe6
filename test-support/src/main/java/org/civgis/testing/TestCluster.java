package org.civgis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL cluster of one test's own, for tests that stop and start the database server (a
 * shared server must not go down under other tests). Closing it stops it and removes its files.
 */
public final class TestCluster implements AutoCloseable {
  private static final int FIRST_PORT = 57_000;

  private final Path script;
  private final Path dir;
  private final String port;
  private final TestPostgis.Server server;

  private TestCluster(Path script, Path dir, String port) {
    this.script = script;
    this.dir = dir;
    this.port = port;
    this.server =
        new TestPostgis.Server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
  }

  /** Starts a new throwaway cluster with the extension template in place. */
  public static TestCluster start() {
    Path script = TestPostgis.projectRoot().resolve("scripts/pg.sh");
    try {
      Path dir = Files.createTempDirectory("civgis-it-own-pg-");
      // from a random start: test runs side by side (two checkouts) must not race for one port
      int from = FIRST_PORT + java.util.concurrent.ThreadLocalRandom.current().nextInt(400);
      String port = TestPostgis.run(script.toString(), "free-port", Integer.toString(from)).trim();
      TestCluster cluster = new TestCluster(script, dir, port);
      cluster.startServer();
      cluster.server.ensureTemplate();
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh database on this cluster, owned by an ordinary role. */
  public TestDatabase createDatabase(String hint) {
    return server.createDatabase(hint);
  }

  /**
   * Starts a streaming hot standby of this cluster (pg_basebackup -R) on a port of its own; the
   * caller closes it before this cluster.
   */
  public TestStandby startStandby() {
    return TestStandby.start(script, port, server.adminUrl());
  }

  /** Stops the server (fast shutdown: open connections are cut). */
  public void stopServer() {
    TestPostgis.run(script.toString(), "stop", dir.toString());
  }

  /** Starts the server again on the same port and files. */
  public void startServer() {
    TestPostgis.run(script.toString(), "start", dir.toString(), port, "--throwaway");
  }

  @Override
  public void close() {
    stopServer();
    TestPostgis.run("rm", "-rf", dir.toString());
  }
}

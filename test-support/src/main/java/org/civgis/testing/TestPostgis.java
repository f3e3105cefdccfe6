package org.civgis.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;

/**
 * The PostGIS server of this test JVM and the databases created on it.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The server is the one named by the system property {@code postgis.url} (a superuser JDBC
 *       URL; {@code postgis.user}, {@code postgis.password} give the credentials), or else a
 *       throwaway cluster started with {@code scripts/pg.sh} and removed at JVM exit.
 *   <li>When neither can be had: with {@code postgis.required=true} an {@link
 *       IllegalStateException} (the test fails); otherwise the test is aborted (skipped) with the
 *       reason.
 *   <li>Every database is created from one template that has the extensions.
 * </ol>
 */
public final class TestPostgis {
  private static final String TEMPLATE = "civgis_it_template";

  /** The ordinary role that owns the test databases, as the app's role owns its database. */
  static final String OWNER = "civgis_it";

  static final String OWNER_PASSWORD = "civgis_it";
  private static final int FIRST_PORT = 56_000;
  private static final Map<String, TestDatabase> SHARED = new ConcurrentHashMap<>();
  private static volatile Server server;

  /**
   * Flyway logs every migration at INFO through java.util.logging where no SLF4J binding is on the
   * class path (the plain-Java modules): the test log keeps its warnings only. Held here because
   * java.util.logging keeps loggers only while someone refers to them.
   */
  private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

  private TestPostgis() {}

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  /** A fresh database whose name starts with {@code hint}. */
  public static TestDatabase createDatabase(String hint) {
    return server().createDatabase(hint);
  }

  /**
   * One database per JVM and {@code name}, for Spring contexts cached across test classes; it is
   * dropped at JVM exit.
   */
  public static TestDatabase sharedDatabase(String name) {
    return SHARED.computeIfAbsent(
        name,
        n -> {
          TestDatabase database = createDatabase(n);
          Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(database)));
          return database;
        });
  }

  private static void dropQuietly(TestDatabase database) {
    try {
      dropDatabase(database);
    } catch (RuntimeException ignored) {
      // the server may already be gone at JVM exit
    }
  }

  /** Drops {@code database}, ending its open connections. */
  public static void dropDatabase(TestDatabase database) {
    server().execute("drop database if exists " + database.name() + " with (force)");
  }

  private static Server server() {
    Server s = server;
    if (s == null) {
      synchronized (TestPostgis.class) {
        s = server;
        if (s == null) {
          s = startServer();
          s.ensureTemplate();
          server = s;
        }
      }
    }
    return s;
  }

  private static Server startServer() {
    String url = System.getProperty("postgis.url", "").trim();
    String user = System.getProperty("postgis.user", "postgres");
    String password = System.getProperty("postgis.password", "");
    try {
      if (!url.isEmpty()) {
        return new Server(url, user, password);
      }
      return startThrowawayCluster();
    } catch (RuntimeException e) {
      String reason = "no PostGIS for integration tests: " + e.getMessage();
      if (Boolean.getBoolean("postgis.required")) {
        throw new IllegalStateException(reason + " (postgis.required=true)", e);
      }
      Assumptions.abort(reason + " (set postgis.required=true to fail instead)");
      throw new TestAbortedException(reason);
    }
  }

  private static Server startThrowawayCluster() {
    Path script = projectRoot().resolve("scripts/pg.sh");
    try {
      Path dir = Files.createTempDirectory("civgis-it-pg-");
      String port = run(script.toString(), "free-port", Integer.toString(FIRST_PORT)).trim();
      run(script.toString(), "start", dir.toString(), port, "--throwaway");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      run(script.toString(), "stop", dir.toString());
                      run("rm", "-rf", dir.toString());
                    } catch (RuntimeException ignored) {
                      // the JVM is exiting; a leftover temp folder is harmless
                    }
                  }));
      return new Server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static Path projectRoot() {
    String configured = System.getProperty("project.root", "");
    Path start = configured.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(configured);
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isExecutable(p.resolve("scripts/pg.sh"))) {
        return p;
      }
    }
    throw new IllegalStateException("scripts/pg.sh not found above " + start);
  }

  static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output.trim());
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  record Server(String adminUrl, String user, String password) {

    TestDatabase createDatabase(String hint) {
      String name =
          ("it_"
                  + hint.replaceAll("[^A-Za-z0-9]", "_")
                  + "_"
                  + UUID.randomUUID().toString().substring(0, 8))
              .toLowerCase(Locale.ROOT);
      if (name.length() > 60) {
        name = name.substring(0, 51) + name.substring(name.length() - 9);
      }
      execute("create database " + name + " owner " + OWNER + " template " + TEMPLATE);
      return new TestDatabase(name, urlOf(name), OWNER, OWNER_PASSWORD, user, password);
    }

    String urlOf(String database) {
      int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
      int query = adminUrl.indexOf('?', slash);
      return adminUrl.substring(0, slash + 1)
          + database
          + (query < 0 ? "" : adminUrl.substring(query));
    }

    Connection connect(String url) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    void execute(String sql) {
      try (Connection c = connect(adminUrl);
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + ": " + e.getMessage(), e);
      }
    }

    void ensureTemplate() {
      try (Connection c = connect(adminUrl);
          Statement s = c.createStatement()) {
        // Several test JVMs may share one server: one of them creates the template.
        s.execute("select pg_advisory_lock(727271)");
        try (ResultSet rs =
            s.executeQuery("select 1 from pg_roles where rolname = '" + OWNER + "'")) {
          if (!rs.next()) {
            s.execute(
                "create role " + OWNER + " login nosuperuser password '" + OWNER_PASSWORD + "'");
          }
        }
        try (ResultSet rs =
            s.executeQuery("select 1 from pg_database where datname = '" + TEMPLATE + "'")) {
          if (rs.next()) {
            return;
          }
        }
        s.execute("create database " + TEMPLATE);
        try (Connection t = connect(urlOf(TEMPLATE));
            Statement ts = t.createStatement()) {
          for (String extension : new String[] {"postgis", "pgrouting", "pg_trgm", "btree_gist"}) {
            ts.execute("create extension if not exists " + extension);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot prepare " + TEMPLATE + ": " + e.getMessage(), e);
      }
    }
  }
}

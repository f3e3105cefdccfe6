package org.civgis.web.change;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on {@value FeatureChangePublisher#CHANNEL} with one connection taken from the pool and
 * kept, on a daemon thread, and hands each change to the subscribers.
 *
 * <p>What holds: while running, the thread is either listening or waiting to reconnect (0.5 s,
 * doubling up to 10 s). After every successful {@code LISTEN}, the first one included, the
 * subscribers are told {@code onMissedChanges}: whatever they derived before that moment may be
 * stale. A connection that broke is evicted from the pool, not returned to it. A payload that is
 * not a change is logged and taken as missed changes. It starts once the context is up and stops
 * (within about {@link #POLL}) on shutdown, returning its connection with {@code UNLISTEN *}.
 */
@Component
class FeatureChangeListener implements SmartLifecycle {
  static final Duration POLL = Duration.ofMillis(500);
  static final Duration QUIET_CHECK = Duration.ofSeconds(10);
  static final Duration FIRST_RETRY = Duration.ofMillis(500);
  static final Duration LAST_RETRY = Duration.ofSeconds(10);

  /** How the listening session shows in {@code pg_stat_activity}. */
  static final String APPLICATION_NAME = "civgis feature-change listener";

  private static final Logger log = LoggerFactory.getLogger(FeatureChangeListener.class);

  private final DataSource dataSource;
  private final FeatureChangeDispatcher dispatcher;
  private volatile boolean running;
  private Thread thread;

  FeatureChangeListener(DataSource dataSource, FeatureChangeDispatcher dispatcher) {
    this.dataSource = dataSource;
    this.dispatcher = dispatcher;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::run, "feature-change-listener");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    Thread listener = thread;
    thread = null;
    if (listener == null) {
      return;
    }
    try {
      listener.join(POLL.multipliedBy(4).toMillis());
      if (listener.isAlive()) {
        listener.interrupt();
        listener.join(POLL.multipliedBy(4).toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    Duration retry = FIRST_RETRY;
    boolean everConnected = false;
    while (running) {
      Connection connection = null;
      try {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
          statement.execute("set application_name = '" + APPLICATION_NAME + "'");
          statement.execute("listen " + FeatureChangePublisher.CHANNEL);
        }
        log.info(
            everConnected
                ? "Listening for feature changes on {} again; caches are flushed"
                    + " (changes during the outage are unknown)"
                : "Listening for feature changes on {}",
            FeatureChangePublisher.CHANNEL);
        everConnected = true;
        retry = FIRST_RETRY;
        dispatcher.missedChanges();
        poll(connection, postgres);
        release(connection);
      } catch (SQLException | RuntimeException e) {
        discard(connection);
        if (!running) {
          break;
        }
        log.warn(
            "Not listening for feature changes ({}); retrying in {} ms",
            e.getMessage(),
            retry.toMillis());
        if (!sleep(retry)) {
          break;
        }
        retry =
            retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
      }
    }
  }

  /** Until stopped; throws when the connection breaks. */
  private void poll(Connection connection, PGConnection postgres) throws SQLException {
    long quietSince = System.nanoTime();
    while (running) {
      PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
      if (notifications != null && notifications.length > 0) {
        quietSince = System.nanoTime();
        for (PGNotification notification : notifications) {
          dispatch(notification.getParameter());
        }
      } else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
        // a connection that died without a word would otherwise wait for notifications forever
        if (!connection.isValid((int) QUIET_CHECK.toSeconds())) {
          throw new SQLException("the listening connection no longer answers");
        }
        quietSince = System.nanoTime();
      }
    }
  }

  private void dispatch(String payload) {
    FeatureChange change;
    try {
      change = FeatureChange.parse(payload);
    } catch (IllegalArgumentException e) {
      log.warn("Not a feature change, taken as missed changes: {}", e.getMessage());
      dispatcher.missedChanges();
      return;
    }
    dispatcher.changed(change);
  }

  /** A healthy connection goes back to the pool as it came. */
  private static void release(Connection connection) {
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute("unlisten *");
      statement.execute("reset application_name");
    } catch (SQLException e) {
      log.debug("could not reset the listening connection", e);
    }
  }

  /** A broken connection must not go back to the pool, where a request would get it. */
  private void discard(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      if (dataSource.isWrapperFor(HikariDataSource.class)) {
        dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
      }
    } catch (SQLException | RuntimeException e) {
      log.debug("could not evict the listening connection", e);
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("could not close the listening connection", e);
    }
  }

  private static boolean sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

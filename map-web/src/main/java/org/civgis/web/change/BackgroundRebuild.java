package org.civgis.web.change;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds an in-memory index on its own daemon thread when the data under it changed: one rebuild
 * at a time; requests while one waits are folded into it, a request during a rebuild causes one
 * more. A failed rebuild is logged and the old index stays.
 */
public final class BackgroundRebuild implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BackgroundRebuild.class);

  private final String name;
  private final Runnable rebuild;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final ExecutorService thread;

  /** {@code name} names the thread and the log lines, e.g. "address index". */
  public BackgroundRebuild(String name, Runnable rebuild) {
    this.name = name;
    this.rebuild = rebuild;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "civgis " + name);
              t.setDaemon(true);
              return t;
            });
  }

  /** Asks for a rebuild soon. */
  public void request() {
    if (pending.compareAndSet(false, true)) {
      thread.execute(
          () -> {
            pending.set(false);
            try {
              rebuild.run();
            } catch (RuntimeException e) {
              log.warn("{} not rebuilt: {}", name, e.getMessage());
            }
          });
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}

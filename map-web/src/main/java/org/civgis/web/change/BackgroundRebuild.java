package org.civgis.web.change;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an in-memory index (the name search index, the address index) from the database: once at
 * start, and again on its own daemon thread whenever the data under it may have changed.
 *
 * <ol>
 *   <li>A rebuild request ({@link #request}: a change heard, or changes possibly missed) is met by
 *       a build that began reading after the request was heard. Requests while one waits are folded
 *       into it; a request heard during a build causes one more build after it.
 *   <li>The build at start ({@link #buildAtStart}) is met by any build that has finished. So the
 *       start builds each index once, although the change listener asks for a rebuild as soon as it
 *       listens (changes before that may have gone unheard): whichever of the two builds first
 *       meets the other, since it began reading after the listener's request or, if it began
 *       before, the request is not met and one more build follows.
 *   <li>One build at a time on this instance, of all indexes: each build holds a whole index under
 *       construction next to the one in use, and the rows it reads.
 *   <li>A failed build leaves the previous index in use; in the background it is logged, at start
 *       it is thrown. The next request builds again.
 *   <li>Counted in the metric {@code civgis.index.builds} with the tags {@code index} (e.g. {@code
 *       name-search-index}) and {@code outcome}: {@code built}, {@code current} (a request or the
 *       start found the index already built from data as fresh as it asked for), {@code failed}.
 * </ol>
 */
public final class BackgroundRebuild implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BackgroundRebuild.class);

  /** How long the build at start waits for the change listener's first request. */
  public static final Duration FIRST_REQUEST_WAIT = Duration.ofSeconds(10);

  /** Held during every build of every index of the app (a JVM runs one instance but in tests). */
  private static final Object ONE_BUILD_AT_A_TIME = new Object();

  private final String name;
  private final Runnable build;
  private final Runnable buildInBackground;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final ExecutorService thread;
  private final Duration firstRequestWait;
  private final CountDownLatch firstRequest = new CountDownLatch(1);

  /** Rebuild requests heard so far. */
  private final AtomicLong heard = new AtomicLong();

  /** How many requests had been heard when the last finished build began reading; -1: none yet. */
  private long builtAsOf = -1; // guarded by ONE_BUILD_AT_A_TIME

  private final Counter built;
  private final Counter current;
  private final Counter failed;

  /**
   * {@code name} names the thread, the log lines and the metric's tag, e.g. "address index"; {@code
   * build} builds the index and puts it in use; {@code buildInBackground} does the same as a read a
   * replica may answer.
   */
  public BackgroundRebuild(
      String name, Runnable build, Runnable buildInBackground, MeterRegistry meters) {
    this(name, build, buildInBackground, meters, FIRST_REQUEST_WAIT);
  }

  BackgroundRebuild(
      String name,
      Runnable build,
      Runnable buildInBackground,
      MeterRegistry meters,
      Duration firstRequestWait) {
    this.name = name;
    this.firstRequestWait = firstRequestWait;
    this.build = build;
    this.buildInBackground = buildInBackground;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "civgis " + name);
              t.setDaemon(true);
              return t;
            });
    this.built = counter(meters, "built");
    this.current = counter(meters, "current");
    this.failed = counter(meters, "failed");
  }

  private Counter counter(MeterRegistry meters, String outcome) {
    return Counter.builder("civgis.index.builds")
        .description(
            "Builds of an in-memory index (built, failed) and requests an earlier build met"
                + " (current)")
        .tag("index", name.replace(' ', '-'))
        .tag("outcome", outcome)
        .register(meters);
  }

  /** Asks for a rebuild soon, from data at least as fresh as now. */
  public void request() {
    heard.incrementAndGet();
    firstRequest.countDown();
    if (pending.compareAndSet(false, true)) {
      thread.execute(
          () -> {
            pending.set(false);
            try {
              buildUnlessMet(heard.get(), buildInBackground);
            } catch (RuntimeException e) {
              log.warn("{} not rebuilt: {}", name, e.getMessage());
            }
          });
    }
  }

  /**
   * At start: waits for the first rebuild request (the change listener's), then builds on this
   * thread as {@link #buildUnlessBuilt}.
   */
  public void buildAtStart() {
    try {
      if (!firstRequest.await(firstRequestWait.toMillis(), TimeUnit.MILLISECONDS)) {
        log.info("{}: no rebuild request yet, built at start anyway", name);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    buildUnlessBuilt();
  }

  /**
   * Builds the index now on this thread unless a build has finished already (then returns at once)
   * or is under way (then returns when it has finished).
   */
  public void buildUnlessBuilt() {
    buildUnlessMet(0, build);
  }

  /** Builds unless the last finished build began reading after {@code requests} were heard. */
  private void buildUnlessMet(long requests, Runnable how) {
    synchronized (ONE_BUILD_AT_A_TIME) {
      if (builtAsOf >= requests) {
        current.increment();
        return;
      }
      long asOf = heard.get();
      try {
        how.run();
      } catch (RuntimeException e) {
        failed.increment();
        throw e;
      }
      builtAsOf = asOf;
      built.increment();
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}

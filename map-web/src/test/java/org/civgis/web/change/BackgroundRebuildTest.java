package org.civgis.web.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When a rebuild request is met by a build and when it causes one more: the start's build and the
 * change listener's first request in both orders, and a change heard while a build reads.
 */
class BackgroundRebuildTest {
  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final AtomicInteger builds = new AtomicInteger();

  /** Released by the test while a build is reading; null: builds do not wait. */
  private volatile CountDownLatch reading;

  private final CountDownLatch readingStarted = new CountDownLatch(1);

  private final Runnable build =
      () -> {
        builds.incrementAndGet();
        CountDownLatch latch = reading;
        if (latch != null) {
          readingStarted.countDown();
          await(latch);
        }
      };

  private BackgroundRebuild rebuild;

  @AfterEach
  void close() {
    rebuild.close();
  }

  private BackgroundRebuild rebuild(Duration firstRequestWait) {
    rebuild = new BackgroundRebuild("test index", build, build, meters, firstRequestWait);
    return rebuild;
  }

  private double count(String outcome) {
    return meters
        .get("civgis.index.builds")
        .tag("index", "test-index")
        .tag("outcome", outcome)
        .counter()
        .count();
  }

  /** Until {@code built + current} reaches {@code answers} (5 s at most). */
  private void awaitAnswers(int answers) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (count("built") + count("current") < answers && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---- at start

  @Test
  void theListenersFirstRequestBuildsAndTheStartWaitsForItInsteadOfBuildingAgain()
      throws InterruptedException {
    BackgroundRebuild r = rebuild(Duration.ofSeconds(5));
    reading = new CountDownLatch(1);
    r.request(); // the listener listens: changes before may have been missed
    await(readingStarted);
    CompletableFuture<Void> start = CompletableFuture.runAsync(r::buildAtStart);
    Thread.sleep(100);
    assertThat(start).as("the start returns when the build under way has finished").isNotDone();
    reading.countDown();
    start.join();
    assertThat(builds.get()).isEqualTo(1);
    assertThat(count("built")).isEqualTo(1);
    assertThat(count("current")).isEqualTo(1);
  }

  @Test
  void theStartWaitsForTheListenersFirstRequestAndBuildsOnce() throws InterruptedException {
    BackgroundRebuild r = rebuild(Duration.ofSeconds(5));
    CompletableFuture<Void> start = CompletableFuture.runAsync(r::buildAtStart);
    Thread.sleep(100);
    assertThat(builds.get()).as("no build before the listener's request").isZero();
    r.request();
    start.join();
    awaitAnswers(2);
    assertThat(builds.get()).isEqualTo(1);
    assertThat(count("built")).isEqualTo(1);
    assertThat(count("current")).isEqualTo(1);
  }

  @Test
  void aStartBuildThatReadBeforeTheListenersRequestIsFollowedByAnother()
      throws InterruptedException {
    // the listener was late: a change between the start's read and its listening went unheard
    BackgroundRebuild r = rebuild(Duration.ZERO);
    r.buildAtStart();
    assertThat(builds.get()).isEqualTo(1);
    r.request();
    awaitAnswers(2);
    assertThat(builds.get()).isEqualTo(2);
    assertThat(count("current")).isZero();
  }

  // ---- changes

  @Test
  void aChangeHeardWhileABuildReadsCausesOneMoreBuild() throws InterruptedException {
    BackgroundRebuild r = rebuild(Duration.ofSeconds(5));
    reading = new CountDownLatch(1);
    r.request();
    await(readingStarted);
    r.request(); // a change committed after the build began reading
    r.request(); // and another: folded into the same rebuild
    CountDownLatch first = reading;
    reading = null;
    first.countDown();
    awaitAnswers(2);
    r.buildAtStart();
    assertThat(builds.get()).isEqualTo(2);
    assertThat(count("built")).isEqualTo(2);
  }

  @Test
  void aFailedBuildIsCountedAndTheNextRequestBuildsAgain() throws InterruptedException {
    AtomicInteger attempts = new AtomicInteger();
    rebuild =
        new BackgroundRebuild(
            "test index",
            build,
            () -> {
              if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the database went away");
              }
            },
            meters,
            Duration.ZERO);
    rebuild.request();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (count("failed") < 1 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    rebuild.request();
    awaitAnswers(1);
    assertThat(count("failed")).isEqualTo(1);
    assertThat(count("built")).isEqualTo(1);
    assertThat(attempts.get()).isEqualTo(2);
  }
}

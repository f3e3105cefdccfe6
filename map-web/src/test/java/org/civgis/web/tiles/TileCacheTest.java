package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileCacheTest {
  private static final long MB = 1024 * 1024;

  /** The z=7 tile of Changji city (87.19–90.00°E, 43.07–45.09°N). */
  private static final TileKey CHANGJI = TileKey.of("divisions", 7, 95, 46);

  /** Its western neighbour (84.38–87.19°E). */
  private static final TileKey WEST = TileKey.of("divisions", 7, 94, 46);

  /** A tile in the Pacific. */
  private static final TileKey PACIFIC = TileKey.of("divisions", 7, 10, 60);

  private final TileCache cache = new TileCache(List.of("divisions", "facilities"), 16 * MB);
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private static Function<TileKey, byte[]> returning(String content) {
    return key -> content.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(TileCache.Lookup lookup) {
    return new String(lookup.tile().bytes(), StandardCharsets.UTF_8);
  }

  /** A computation that waits until released, counting its calls. */
  private static final class SlowComputation implements Function<TileKey, byte[]> {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();
    private final String content;

    SlowComputation(String content) {
      this.content = content;
    }

    @Override
    public byte[] apply(TileKey key) {
      calls.incrementAndGet();
      started.countDown();
      try {
        if (!release.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return content.getBytes(StandardCharsets.UTF_8);
    }
  }

  private static void awaitOrFail(CountDownLatch latch) throws InterruptedException {
    assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Waits until {@code thread} has started and waits (for another's computation). */
  private static void awaitWaiting(AtomicReference<Thread> thread) throws InterruptedException {
    for (int i = 0;
        i < 2000 && (thread.get() == null || thread.get().getState() != Thread.State.WAITING);
        i++) {
      Thread.sleep(5);
    }
    assertThat(thread.get().getState()).isEqualTo(Thread.State.WAITING);
  }

  // ---- hits and misses

  @Test
  void missThenHitWithTheSameBytesAndEtag() {
    TileCache.Lookup first = cache.get(CHANGJI, returning("tile"));
    TileCache.Lookup second = cache.get(CHANGJI, key -> null);
    assertThat(first.hit()).isFalse();
    assertThat(second.hit()).isTrue();
    assertThat(text(second)).isEqualTo("tile");
    assertThat(second.tile().etag()).isEqualTo(first.tile().etag()).matches("\"[0-9a-f]{32}\"");
  }

  @Test
  void anEmptyTileIsCachedToo() {
    assertThat(cache.get(PACIFIC, key -> null).tile().bytes()).isEmpty();
    assertThat(cache.get(PACIFIC, key -> new byte[] {1}).hit()).isTrue();
  }

  @Test
  void differentBytesHaveDifferentEtags() {
    String a = cache.get(CHANGJI, returning("a")).tile().etag();
    String b = cache.get(WEST, returning("b")).tile().etag();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void aFailedComputationIsNotCached() {
    assertThatThrownBy(
            () ->
                cache.get(
                    CHANGJI,
                    key -> {
                      throw new IllegalStateException("database down");
                    }))
        .hasMessage("database down");
    assertThat(cache.get(CHANGJI, returning("tile")).hit()).isFalse();
  }

  @Test
  void anUnknownLayerIsAnError() {
    assertThatThrownBy(() -> cache.get(TileKey.of("roads", 0, 0, 0), returning("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- invalidation

  @Test
  void aChangeEvictsOnlyTheTilesItTouches() {
    cache.get(CHANGJI, returning("changji"));
    cache.get(WEST, returning("west"));
    cache.get(PACIFIC, returning("pacific"));

    // a change around 阜康市 (88°E), well inside the Changji tile
    cache.onChange("divisions", new Envelope(87.8, 88.9, 43.9, 45.0));

    assertThat(cache.getIfPresent(CHANGJI)).isNull();
    assertThat(cache.getIfPresent(WEST)).isNotNull();
    assertThat(cache.getIfPresent(PACIFIC)).isNotNull();
  }

  @Test
  void aChangeJustOutsideATileReachesItThroughTheBuffer() {
    cache.get(WEST, returning("west"));
    // 0.01° east of the western tile's edge at 87.1875°E: in its 64-unit buffer (0.044°)
    cache.onChange("divisions", new Envelope(87.1975, 87.2, 44, 44.1));
    assertThat(cache.getIfPresent(WEST)).isNull();

    cache.get(WEST, returning("west"));
    // 0.1° east of the edge: beyond the buffer
    cache.onChange("divisions", new Envelope(87.2875, 87.3, 44, 44.1));
    assertThat(cache.getIfPresent(WEST)).isNotNull();
  }

  @Test
  void aChangeWithoutEnvelopeEvictsTheWholeLayerOnly() {
    TileKey facility = TileKey.of("facilities", 7, 95, 46);
    cache.get(CHANGJI, returning("changji"));
    cache.get(PACIFIC, returning("pacific"));
    cache.get(facility, returning("facility"));

    cache.onChange("divisions", null);

    assertThat(cache.getIfPresent(CHANGJI)).isNull();
    assertThat(cache.getIfPresent(PACIFIC)).isNull();
    assertThat(cache.getIfPresent(facility)).isNotNull();
  }

  @Test
  void missedChangesEvictEverything() {
    cache.get(CHANGJI, returning("changji"));
    cache.get(TileKey.of("facilities", 0, 0, 0), returning("facility"));
    cache.onMissedChanges();
    assertThat(cache.size()).isZero();
  }

  @Test
  void changesOfOtherCollectionsAreIgnored() {
    cache.get(CHANGJI, returning("changji"));
    cache.onChange("boundary-markers", null);
    assertThat(cache.getIfPresent(CHANGJI)).isNotNull();
  }

  // ---- races

  @Test
  void aTileComputedBeforeAnInvalidationIsNotStoredAfterIt() throws Exception {
    SlowComputation old = new SlowComputation("old name");
    Future<TileCache.Lookup> request = threads.submit(() -> cache.get(CHANGJI, old));
    awaitOrFail(old.started); // it has read the data

    cache.onChange("divisions", new Envelope(87.8, 88.9, 43.9, 45.0));
    old.release.countDown();

    // its own request still gets what it computed ...
    assertThat(text(request.get(10, TimeUnit.SECONDS))).isEqualTo("old name");
    // ... but the cache did not keep it
    assertThat(cache.getIfPresent(CHANGJI)).isNull();
    TileCache.Lookup next = cache.get(CHANGJI, returning("new name"));
    assertThat(next.hit()).isFalse();
    assertThat(text(next)).isEqualTo("new name");
  }

  @Test
  void missedChangesDuringAComputationKeepItOutOfTheCache() throws Exception {
    SlowComputation old = new SlowComputation("old");
    Future<TileCache.Lookup> request = threads.submit(() -> cache.get(CHANGJI, old));
    awaitOrFail(old.started);
    cache.onMissedChanges();
    old.release.countDown();
    request.get(10, TimeUnit.SECONDS);
    assertThat(cache.getIfPresent(CHANGJI)).isNull();
  }

  @Test
  void concurrentRequestsForAMissingTileComputeItOnce() throws Exception {
    SlowComputation computation = new SlowComputation("tile");
    Future<TileCache.Lookup> first = threads.submit(() -> cache.get(CHANGJI, computation));
    awaitOrFail(computation.started);
    AtomicReference<Thread> second = new AtomicReference<>();
    Future<TileCache.Lookup> waiting =
        threads.submit(
            () -> {
              second.set(Thread.currentThread());
              return cache.get(CHANGJI, computation);
            });
    awaitWaiting(second);
    computation.release.countDown();

    assertThat(text(first.get(10, TimeUnit.SECONDS))).isEqualTo("tile");
    TileCache.Lookup joined = waiting.get(10, TimeUnit.SECONDS);
    assertThat(text(joined)).isEqualTo("tile");
    assertThat(joined.hit()).isFalse();
    assertThat(computation.calls).hasValue(1);
    assertThat(cache.get(CHANGJI, returning("other")).hit()).isTrue();
  }

  @Test
  void aRequestAfterAnInvalidationDoesNotWaitForAnOlderComputation() throws Exception {
    SlowComputation old = new SlowComputation("old");
    Future<TileCache.Lookup> before = threads.submit(() -> cache.get(CHANGJI, old));
    awaitOrFail(old.started);

    cache.onChange("divisions", null);
    // computed anew while the old computation still runs
    TileCache.Lookup after = cache.get(CHANGJI, returning("new"));
    assertThat(text(after)).isEqualTo("new");

    old.release.countDown();
    assertThat(text(before.get(10, TimeUnit.SECONDS))).isEqualTo("old");
    assertThat(text(cache.get(CHANGJI, returning("unused")))).isEqualTo("new");
  }

  @Test
  void aFailureReachesEveryoneWhoWaited() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Function<TileKey, byte[]> failing =
        key -> {
          started.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new IllegalStateException("database down");
        };
    Future<TileCache.Lookup> first = threads.submit(() -> cache.get(CHANGJI, failing));
    awaitOrFail(started);
    AtomicReference<Thread> second = new AtomicReference<>();
    Future<TileCache.Lookup> waiting =
        threads.submit(
            () -> {
              second.set(Thread.currentThread());
              return cache.get(CHANGJI, failing);
            });
    awaitWaiting(second);
    release.countDown();

    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
    assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("database down");
  }

  // ---- size

  @Test
  void itHoldsAtMostItsBytes() {
    TileCache small = new TileCache(List.of("divisions"), 1 * MB);
    byte[] tenKb = new byte[10 * 1024];
    for (int x = 0; x < 200; x++) {
      small.get(TileKey.of("divisions", 8, x, 90), key -> tenKb);
    }
    assertThat(small.weightBytes()).isLessThanOrEqualTo(1 * MB);
    assertThat(small.size()).isBetween(1L, 101L);
  }
}

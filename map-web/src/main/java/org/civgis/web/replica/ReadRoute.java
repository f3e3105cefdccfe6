package org.civgis.web.replica;

import java.util.function.Supplier;

/**
 * Which server the current thread's statements may read from. By default, and always without a
 * replica, the primary; a replica only inside {@link #replica}, and never for a statement in a
 * transaction (see {@link ReadWriteDataSource}).
 *
 * <ol>
 *   <li>{@link #replica} marks work as a read that a replica may answer, as fresh as at least the
 *       given WAL position (a user's last write) and, for what is kept in a cache, the last change
 *       the instance heard of; it returns a scope to close.
 *   <li>{@link #onPrimary} runs a write that a read makes (a read mark) on the primary, also inside
 *       a replica read.
 *   <li>Once a replica read fell back to the primary (lag, replica gone), the rest of that read
 *       stays on the primary: one read does not mix old and new states, nor wait twice.
 * </ol>
 */
public final class ReadRoute {
  private static final ThreadLocal<Route> CURRENT = new ThreadLocal<>();

  private ReadRoute() {}

  /** What the current thread reads from. */
  static final class Route {
    private final boolean replica;
    private final WalPosition floor;
    private final boolean fillsCache;
    private boolean fellBack;

    private Route(boolean replica, WalPosition floor, boolean fillsCache) {
      this.replica = replica;
      this.floor = floor;
      this.fillsCache = fillsCache;
    }

    /** Whether the next statement may go to a replica. */
    boolean mayUseReplica() {
      return replica && !fellBack;
    }

    /** The WAL position a replica must have replayed for this read, or {@code null}. */
    WalPosition floor() {
      return floor;
    }

    /**
     * Whether what is read is kept (a tile cache, a search index) until the next change: then the
     * replica must also have replayed everything this instance has heard of.
     */
    boolean fillsCache() {
      return fillsCache;
    }

    /** Whether this read has gone to the primary after all. */
    boolean fellBack() {
      return fellBack;
    }

    void fallBack() {
      fellBack = true;
    }
  }

  /** Restores the route that was in force before it was opened. */
  public static final class Scope implements AutoCloseable {
    private final Route previous;

    private Scope(Route previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * Marks the current thread's work, until the scope is closed, as a read a replica may answer once
   * it has replayed {@code floor} ({@code null}: no position of the caller's own) and, when it
   * {@code fillsCache}, all changes this instance has heard of.
   */
  public static Scope replica(WalPosition floor, boolean fillsCache) {
    return open(new Route(true, floor, fillsCache));
  }

  /**
   * Runs {@code read}, whose result is kept until the next change, as a replica read (rebuilds).
   */
  public static void replica(Runnable read) {
    try (Scope ignored = replica(null, true)) {
      read.run();
    }
  }

  /** Runs {@code write} on the primary, also inside a replica read. */
  public static void onPrimary(Runnable write) {
    try (Scope ignored = open(new Route(false, null, false))) {
      write.run();
    }
  }

  /** Runs {@code work} on the primary, also inside a replica read, and returns its result. */
  public static <T> T onPrimary(Supplier<T> work) {
    try (Scope ignored = open(new Route(false, null, false))) {
      return work.get();
    }
  }

  /** The current thread's route, or {@code null} for the default (the primary). */
  static Route current() {
    return CURRENT.get();
  }

  private static Scope open(Route route) {
    Scope scope = new Scope(CURRENT.get());
    CURRENT.set(route);
    return scope;
  }
}

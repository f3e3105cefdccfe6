package org.civgis.web.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.civgis.web.change.FeatureChangeSubscriber;
import org.locationtech.jts.geom.Envelope;

/**
 * The tiles of all layers in memory, at most {@code maxBytes} of them (least used go first).
 *
 * <p>What holds:
 *
 * <ul>
 *   <li>No tile computed from data read before an invalidation of its layer is stored after that
 *       invalidation. Each layer has a generation; {@link #get} reads it before computing, an
 *       invalidation increments it, and a computed tile is stored only if the generation is still
 *       the one read. Both happen under the layer's lock, so no store slips between the increment
 *       and the eviction.
 *   <li>A missing tile is computed once for all who ask for it at the same time within one
 *       generation; a request that comes after an invalidation never waits for a computation that
 *       began before it, but computes anew.
 *   <li>{@link #onChange} evicts the tiles of the layers drawn from the changed collection (its own
 *       layer, and e.g. the base map) whose envelope, grown by the tile buffer, meets the change's
 *       envelope; {@link #onMissedChanges} evicts everything. Changes of collections no layer is
 *       drawn from are ignored.
 * </ul>
 */
public final class TileCache implements FeatureChangeSubscriber {

  /**
   * One answer of the cache.
   *
   * @param tile the tile
   * @param hit whether it came from the cache rather than from a computation for this request
   */
  public record Lookup(CachedTile tile, boolean hit) {}

  private final Cache<TileKey, CachedTile> tiles;
  private final Map<String, Layer> layers = new LinkedHashMap<>();
  private final ConcurrentHashMap<Flight, CompletableFuture<CachedTile>> inFlight =
      new ConcurrentHashMap<>();

  /**
   * @param layerIds the ids of the layers it will hold
   * @param maxBytes the most bytes of tiles (plus a small overhead per tile) it holds
   */
  public TileCache(Collection<String> layerIds, long maxBytes) {
    this(ownCollections(layerIds), maxBytes);
  }

  /**
   * @param collectionsByLayer the ids of the layers it will hold, each with the collections whose
   *     changes invalidate its tiles
   * @param maxBytes the most bytes of tiles (plus a small overhead per tile) it holds
   */
  public TileCache(Map<String, Set<String>> collectionsByLayer, long maxBytes) {
    collectionsByLayer.forEach((id, collections) -> layers.put(id, new Layer(id, collections)));
    tiles =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((TileKey key, CachedTile tile) -> tile.weightBytes())
            // maintenance on the calling thread: nothing of the cache runs elsewhere
            .executor(Runnable::run)
            .build();
  }

  private static Map<String, Set<String>> ownCollections(Collection<String> layerIds) {
    Map<String, Set<String>> collections = new LinkedHashMap<>();
    layerIds.forEach(id -> collections.put(id, Set.of(id)));
    return collections;
  }

  /**
   * The tile {@code key} from the cache, or computed by {@code compute} (which returns the MVT's
   * bytes, {@code null} or empty for an empty tile) and stored unless its layer was invalidated
   * meanwhile. An exception of {@code compute} reaches every request that waited for it.
   */
  public Lookup get(TileKey key, Function<TileKey, byte[]> compute) {
    CachedTile cached = tiles.getIfPresent(key);
    if (cached != null) {
      return new Lookup(cached, true);
    }
    Layer layer = layer(key.layer());
    long generation = layer.generation; // before any data is read
    Flight flight = new Flight(key, generation);
    CompletableFuture<CachedTile> mine = new CompletableFuture<>();
    CompletableFuture<CachedTile> running = inFlight.putIfAbsent(flight, mine);
    if (running != null) {
      return new Lookup(await(running), false);
    }
    try {
      // a computation of the same generation may have stored it between our miss and now
      cached = tiles.getIfPresent(key);
      if (cached != null) {
        mine.complete(cached);
        return new Lookup(cached, true);
      }
      CachedTile tile = CachedTile.of(compute.apply(key));
      layer.storeIfCurrent(key, tile, generation);
      mine.complete(tile);
      return new Lookup(tile, false);
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(flight, mine);
    }
  }

  /** The cached tile {@code key}, or {@code null}; never computes. */
  public CachedTile getIfPresent(TileKey key) {
    return tiles.getIfPresent(key);
  }

  @Override
  public void onChange(String collection, Envelope lonLatBboxOrNull) {
    for (Layer layer : layers.values()) {
      if (!layer.collections.contains(collection)) {
        continue;
      }
      if (lonLatBboxOrNull == null) {
        layer.invalidate(key -> true);
      } else {
        layer.invalidate(
            key ->
                key.tile()
                    .lonLatEnvelope(TileCoordinate.BUFFER_SHARE)
                    .intersects(lonLatBboxOrNull));
      }
    }
  }

  @Override
  public void onMissedChanges() {
    layers.values().forEach(layer -> layer.invalidate(key -> true));
  }

  /** How many tiles it holds (an estimate while others write). */
  public long size() {
    return tiles.estimatedSize();
  }

  /** What its tiles weigh, in bytes. */
  public long weightBytes() {
    tiles.cleanUp();
    return tiles.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
  }

  private Layer layer(String id) {
    Layer layer = layers.get(id);
    if (layer == null) {
      throw new IllegalArgumentException("no tile layer " + id + " in the cache");
    }
    return layer;
  }

  private static CachedTile await(CompletableFuture<CachedTile> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "TileCache[" + size() + " tiles, layers " + layers.keySet() + "]";
  }

  /** A computation under way: the tile and the generation it began in. */
  private record Flight(TileKey key, long generation) {}

  /** The generation of one layer and the lock that orders its stores and invalidations. */
  private final class Layer {
    private final String id;
    private final Set<String> collections;
    private volatile long generation;

    Layer(String id, Set<String> collections) {
      this.id = id;
      this.collections = Set.copyOf(collections);
    }

    synchronized void storeIfCurrent(TileKey key, CachedTile tile, long readGeneration) {
      if (generation == readGeneration) {
        tiles.put(key, tile);
      }
    }

    synchronized void invalidate(Predicate<TileKey> evict) {
      generation++;
      tiles.asMap().keySet().removeIf(key -> key.layer().equals(id) && evict.test(key));
    }
  }
}

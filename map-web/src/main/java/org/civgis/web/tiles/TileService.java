package org.civgis.web.tiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Tiles of the layers, from the cache or from PostGIS.
 *
 * <p>What holds: a cached tile is answered without touching the database; a missing one is computed
 * by the layer's SQL on the day of the deployment's zone; the cache is emptied at the first request
 * of a new day (versions begin and end at midnight there).
 */
@Service
class TileService {
  private static final Logger log = LoggerFactory.getLogger(TileService.class);

  private final Map<String, TileLayer> layers;
  private final TileCache cache;
  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile LocalDate day;

  TileService(List<TileLayer> layers, TileCache cache, JdbcClient jdbc, Clock clock) {
    this.layers =
        layers.stream()
            .collect(
                Collectors.toMap(
                    TileLayer::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    this.cache = cache;
    this.jdbc = jdbc;
    this.clock = clock;
    this.day = LocalDate.now(clock);
  }

  /** The layers, in the order of their beans. */
  List<TileLayer> layers() {
    return List.copyOf(layers.values());
  }

  Optional<TileLayer> layer(String id) {
    return Optional.ofNullable(layers.get(id));
  }

  /** The tile of {@code layer}, cached or computed now. */
  TileCache.Lookup tile(TileLayer layer, TileCoordinate tile) {
    today();
    // the day is read again inside the computation, after the cache has read the generation: a
    // tile computed for yesterday is then never stored after today's flush
    return cache.get(
        new TileKey(layer.id(), tile), key -> compute(layer, key.tile(), LocalDate.now(clock)));
  }

  /** The tile of {@code layer} as of {@code day}, computed now and not cached; null when empty. */
  byte[] tileOn(TileLayer layer, TileCoordinate tile, LocalDate day) {
    return compute(layer, tile, day);
  }

  /** Today in the deployment's zone; the first call on a new day empties the cache. */
  LocalDate today() {
    LocalDate today = LocalDate.now(clock);
    if (!today.equals(day)) {
      synchronized (this) {
        if (!today.equals(day)) {
          log.info("A new day ({}): the tile cache starts afresh", today);
          cache.onMissedChanges();
          day = today;
        }
      }
    }
    return today;
  }

  private byte[] compute(TileLayer layer, TileCoordinate tile, LocalDate today) {
    return jdbc.sql(layer.sql())
        .param("z", tile.z())
        .param("x", tile.x())
        .param("y", tile.y())
        .params(layer.parameters(today))
        .query(byte[].class)
        .optional()
        .orElse(null);
  }
}

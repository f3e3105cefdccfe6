package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** A layer drawn from several collections (the base map) is invalidated by changes of each. */
class TileCacheCollectionsTest {
  private static final TileKey BASE = TileKey.of("base", 7, 95, 46);
  private static final TileKey DIVISIONS = TileKey.of("divisions", 7, 95, 46);
  private static final Envelope CHANGJI = new Envelope(87.2, 87.4, 43.9, 44.1);

  private final TileCache cache = new TileCache(layers(), 1 << 20);

  private static Map<String, Set<String>> layers() {
    Map<String, Set<String>> layers = new LinkedHashMap<>();
    layers.put("divisions", Set.of("divisions"));
    layers.put("base", Set.of("divisions", "place-names"));
    return layers;
  }

  private void fill() {
    cache.get(BASE, key -> "base".getBytes(StandardCharsets.UTF_8));
    cache.get(DIVISIONS, key -> "divisions".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPlaceNameChangeEvictsTheBaseTilesOnly() {
    fill();
    cache.onChange("place-names", CHANGJI);
    assertThat(cache.getIfPresent(BASE)).isNull();
    assertThat(cache.getIfPresent(DIVISIONS)).isNotNull();
  }

  @Test
  void aDivisionChangeEvictsBothLayers() {
    fill();
    cache.onChange("divisions", CHANGJI);
    assertThat(cache.getIfPresent(BASE)).isNull();
    assertThat(cache.getIfPresent(DIVISIONS)).isNull();
  }

  @Test
  void changesElsewhereOrOfOtherCollectionsKeepThem() {
    fill();
    cache.onChange("place-names", new Envelope(116.3, 116.5, 39.8, 40.0));
    cache.onChange("signs", null);
    assertThat(cache.getIfPresent(BASE)).isNotNull();
    assertThat(cache.getIfPresent(DIVISIONS)).isNotNull();
  }
}

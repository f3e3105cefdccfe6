package org.civgis.web.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tile cache, sized by {@code civgis.tiles.cache-max-bytes}, over the layer beans. */
@Configuration(proxyBeanMethods = false)
class TileConfiguration {

  @Bean
  TileCache tileCache(List<TileLayer> layers, TileProperties properties) {
    Map<String, Set<String>> collections = new LinkedHashMap<>();
    for (TileLayer layer : layers) {
      if (collections.put(layer.id(), layer.collections()) != null) {
        throw new IllegalStateException("two tile layers with the id " + layer.id());
      }
    }
    return new TileCache(collections, properties.cacheMaxBytes().toBytes());
  }
}

package org.civgis.web.tiles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tile cache, sized by {@code civgis.tiles.cache-max-bytes}, over the layer beans. */
@Configuration(proxyBeanMethods = false)
class TileConfiguration {

  @Bean
  TileCache tileCache(List<TileLayer> layers, TileProperties properties) {
    Set<String> ids = new HashSet<>();
    for (TileLayer layer : layers) {
      if (!ids.add(layer.id())) {
        throw new IllegalStateException("two tile layers with the id " + layer.id());
      }
    }
    return new TileCache(ids, properties.cacheMaxBytes().toBytes());
  }
}

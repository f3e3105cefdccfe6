package org.civgis.web.tiles;

/**
 * A tile of a layer, the key of the cache.
 *
 * @param layer the layer id
 * @param tile the tile
 */
public record TileKey(String layer, TileCoordinate tile) {

  public static TileKey of(String layer, int z, int x, int y) {
    return new TileKey(layer, new TileCoordinate(z, x, y));
  }
}

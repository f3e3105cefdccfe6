package org.civgis.web.tiles;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the base maps ({@code civgis.base-map.*}).
 *
 * @param mbtiles the path of an MBTiles file (vector tiles, e.g. written by GDAL's {@code ogr2ogr
 *     -f MBTILES}, or raster tiles) offered as the offline base map; empty for none
 */
@ConfigurationProperties("civgis.base-map")
public record BaseMapProperties(String mbtiles) {

  /** Whether an MBTiles file is configured. */
  public boolean hasMbtiles() {
    return mbtiles != null && !mbtiles.isBlank();
  }
}

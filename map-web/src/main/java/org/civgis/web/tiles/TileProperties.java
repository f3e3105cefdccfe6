package org.civgis.web.tiles;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the vector tiles ({@code civgis.tiles.*}).
 *
 * @param cacheMaxBytes the most the tile cache holds, e.g. {@code 256MB}
 */
@ConfigurationProperties("civgis.tiles")
public record TileProperties(@DefaultValue("256MB") DataSize cacheMaxBytes) {}

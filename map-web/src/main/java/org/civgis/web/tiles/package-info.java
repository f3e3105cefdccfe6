/**
 * Mapbox vector tiles of the map layers under {@code /tiles}, cached in memory and invalidated by
 * feature changes.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Each layer is a {@link org.civgis.web.tiles.TileLayer} bean; its id is the id of its OGC
 *       API collection, and changes published for that collection invalidate its tiles. The {@code
 *       base} layer (the base map from our own data) is no collection: changes of the collections
 *       it is drawn from ({@code divisions}, {@code place-names}) invalidate it.
 *   <li>{@code GET /tiles/{layer}/{z}/{x}/{y}.mvt}: XYZ scheme of Web Mercator (EPSG:3857), rows
 *       counted from the north; one MVT layer named like the layer, extent 4096, buffer 64. An
 *       empty tile is a 200 with an empty body. An unknown layer is a 404; {@code z} outside the
 *       layer's zoom range (within 0–22) or {@code x}, {@code y} outside 0 to 2<sup>z</sup> − 1 is
 *       a 400 naming the parameter.
 *   <li>Tiles are answered with {@code Cache-Control: no-cache} (clients revalidate: an edit must
 *       show at once), a strong {@code ETag} (a hash of the bytes; {@code If-None-Match} gives 304)
 *       and {@code X-Tile-Cache: HIT} or {@code MISS}.
 *   <li>The cache never serves a tile computed from data read before an invalidation that covers
 *       it: a change evicts the layer's tiles whose buffered envelope meets the change's envelope,
 *       missed changes evict everything, and a tile whose computation began before an invalidation
 *       of its layer is returned to its requests but not stored. A missing tile is computed once
 *       however many ask for it at the same time.
 *   <li>Tile requests have no session (a browser's session cookie is not looked at), so a cached
 *       tile needs no database: cached tiles are served while the database is down, a tile that
 *       must be computed then answers 503.
 *   <li>The cache holds the tiles of one day in the deployment's zone: it is emptied at the first
 *       request of a new day, when versions begin or end.
 *   <li>{@code GET /tiles/{layer}.json} is TileJSON 3.0.0 with absolute URLs; {@code GET /tiles}
 *       lists the layers.
 *   <li>{@code GET /tiles/basemaps} lists the base maps a map may draw under its layers (our own,
 *       and the offline MBTiles file of {@code CIVGIS_BASE_MBTILES} when set); the file's tiles are
 *       {@code GET /tiles/mbtiles/{z}/{x}/{y}.mvt} (XYZ rows; the file's TMS rows are flipped),
 *       sent as stored, gzip-compressed ones with {@code Content-Encoding: gzip} (decompressed for
 *       a client that does not accept gzip); a tile the file lacks is a 404.
 * </ol>
 */
package org.civgis.web.tiles;

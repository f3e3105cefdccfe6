package org.civgis.web.tiles;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.web.config.CivgisProperties;
import org.civgis.web.problem.NotFoundException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Vector tiles, TileJSON and the list of layers; see the package contract. */
@RestController
@RequestMapping("/tiles")
class TileController {
  static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
  static final String CACHE_HEADER = "X-Tile-Cache";

  /** World bounds of Web Mercator, for a layer without features. */
  private static final List<Double> WORLD = List.of(-180.0, -85.0511, 180.0, 85.0511);

  private final TileService tiles;
  private final CivgisProperties properties;

  TileController(TileService tiles, CivgisProperties properties) {
    this.tiles = tiles;
    this.properties = properties;
  }

  /**
   * The tile; with {@code datetime} (a date, or a date-time reduced to its date) of a day other
   * than today, the versions valid on that day, computed for the request and not cached ({@code
   * X-Tile-Cache: BYPASS}).
   */
  @GetMapping("/{layerId}/{z}/{x}/{y}.mvt")
  ResponseEntity<byte[]> tile(
      @PathVariable String layerId,
      @PathVariable String z,
      @PathVariable String x,
      @PathVariable String y,
      @RequestParam(required = false) String datetime) {
    TileLayer layer = layer(layerId);
    TileCoordinate coordinate = TileParameters.parse(z, x, y, layer);
    LocalDate day = TileParameters.day(datetime);
    if (day != null && !day.equals(tiles.today())) {
      byte[] bytes = tiles.tileOn(layer, coordinate, day);
      return ResponseEntity.ok()
          .contentType(MVT)
          .cacheControl(CacheControl.noCache())
          .header(CACHE_HEADER, "BYPASS")
          .body(bytes == null ? new byte[0] : bytes);
    }
    TileCache.Lookup lookup = tiles.tile(layer, coordinate);
    // Spring answers 304 itself when If-None-Match matches the ETag
    return ResponseEntity.ok()
        .contentType(MVT)
        .cacheControl(CacheControl.noCache())
        .eTag(lookup.tile().etag())
        .header(CACHE_HEADER, lookup.hit() ? "HIT" : "MISS")
        .body(lookup.tile().bytes());
  }

  @GetMapping("/{layerId}.json")
  Map<String, Object> tileJson(@PathVariable String layerId) {
    TileLayer layer = layer(layerId);
    String base = base();
    LocalDate today = tiles.today();
    Envelope extent = layer.extent(today);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("tilejson", "3.0.0");
    json.put("name", layer.title());
    json.put("scheme", "xyz");
    json.put("tiles", List.of(template(base, layer)));
    json.put("minzoom", layer.minZoom());
    json.put("maxzoom", layer.maxZoom());
    json.put("bounds", extent == null ? WORLD : bounds(extent));
    json.put("center", center(extent, layer));
    json.put(
        "vector_layers",
        List.of(
            Map.of(
                "id", layer.id(),
                "description", layer.title(),
                "fields", layer.fields(),
                "minzoom", layer.minZoom(),
                "maxzoom", layer.maxZoom())));
    List<String> attributions = properties.map() == null ? null : properties.map().attributions();
    if (attributions != null && !attributions.isEmpty()) {
      json.put("attribution", String.join(" · ", attributions));
    }
    return json;
  }

  @GetMapping({"", "/"})
  Map<String, Object> layers() {
    String base = base();
    return Map.of(
        "layers",
        tiles.layers().stream()
            .map(
                layer -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("id", layer.id());
                  entry.put("title", layer.title());
                  entry.put("minzoom", layer.minZoom());
                  entry.put("maxzoom", layer.maxZoom());
                  entry.put("tilejson", base + "/tiles/" + layer.id() + ".json");
                  entry.put("tiles", template(base, layer));
                  return entry;
                })
            .toList());
  }

  private TileLayer layer(String id) {
    return tiles
        .layer(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "没有图层 "
                        + id
                        + "；可用图层："
                        + String.join(", ", tiles.layers().stream().map(TileLayer::id).toList())));
  }

  private static String template(String base, TileLayer layer) {
    return base + "/tiles/" + layer.id() + "/{z}/{x}/{y}.mvt";
  }

  private static List<Double> bounds(Envelope extent) {
    return List.of(
        round6(extent.getMinX()),
        round6(extent.getMinY()),
        round6(extent.getMaxX()),
        round6(extent.getMaxY()));
  }

  /**
   * The middle of the extent, at the highest zoom where its width still fits into two tiles (a
   * window of about 512 pixels), within the layer's zoom range.
   */
  static List<Number> center(Envelope extent, TileLayer layer) {
    if (extent == null) {
      return List.of(0.0, 0.0, layer.minZoom());
    }
    double width = Math.max(extent.getWidth(), 1e-9);
    int zoom = (int) Math.floor(Math.log(2 * 360.0 / width) / Math.log(2));
    zoom = Math.max(layer.minZoom(), Math.min(layer.maxZoom(), zoom));
    return List.of(round6(extent.centre().getX()), round6(extent.centre().getY()), zoom);
  }

  private static double round6(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}

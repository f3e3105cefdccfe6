package org.civgis.web.tiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.civgis.web.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base maps a map may draw under its layers: {@code GET /tiles/basemaps} lists them (our own
 * {@code base} tiles, the offline MBTiles file when one is configured), {@code GET
 * /tiles/mbtiles/{z}/{x}/{y}.mvt} serves the tiles of the MBTiles file and {@code GET
 * /tiles/mbtiles.json} its TileJSON.
 *
 * <p>What holds: a tile of the MBTiles file is sent as stored; gzip-compressed tiles (as GDAL and
 * most tools store vector tiles) go out with {@code Content-Encoding: gzip} to clients that accept
 * gzip, and decompressed to the others. A tile the file does not have, or any MBTiles request
 * without a configured file, is a 404 problem; a configured file that cannot be read is a 503.
 */
@RestController
@RequestMapping("/tiles")
class BaseMapController {
  private static final Logger log = LoggerFactory.getLogger(BaseMapController.class);
  private static final String NOT_CONFIGURED = "未配置离线底图（设置 CIVGIS_BASE_MBTILES 为 MBTiles 文件的路径）";

  private final BaseMapProperties properties;
  private final TileService tiles;
  private final JdbcClient jdbc;
  private final JsonMapper json;

  BaseMapController(
      BaseMapProperties properties, TileService tiles, JdbcClient jdbc, JsonMapper json) {
    this.properties = properties;
    this.tiles = tiles;
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * The base maps this deployment offers, our own first. Our own says where its data comes from
   * and, when any of it is generated (the demo), that those parts are 示意.
   */
  @GetMapping("/basemaps")
  Map<String, Object> baseMaps() {
    String base = base();
    List<Map<String, Object>> options = new ArrayList<>();
    TileLayer own = tiles.layer("base").orElseThrow();
    Map<String, Object> ours = new LinkedHashMap<>();
    ours.put("id", "own");
    ours.put("title", "本平台底图");
    ours.put("format", "pbf");
    ours.put("tiles", base + "/tiles/base/{z}/{x}/{y}.mvt");
    ours.put("minzoom", own.minZoom());
    ours.put("maxzoom", own.maxZoom());
    ours.put("layers", List.of("base"));
    ours.put("attribution", ownAttribution());
    options.add(ours);
    if (properties.hasMbtiles()) {
      try {
        Map<String, Object> offline = new LinkedHashMap<>();
        Map<String, String> metadata = file().metadata();
        offline.put("id", "mbtiles");
        offline.put("title", "离线底图");
        offline.put("format", format(metadata));
        offline.put("tiles", base + "/tiles/mbtiles/{z}/{x}/{y}." + extension(metadata));
        offline.put("minzoom", integer(metadata.get("minzoom"), 0));
        offline.put("maxzoom", integer(metadata.get("maxzoom"), 14));
        offline.put("layers", vectorLayerIds(metadata));
        offline.put("attribution", metadata.getOrDefault("attribution", metadata.get("name")));
        options.add(offline);
      } catch (SQLException e) {
        log.warn(
            "the offline base map {} cannot be read: {}", properties.mbtiles(), e.getMessage());
      }
    }
    return Map.of("default", "own", "options", options);
  }

  /** The tile {@code z}/{@code x}/{@code y} (XYZ) of the MBTiles file, as stored. */
  @GetMapping("/mbtiles/{z}/{x}/{file}")
  ResponseEntity<byte[]> mbtilesTile(
      @PathVariable String z,
      @PathVariable String x,
      @PathVariable String file,
      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
    int dot = file.indexOf('.');
    String y = dot < 0 ? file : file.substring(0, dot);
    TileCoordinate tile = TileParameters.parse(z, x, y, "mbtiles", 0, TileCoordinate.MAX_ZOOM);
    MbtilesFile mbtiles = configuredFile();
    byte[] stored;
    Map<String, String> metadata;
    long lastModified;
    try {
      metadata = mbtiles.metadata();
      stored = mbtiles.tile(tile.z(), tile.x(), tile.y());
      lastModified = mbtiles.lastModified();
    } catch (SQLException | IOException e) {
      throw unreadable(e);
    }
    if (stored == null) {
      throw new NotFoundException("离线底图没有瓦片 " + tile);
    }
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(mediaType(metadata))
            .cacheControl(CacheControl.noCache())
            .lastModified(lastModified)
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    if (!gzipped(stored)) {
      return response.body(stored);
    }
    if (acceptsGzip(acceptEncoding)) {
      return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(stored);
    }
    return response.body(gunzip(stored));
  }

  /** TileJSON 3.0.0 of the MBTiles file, from its metadata. */
  @GetMapping("/mbtiles.json")
  Map<String, Object> mbtilesTileJson() {
    Map<String, String> metadata;
    try {
      metadata = configuredFile().metadata();
    } catch (SQLException e) {
      throw unreadable(e);
    }
    Map<String, Object> tileJson = new LinkedHashMap<>();
    tileJson.put("tilejson", "3.0.0");
    tileJson.put("name", metadata.getOrDefault("name", "离线底图"));
    tileJson.put("scheme", "xyz");
    tileJson.put("format", format(metadata));
    tileJson.put("tiles", List.of(base() + "/tiles/mbtiles/{z}/{x}/{y}." + extension(metadata)));
    tileJson.put("minzoom", integer(metadata.get("minzoom"), 0));
    tileJson.put("maxzoom", integer(metadata.get("maxzoom"), 14));
    List<Double> bounds = numbers(metadata.get("bounds"));
    if (bounds.size() == 4) {
      tileJson.put("bounds", bounds);
    }
    List<Double> center = numbers(metadata.get("center"));
    if (center.size() == 3) {
      tileJson.put("center", center);
    }
    if (metadata.get("attribution") != null) {
      tileJson.put("attribution", metadata.get("attribution"));
    }
    JsonNode vectorLayers = vectorLayers(metadata);
    if (vectorLayers != null) {
      tileJson.put("vector_layers", vectorLayers);
    }
    return tileJson;
  }

  /**
   * Where our base map comes from, and which of the data on the maps is generated (示意), asked of
   * the data itself: a deployment with only real data says nothing of 示意.
   */
  private String ownAttribution() {
    Map<String, Object> generated =
        jdbc.sql(
                """
                select exists (select 1 from gazetteer.place_name
                                where geometry_generated and category_code like '08%'
                                  and valid @> current_date) as roads,
                       exists (select 1 from boundary.division_version
                                where source like '%generated%' and status = 'PUBLISHED')
                         as outlines,
                       exists (select 1 from gazetteer.address
                                where source like 'generated%' and status = 'CURRENT') as addresses,
                       exists (select 1 from gazetteer.place_name_sign
                                where source like 'generated%') as signs,
                       exists (select 1 from gazetteer.facility where source like 'generated%')
                         or exists (select 1 from gazetteer.demand_point
                                     where source like 'generated%') as planning,
                       exists (select 1 from gazetteer.place_name
                                where geometry_generated and GeometryType(geom) = 'POINT'
                                  and valid @> current_date) as positions
                """)
            .query()
            .singleRow();
    List<String> parts = new ArrayList<>();
    addIf(parts, generated.get("roads"), "城区街巷");
    addIf(parts, generated.get("outlines"), "街道社区界线");
    addIf(parts, generated.get("addresses"), "门牌地址");
    addIf(parts, generated.get("signs"), "地名标志");
    addIf(parts, generated.get("planning"), "服务设施与社区人口");
    String attribution = "底图 本平台区划、地名与地址库";
    if (!parts.isEmpty()) {
      attribution += "；示意：" + String.join("、", parts) + "为生成数据";
    }
    if (Boolean.TRUE.equals(generated.get("positions"))) {
      attribution += "；虚线圈、斜体名称为示意位置";
    }
    return attribution;
  }

  private static void addIf(List<String> parts, Object flag, String part) {
    if (Boolean.TRUE.equals(flag)) {
      parts.add(part);
    }
  }

  private MbtilesFile configuredFile() {
    if (!properties.hasMbtiles()) {
      throw new NotFoundException(NOT_CONFIGURED);
    }
    return file();
  }

  private MbtilesFile file() {
    return new MbtilesFile(Path.of(properties.mbtiles().strip()));
  }

  private ErrorResponseException unreadable(Exception e) {
    log.warn("the offline base map {} cannot be read: {}", properties.mbtiles(), e.getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE, "离线底图文件无法读取，请管理员检查 CIVGIS_BASE_MBTILES 所指的文件");
    problem.setTitle("离线底图不可用");
    return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
  }

  /** {@code pbf} (vector tiles), {@code png}, {@code jpg} or {@code webp}; pbf when unsaid. */
  private static String format(Map<String, String> metadata) {
    String format = metadata.getOrDefault("format", "pbf").strip().toLowerCase(Locale.ROOT);
    return format.equals("jpeg") ? "jpg" : format;
  }

  private static String extension(Map<String, String> metadata) {
    String format = format(metadata);
    return format.equals("pbf") ? "mvt" : format;
  }

  private static MediaType mediaType(Map<String, String> metadata) {
    return switch (format(metadata)) {
      case "png" -> MediaType.IMAGE_PNG;
      case "jpg" -> MediaType.IMAGE_JPEG;
      case "webp" -> MediaType.parseMediaType("image/webp");
      default -> TileController.MVT;
    };
  }

  private JsonNode vectorLayers(Map<String, String> metadata) {
    String text = metadata.get("json");
    if (text == null) {
      return null;
    }
    try {
      JsonNode layers = json.readTree(text).path("vector_layers");
      return layers.isArray() ? layers : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private List<String> vectorLayerIds(Map<String, String> metadata) {
    JsonNode layers = vectorLayers(metadata);
    List<String> ids = new ArrayList<>();
    if (layers != null) {
      layers.forEach(layer -> ids.add(layer.path("id").asString()));
    }
    return ids;
  }

  private static int integer(String value, int fallback) {
    try {
      return value == null ? fallback : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static List<Double> numbers(String commaSeparated) {
    List<Double> numbers = new ArrayList<>();
    if (commaSeparated == null) {
      return numbers;
    }
    try {
      for (String part : commaSeparated.split(",")) {
        numbers.add(Double.parseDouble(part.strip()));
      }
    } catch (NumberFormatException e) {
      return List.of();
    }
    return numbers;
  }

  private static boolean gzipped(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** Whether {@code Accept-Encoding} admits gzip (not with {@code q=0}). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.strip().toLowerCase(Locale.ROOT).split(";");
      String coding = pieces[0].strip();
      if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
        continue;
      }
      boolean refused = false;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].strip().replace(" ", "");
        if (parameter.matches("q=0(\\.0{0,3})?")) {
          refused = true;
        }
      }
      if (!refused) {
        return true;
      }
    }
    return false;
  }

  private static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("a tile of the offline base map is not valid gzip", e);
    }
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}

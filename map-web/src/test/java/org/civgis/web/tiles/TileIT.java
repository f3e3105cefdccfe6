package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.civgis.web.WebIntegrationTest;
import org.civgis.web.tiles.TileTesting.Feature;
import org.civgis.web.tiles.TileTesting.Mvt;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.JsonNode;

/** Vector tiles of the demo data through real HTTP, decoded as a map client would. */
class TileIT extends WebIntegrationTest {
  private static final String CHANGJI_CITY = "652301000000";

  private HttpResponse<byte[]> tile(TileCoordinate tile, String... headers) {
    return TileTesting.get(baseUrl() + "/tiles/divisions/" + tile + ".mvt", headers);
  }

  private Mvt decodedTile(TileCoordinate tile) {
    HttpResponse<byte[]> response = tile(tile);
    assertThat(response.statusCode()).as("GET tile %s", tile).isEqualTo(200);
    return TileTesting.decode(response.body());
  }

  /** The position of a lon/lat point in {@code tile}, in tile units (0–4096, y down). */
  private static Coordinate inTileUnits(TileCoordinate tile, double lon, double lat) {
    double n = TileCoordinate.tilesAcross(tile.z());
    double column = (lon + 180) / 360 * n;
    double latRad = Math.toRadians(lat);
    double row = (1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n;
    return new Coordinate((column - tile.x()) * 4096, (row - tile.y()) * 4096);
  }

  // ---- what the tiles hold

  @Test
  void theTileOfChangjiCityHoldsItWithCodeAndName() {
    TileCoordinate tile = TileCoordinate.containing(87.3, 44.0, 7);
    Mvt mvt = decodedTile(tile);
    assertThat(mvt.layers()).containsExactly("divisions");
    Feature changji =
        mvt.features().stream()
            .filter(f -> CHANGJI_CITY.equals(f.code()))
            .findFirst()
            .orElseThrow();
    assertThat(changji.name()).isEqualTo("昌吉市");
    assertThat(changji.id()).isEqualTo(652_301_000_000L);
    assertThat(((Number) changji.properties().get("level")).intValue()).isEqualTo(3);
    assertThat(changji.properties()).containsEntry("parentCode", "652300000000");
    assertThat(changji.properties().keySet())
        .containsExactlyInAnyOrder("code", "name", "level", "parentCode");
  }

  @Test
  void theGeometryLandsWhereTheFeatureIs() {
    // the label point the OGC API gives for 昌吉市 lies inside its polygon in the tile
    JsonNode label =
        getJson("/ogc/collections/divisions/items/" + CHANGJI_CITY, 200)
            .path("properties")
            .path("labelPoint");
    double lon = label.get(0).asDouble();
    double lat = label.get(1).asDouble();
    TileCoordinate tile = TileCoordinate.containing(lon, lat, 9);
    Feature changji =
        decodedTile(tile).features().stream()
            .filter(f -> CHANGJI_CITY.equals(f.code()))
            .findFirst()
            .orElseThrow();
    assertThat(
            changji
                .geometry()
                .contains(new GeometryFactory().createPoint(inTileUnits(tile, lon, lat))))
        .isTrue();
  }

  @Test
  void theWorldTileHoldsAllCountiesAndThePrefecture() {
    Mvt world = decodedTile(new TileCoordinate(0, 0, 0));
    Map<Integer, Long> byLevel =
        world.features().stream()
            .collect(
                Collectors.groupingBy(
                    f -> ((Number) f.properties().get("level")).intValue(), Collectors.counting()));
    assertThat(byLevel).isEqualTo(Map.of(2, 1L, 3, 24L));
    assertThat(world.features()).extracting(Feature::name).contains("昌吉回族自治州", "昌吉市");
  }

  @Test
  void aTileInThePacificIsEmpty() {
    HttpResponse<byte[]> response = tile(TileCoordinate.containing(-150, 20, 7));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.mapbox-vector-tile");
  }

  // ---- caching

  @Test
  void missThenHitWithTheSameBytes() {
    TileCoordinate tile = TileCoordinate.containing(86.0, 44.5, 9); // no other test asks for it
    HttpResponse<byte[]> first = tile(tile);
    HttpResponse<byte[]> second = tile(tile);
    assertThat(first.headers().firstValue("X-Tile-Cache")).hasValue("MISS");
    assertThat(second.headers().firstValue("X-Tile-Cache")).hasValue("HIT");
    assertThat(second.body()).isEqualTo(first.body()).isNotEmpty();
    assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
  }

  @Test
  void aMatchingIfNoneMatchIsAnswered304() {
    TileCoordinate tile = TileCoordinate.containing(87.3, 44.0, 8);
    String etag = tile(tile).headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{32}\"");

    HttpResponse<byte[]> notModified = tile(tile, "If-None-Match", etag);
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
    assertThat(notModified.headers().firstValue("X-Tile-Cache")).hasValue("HIT");

    assertThat(tile(tile, "If-None-Match", "\"another\"").statusCode()).isEqualTo(200);
  }

  // ---- TileJSON and the list of layers

  @Test
  void tileJsonDescribesTheLayer() {
    JsonNode json = getJson("/tiles/divisions.json", 200);
    assertThat(json.path("tilejson").asString()).isEqualTo("3.0.0");
    assertThat(json.path("name").asString()).isEqualTo("行政区划");
    assertThat(json.path("tiles").get(0).asString())
        .isEqualTo(baseUrl() + "/tiles/divisions/{z}/{x}/{y}.mvt");
    assertThat(json.path("minzoom").asInt()).isZero();
    assertThat(json.path("maxzoom").asInt()).isEqualTo(14);
    // the extent of the current features, as the OGC collection gives it; it holds Changji
    JsonNode bounds = json.path("bounds");
    JsonNode ogcBbox =
        getJson("/ogc/collections/divisions", 200)
            .path("extent")
            .path("spatial")
            .path("bbox")
            .get(0);
    for (int i = 0; i < 4; i++) {
      assertThat(bounds.get(i).asDouble()).isCloseTo(ogcBbox.get(i).asDouble(), within(1e-6));
    }
    assertThat(bounds.get(0).asDouble()).isLessThan(85.6);
    assertThat(bounds.get(1).asDouble()).isLessThan(43.1);
    assertThat(bounds.get(2).asDouble()).isGreaterThan(91.5);
    assertThat(bounds.get(3).asDouble()).isGreaterThan(45.4);
    JsonNode center = json.path("center");
    assertThat(center.get(0).asDouble())
        .isBetween(bounds.get(0).asDouble(), bounds.get(2).asDouble());
    assertThat(center.get(1).asDouble())
        .isBetween(bounds.get(1).asDouble(), bounds.get(3).asDouble());
    assertThat(center.get(2).asInt()).isBetween(4, 7);
    JsonNode layer = json.path("vector_layers").get(0);
    assertThat(layer.path("id").asString()).isEqualTo("divisions");
    assertThat(layer.path("fields").path("name").asString()).isEqualTo("String");
    assertThat(layer.path("fields").path("level").asString()).isEqualTo("Number");
    assertThat(layer.path("fields").propertyNames())
        .containsExactly("code", "name", "level", "parentCode");
    assertThat(json.path("attribution").asString()).contains("国家统计局");
  }

  @Test
  void tileJsonUrlsFollowNoForwardedHostOfAClientThatIsNoTrustedProxy() {
    // a configured proxy's X-Forwarded-Host and -Proto are followed: see security.TrustedProxyIT
    HttpResponse<byte[]> response =
        TileTesting.get(
            baseUrl() + "/tiles/divisions.json",
            "X-Forwarded-Proto",
            "https",
            "X-Forwarded-Host",
            "gis.example.cn");
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.path("tiles").get(0).asString())
        .isEqualTo(baseUrl() + "/tiles/divisions/{z}/{x}/{y}.mvt");
  }

  @Test
  void theListOfLayers() {
    JsonNode layers = getJson("/tiles", 200).path("layers");
    // the divisions and the base map drawn from our own data
    Map<String, JsonNode> byId = new HashMap<>();
    layers.forEach(layer -> byId.put(layer.path("id").asString(), layer));
    assertThat(byId).containsOnlyKeys("divisions", "base");
    assertThat(byId.get("divisions").path("tilejson").asString())
        .isEqualTo(baseUrl() + "/tiles/divisions.json");
    assertThat(byId.get("base").path("tiles").asString())
        .isEqualTo(baseUrl() + "/tiles/base/{z}/{x}/{y}.mvt");
  }

  @Test
  void openApiDescribesTheTiles() {
    assertThat(getJson("/v3/api-docs", 200).path("paths").propertyNames())
        .contains("/tiles/{layerId}/{z}/{x}/{y}.mvt", "/tiles/{layerId}.json");
  }

  // ---- refusals

  @Test
  void anUnknownLayerIs404() {
    JsonNode problem = getJson("/tiles/roads/0/0/0.mvt", 404);
    assertThat(problem.path("detail").asString()).contains("roads", "divisions");
    assertThat(getJson("/tiles/roads.json", 404).path("status").asInt()).isEqualTo(404);
  }

  @Test
  void badCoordinatesAre400NamingTheParameter() {
    for (Map.Entry<String, String> bad :
        Map.of(
                "/tiles/divisions/15/0/0.mvt", "z",
                "/tiles/divisions/3/8/0.mvt", "x",
                "/tiles/divisions/3/0/8.mvt", "y",
                "/tiles/divisions/3/0/north.mvt", "y")
            .entrySet()) {
      JsonNode problem = getJson(bad.getKey(), 400);
      assertThat(problem.path("invalidParams").get(0).path("name").asString())
          .as(bad.getKey())
          .isEqualTo(bad.getValue());
    }
  }

  @Test
  void aMapClientAskingOnlyForTilesStillGetsTheProblem() {
    HttpResponse<byte[]> response =
        TileTesting.get(
            baseUrl() + "/tiles/divisions/3/8/0.mvt",
            "Accept",
            "application/vnd.mapbox-vector-tile");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("invalidParams");
  }
}

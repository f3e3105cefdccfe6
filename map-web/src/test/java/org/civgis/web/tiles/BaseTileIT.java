package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.civgis.web.WebIntegrationTest;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.tiles.TileTesting.Feature;
import org.civgis.web.tiles.TileTesting.Mvt;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The base map from our own data ({@code /tiles/base}) through real HTTP: named roads of the
 * address library at street zoom, places around a township, the cache and its invalidation by
 * place-name changes, the as-of day, and the list of base maps.
 */
class BaseTileIT extends WebIntegrationTest {
  /** In the generated urban demo of 昌吉市, on 中山路 and 和平东路. */
  private static final double CITY_LON = 87.28;

  private static final double CITY_LAT = 44.02;

  @Autowired private FeatureChangePublisher publisher;

  private final JdbcClient plainJdbc = JdbcClient.create(demo().dataSource());

  private HttpResponse<byte[]> tile(TileCoordinate tile, String query) {
    return TileTesting.get(baseUrl() + "/tiles/base/" + tile + ".mvt" + query);
  }

  private Mvt decoded(TileCoordinate tile, String query) {
    HttpResponse<byte[]> response = tile(tile, query);
    assertThat(response.statusCode()).as("GET base tile %s%s", tile, query).isEqualTo(200);
    assertThat(response.body()).as("base tile %s", tile).isNotEmpty();
    return TileTesting.decode(response.body());
  }

  private static Set<String> namesOf(Mvt mvt, String kind) {
    return mvt.features().stream()
        .filter(f -> kind.equals(f.properties().get("kind")))
        .map(Feature::name)
        .collect(Collectors.toSet());
  }

  /** The road names of the addresses within {@code envelope}, read from the address library. */
  private Set<String> addressRoadsWithin(Envelope envelope) {
    return Set.copyOf(
        plainJdbc
            .sql(
                """
                select distinct road_name from gazetteer.address
                 where status = 'CURRENT'
                   and geom && ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490)
                """)
            .param("minX", envelope.getMinX())
            .param("minY", envelope.getMinY())
            .param("maxX", envelope.getMaxX())
            .param("maxY", envelope.getMaxY())
            .query(String.class)
            .list());
  }

  @Test
  void aStreetTileOfChangjiHoldsTheNamedRoadsOfTheAddressLibrary() {
    TileCoordinate tile = TileCoordinate.containing(CITY_LON, CITY_LAT, 15);
    Mvt mvt = decoded(tile, "");
    assertThat(mvt.layers()).containsExactly("base");
    Set<String> roads = namesOf(mvt, "road");
    Set<String> addressRoads = addressRoadsWithin(tile.lonLatEnvelope());
    assertThat(addressRoads).as("addresses in the tile").isNotEmpty();
    // every road that has house numbers in the tile is drawn with its name
    assertThat(roads).containsAll(addressRoads);
    assertThat(mvt.features())
        .filteredOn(f -> "road".equals(f.properties().get("kind")))
        .allSatisfy(f -> assertThat(f.geometry().getGeometryType()).contains("LineString"));
    // the outlines of the street and its communities, whose polygons are generated (示意)
    assertThat(mvt.features())
        .filteredOn(f -> "division".equals(f.properties().get("kind")))
        .extracting(Feature::name)
        .contains("昌吉市", "中山路街道");
    assertThat(mvt.features())
        .filteredOn(f -> "中山路街道".equals(f.name()))
        .allSatisfy(f -> assertThat(f.properties()).containsEntry("generated", 1L));
    assertThat(mvt.features().get(0).properties().keySet())
        .containsExactlyInAnyOrder("kind", "name", "level", "category", "generated");
  }

  @Test
  void theFootwaysOfTheWalkingNetworkAreDrawnWhereTheyAreNoNamedRoad() {
    Mvt mvt = decoded(TileCoordinate.containing(CITY_LON, CITY_LAT, 14), "");
    Set<String> roads = namesOf(mvt, "road");
    assertThat(mvt.features())
        .filteredOn(f -> "path".equals(f.properties().get("kind")))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(roads).doesNotContain(f.name()));
  }

  @Test
  void aTileAroundSangongHoldsThePlacesAroundItMarkedAsGenerated() {
    JsonNode point = sangong();
    TileCoordinate tile =
        TileCoordinate.containing(point.get(0).asDouble(), point.get(1).asDouble(), 12);
    Mvt mvt = decoded(tile, "");
    assertThat(mvt.features())
        .filteredOn(f -> "place".equals(f.properties().get("kind")))
        .extracting(Feature::name)
        .contains("三工镇")
        .hasSizeGreaterThan(1);
    assertThat(mvt.features())
        .filteredOn(f -> "三工镇".equals(f.name()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.properties()).containsEntry("generated", 1L);
              assertThat(f.properties()).containsEntry("level", 4L);
            });
  }

  private JsonNode sangong() {
    JsonNode results = getJson("/api/search?q=%E4%B8%89%E5%B7%A5%E9%95%87&limit=5", 200);
    for (JsonNode result : results.path("results")) {
      if ("三工镇".equals(result.path("name").asString())) {
        return result.path("point");
      }
    }
    throw new AssertionError("三工镇 not found: " + results);
  }

  @Test
  void theSecondRequestIsACacheHitWithTheSameEtag() {
    TileCoordinate tile = TileCoordinate.containing(CITY_LON + 0.01, CITY_LAT, 16);
    HttpResponse<byte[]> first = tile(tile, "");
    HttpResponse<byte[]> second = tile(tile, "");
    assertThat(second.headers().firstValue("X-Tile-Cache")).hasValue("HIT");
    assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void aRenamedRoadReachesTheCachedBaseTilesThroughThePlaceNameChange() throws Exception {
    TileCoordinate tile = TileCoordinate.containing(CITY_LON, CITY_LAT, 15);
    decoded(tile, "");
    assertThat(tile(tile, "").headers().firstValue("X-Tile-Cache")).hasValue("HIT");
    String renamed = "和平东路测试更名";
    try {
      plainJdbc
          .sql(
              "update gazetteer.place_name set standard_name = :renamed"
                  + " where standard_name = '和平东路' and upper_inf(valid)")
          .param("renamed", renamed)
          .update();
      publisher.publish("place-names", tile.lonLatEnvelope());
      Mvt after = decoded(tile, "");
      assertThat(namesOf(after, "road")).contains(renamed).doesNotContain("和平东路");
    } finally {
      plainJdbc
          .sql(
              "update gazetteer.place_name set standard_name = '和平东路'"
                  + " where standard_name = :renamed")
          .param("renamed", renamed)
          .update();
      publisher.publish("place-names", tile.lonLatEnvelope());
    }
    assertThat(namesOf(decoded(tile, ""), "road")).contains("和平东路");
  }

  @Test
  void aPastDayShowsTheRoadsUnderTheirNamesOfThatDay() {
    // 工业路 was renamed 亚中路 on 2016-09-01
    TileCoordinate tile = TileCoordinate.containing(87.28, 44.0088, 15);
    assertThat(namesOf(decoded(tile, ""), "road")).contains("亚中路").doesNotContain("工业路");
    HttpResponse<byte[]> past = tile(tile, "?datetime=2015-01-01");
    assertThat(past.headers().firstValue("X-Tile-Cache")).hasValue("BYPASS");
    assertThat(namesOf(TileTesting.decode(past.body()), "road"))
        .contains("工业路")
        .doesNotContain("亚中路");
  }

  @Test
  void theBaseMapsAreOurOwnWithItsSourcesAndNoOfflineFileUnlessConfigured() {
    JsonNode baseMaps = getJson("/tiles/basemaps", 200);
    assertThat(baseMaps.path("default").asString()).isEqualTo("own");
    assertThat(baseMaps.path("options")).hasSize(1);
    JsonNode own = baseMaps.path("options").get(0);
    assertThat(own.path("tiles").asString()).endsWith("/tiles/base/{z}/{x}/{y}.mvt");
    assertThat(own.path("maxzoom").asInt()).isEqualTo(16);
    // the demo's generated parts are said to be 示意
    assertThat(own.path("attribution").asString())
        .contains("示意", "生成", "城区街巷", "地名标志", "门牌地址", "示意位置");

    HttpResponse<String> offline = get("/tiles/mbtiles/10/757/376.mvt");
    assertThat(offline.statusCode()).isEqualTo(404);
    assertThat(offline.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(offline.body()).contains("CIVGIS_BASE_MBTILES");

    JsonNode tileJson = getJson("/tiles/base.json", 200);
    assertThat(tileJson.path("vector_layers").get(0).path("id").asString()).isEqualTo("base");
  }
}

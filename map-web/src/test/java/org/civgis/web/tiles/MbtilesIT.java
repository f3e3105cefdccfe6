package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.civgis.web.WebIntegrationTest;
import org.civgis.web.tiles.TileTesting.Feature;
import org.civgis.web.tiles.TileTesting.Mvt;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An offline base map dropped in as an MBTiles file ({@code CIVGIS_BASE_MBTILES}): the file is
 * written by GDAL ({@code ogr2ogr -f MBTILES}) from a small GeoJSON of two roads and a village near
 * 昌吉市, then served by the app at {@code /tiles/mbtiles/…} as stored.
 */
class MbtilesIT extends WebIntegrationTest {
  private static final int ZOOM = 12;
  private static final Path FILE = writeMbtiles();

  @DynamicPropertySource
  static void offlineBaseMap(DynamicPropertyRegistry registry) {
    registry.add("civgis.base-map.mbtiles", FILE::toString);
  }

  private static Path writeMbtiles() {
    try {
      Path dir = Files.createTempDirectory("civgis-mbtiles");
      Path geojson = dir.resolve("streets.geojson");
      Files.writeString(
          geojson,
          """
          {"type":"FeatureCollection","features":[
           {"type":"Feature","properties":{"name":"离线测试大街"},
            "geometry":{"type":"LineString","coordinates":[[87.26,44.01],[87.30,44.02]]}},
           {"type":"Feature","properties":{"name":"离线测试小巷"},
            "geometry":{"type":"LineString","coordinates":[[87.28,44.00],[87.28,44.03]]}},
           {"type":"Feature","properties":{"name":"离线测试村"},
            "geometry":{"type":"Point","coordinates":[87.285,44.015]}}]}
          """,
          StandardCharsets.UTF_8);
      Path mbtiles = dir.resolve("offline.mbtiles");
      Process gdal =
          new ProcessBuilder(
                  "ogr2ogr",
                  "-f",
                  "MBTILES",
                  mbtiles.toString(),
                  geojson.toString(),
                  "-nln",
                  "streets",
                  "-dsco",
                  "MINZOOM=8",
                  "-dsco",
                  "MAXZOOM=" + ZOOM)
              .redirectErrorStream(true)
              .start();
      String output = new String(gdal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!gdal.waitFor(60, TimeUnit.SECONDS) || gdal.exitValue() != 0) {
        throw new IllegalStateException("ogr2ogr failed: " + output);
      }
      return mbtiles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The bytes the file stores for XYZ tile {@code tile}, read with SQLite directly. */
  private static byte[] stored(TileCoordinate tile) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + FILE);
        PreparedStatement statement =
            connection.prepareStatement(
                "select tile_data from tiles"
                    + " where zoom_level = ? and tile_column = ? and tile_row = ?")) {
      statement.setInt(1, tile.z());
      statement.setInt(2, tile.x());
      statement.setLong(3, (1L << tile.z()) - 1 - tile.y());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getBytes(1) : null;
      }
    }
  }

  private HttpResponse<byte[]> tile(TileCoordinate tile, String... headers) {
    return TileTesting.get(baseUrl() + "/tiles/mbtiles/" + tile + ".mvt", headers);
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  private static byte[] gunzipUnchecked(byte[] bytes) {
    try {
      return gunzip(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aTileIsSentAsStoredGzippedWithItsContentEncoding() throws Exception {
    TileCoordinate tile = TileCoordinate.containing(87.28, 44.015, ZOOM);
    byte[] stored = stored(tile);
    assertThat(stored).as("GDAL stores the tile").isNotNull();
    assertThat(stored[0] & 0xff).as("GDAL gzips vector tiles").isEqualTo(0x1f);

    HttpResponse<byte[]> response = tile(tile, "Accept-Encoding", "gzip");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.mapbox-vector-tile");
    assertThat(response.headers().allValues("Vary"))
        .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
    assertThat(response.body()).isEqualTo(stored);

    Mvt mvt = TileTesting.decode(gunzip(response.body()));
    assertThat(mvt.layers()).containsExactly("streets");
    assertThat(mvt.features()).extracting(Feature::name).contains("离线测试大街", "离线测试小巷", "离线测试村");
  }

  @Test
  void aClientThatDoesNotAcceptGzipGetsTheTileDecompressed() throws Exception {
    TileCoordinate tile = TileCoordinate.containing(87.28, 44.015, ZOOM);
    HttpResponse<byte[]> response = tile(tile, "Accept-Encoding", "identity");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(response.body()).isEqualTo(gunzip(stored(tile)));
    assertThat(TileTesting.decode(response.body()).features()).isNotEmpty();
  }

  @Test
  void aTileOutsideTheFileIsA404Problem() {
    // 北京, far from the file's features; and a zoom the file has no tiles of
    for (TileCoordinate outside :
        new TileCoordinate[] {
          TileCoordinate.containing(116.4, 39.9, ZOOM), TileCoordinate.containing(87.28, 44.015, 15)
        }) {
      HttpResponse<byte[]> response = tile(outside, "Accept-Encoding", "gzip");
      assertThat(response.statusCode()).as("tile %s", outside).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      byte[] body = response.body();
      if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
        body = gunzipUnchecked(body);
      }
      assertThat(new String(body, StandardCharsets.UTF_8)).contains("离线底图没有瓦片");
    }
    HttpResponse<String> bad = get("/tiles/mbtiles/12/99999/1.mvt");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"x\"").doesNotContain("Exception");
  }

  @Test
  void theFileIsOfferedAsABaseMapWithItsTileJson() {
    JsonNode options = getJson("/tiles/basemaps", 200).path("options");
    assertThat(options).hasSize(2);
    JsonNode offline = options.get(1);
    assertThat(offline.path("id").asString()).isEqualTo("mbtiles");
    assertThat(offline.path("format").asString()).isEqualTo("pbf");
    assertThat(offline.path("tiles").asString()).endsWith("/tiles/mbtiles/{z}/{x}/{y}.mvt");
    assertThat(offline.path("maxzoom").asInt()).isEqualTo(ZOOM);
    assertThat(offline.path("layers").get(0).asString()).isEqualTo("streets");

    JsonNode tileJson = getJson("/tiles/mbtiles.json", 200);
    assertThat(tileJson.path("minzoom").asInt()).isEqualTo(8);
    assertThat(tileJson.path("maxzoom").asInt()).isEqualTo(ZOOM);
    assertThat(tileJson.path("bounds").get(0).asDouble()).isBetween(87.2, 87.27);
    assertThat(tileJson.path("vector_layers").get(0).path("id").asString()).isEqualTo("streets");
  }
}

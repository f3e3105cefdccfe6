package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileCoordinateTest {
  private static final double MAX_LAT = 85.0511287798066;

  private static void assertEnvelope(
      Envelope envelope, double minLon, double minLat, double maxLon, double maxLat) {
    assertThat(envelope.getMinX()).isCloseTo(minLon, within(1e-9));
    assertThat(envelope.getMinY()).isCloseTo(minLat, within(1e-9));
    assertThat(envelope.getMaxX()).isCloseTo(maxLon, within(1e-9));
    assertThat(envelope.getMaxY()).isCloseTo(maxLat, within(1e-9));
  }

  // ---- tile to lon/lat

  @Test
  void theWorldTileIsTheWholeMercatorWorld() {
    assertEnvelope(new TileCoordinate(0, 0, 0).lonLatEnvelope(), -180, -MAX_LAT, 180, MAX_LAT);
  }

  @Test
  void rowsCountFromTheNorth() {
    assertEnvelope(new TileCoordinate(1, 1, 0).lonLatEnvelope(), 0, 0, 180, MAX_LAT);
    assertEnvelope(new TileCoordinate(1, 0, 1).lonLatEnvelope(), -180, -MAX_LAT, 0, 0);
  }

  @Test
  void bufferedEnvelopeAgreesWithPostgis() {
    // ST_Transform(ST_TileEnvelope(7, 95, 46, margin => 64.0 / 4096), 4490) in PostGIS 3.3
    assertEnvelope(
        new TileCoordinate(7, 95, 46).lonLatEnvelope(TileCoordinate.BUFFER_SHARE),
        87.14355468749999,
        43.03677585761058,
        90.04394531250001,
        45.12005284153054);
    // ST_Transform(ST_TileEnvelope(7, 95, 46), 4490)
    assertEnvelope(
        new TileCoordinate(7, 95, 46).lonLatEnvelope(),
        87.1875,
        43.06888777416961,
        90,
        45.08903556483102);
  }

  @Test
  void theBufferStopsAtTheEdgeOfTheWorld() {
    assertEnvelope(
        new TileCoordinate(1, 1, 0).lonLatEnvelope(TileCoordinate.BUFFER_SHARE),
        -2.8125,
        -2.811371193331119,
        180,
        MAX_LAT);
  }

  // ---- lon/lat to tile

  @Test
  void theTileContainingChangjiCity() {
    assertThat(TileCoordinate.containing(87.3, 44.0, 7)).isEqualTo(new TileCoordinate(7, 95, 46));
    assertThat(TileCoordinate.containing(87.3, 44.0, 0)).isEqualTo(new TileCoordinate(0, 0, 0));
    assertThat(TileCoordinate.containing(180, -89, 3)).isEqualTo(new TileCoordinate(3, 7, 7));
  }

  @Test
  void containingThenEnvelopeRoundTrips() {
    for (int z = 0; z <= 22; z++) {
      TileCoordinate tile = TileCoordinate.containing(88.123, 44.567, z);
      assertThat(tile.lonLatEnvelope().contains(88.123, 44.567)).as("z=%d", z).isTrue();
    }
  }

  // ---- refusals

  @Test
  void outsideTheGridIsRefused() {
    assertThatThrownBy(() -> new TileCoordinate(23, 0, 0)).hasMessageContaining("zoom 23");
    assertThatThrownBy(() -> new TileCoordinate(-1, 0, 0)).hasMessageContaining("zoom -1");
    assertThatThrownBy(() -> new TileCoordinate(2, 4, 0)).hasMessageContaining("2/4/0");
    assertThatThrownBy(() -> new TileCoordinate(2, 0, -1)).hasMessageContaining("2/0/-1");
  }
}

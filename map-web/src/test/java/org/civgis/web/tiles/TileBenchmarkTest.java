package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civgis.web.config.SqlResources;
import org.junit.jupiter.api.Test;

/** What the tile benchmark measures: the demo's tile set, and the app's SQL with its parameters. */
class TileBenchmarkTest {

  @Test
  void theTileSetIsTheChangjiTilesOfZoomFiveToTen() {
    List<TileBenchmark.Tile> tiles = TileBenchmark.tileSet(400);
    assertThat(tiles).hasSize(343).doesNotHaveDuplicates();
    assertThat(tiles.get(0).z()).isEqualTo(5);
    assertThat(tiles.get(tiles.size() - 1).z()).isEqualTo(10);
    // 昌吉市 (87.3°E, 44.0°N) is in the z 10 tile 760/372
    assertThat(tiles).contains(new TileBenchmark.Tile(10, 760, 372));
    assertThat(TileBenchmark.tileSet(100)).allMatch(t -> t.z() < 9);
  }

  @Test
  void theAppsSqlBecomesOnePreparedStatementWithItsParametersInOrder() {
    List<String> order = new ArrayList<>();
    String sql = TileBenchmark.positional(SqlResources.read(DivisionTileLayer.SQL_RESOURCE), order);
    assertThat(order).containsExactly("z", "x", "y", "z", "x", "y", "z", "date");
    assertThat(sql).doesNotContain(":z").doesNotContain(":date").doesNotContain("--");
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(8);
  }
}

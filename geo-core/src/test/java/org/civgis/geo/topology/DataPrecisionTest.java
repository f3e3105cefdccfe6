package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civgis.geo.topology.Fixtures.wkt;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataPrecisionTest {
  @Test
  void decimalDataGetsTenToTheSeventhAtLeast() {
    assertThat(DataPrecision.detect(List.of(wkt(Fixtures.P)))).isEqualTo(1e7);
    assertThat(DataPrecision.detect(List.of(wkt("POINT (87.123456789 44.1)")))).isEqualTo(1e9);
  }

  @Test
  void dataOnABinaryGridKeepsIt() {
    // the demo counties: vertices on a 1/1024° grid
    double scale =
        DataPrecision.detect(List.of(wkt("LINESTRING (87.3349609375 44.0009765625, 87.5 44.25)")));
    assertThat(scale).isEqualTo(Math.pow(2, 24));
    assertThat(87.3349609375 * scale).isEqualTo(Math.rint(87.3349609375 * scale));
  }

  @Test
  void dataOnNoGridGetsTheFinestDecimalScale() {
    assertThat(DataPrecision.detect(List.of(wkt("POINT (87.12345678912345 44.1)")))).isEqualTo(1e9);
  }
}

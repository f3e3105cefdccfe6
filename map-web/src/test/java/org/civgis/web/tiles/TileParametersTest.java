package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Map;
import org.civgis.web.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileParametersTest {
  /** A layer with tiles at zoom 2–14. */
  private static final TileLayer LAYER =
      new TileLayer() {
        @Override
        public String id() {
          return "roads";
        }

        @Override
        public String title() {
          return "道路";
        }

        @Override
        public int minZoom() {
          return 2;
        }

        @Override
        public int maxZoom() {
          return 14;
        }

        @Override
        public Map<String, String> fields() {
          return Map.of();
        }

        @Override
        public String sql() {
          return "select null";
        }

        @Override
        public Map<String, Object> parameters(LocalDate today) {
          return Map.of();
        }

        @Override
        public Envelope extent(LocalDate today) {
          return null;
        }
      };

  private static InvalidParameterException refusal(String z, String x, String y) {
    return catchThrowableOfType(
        InvalidParameterException.class, () -> TileParameters.parse(z, x, y, LAYER));
  }

  // ---- accepted

  @Test
  void aTileWithinTheGrid() {
    assertThat(TileParameters.parse("7", "95", "46", LAYER))
        .isEqualTo(new TileCoordinate(7, 95, 46));
    assertThat(TileParameters.parse("2", "3", "3", LAYER)).isEqualTo(new TileCoordinate(2, 3, 3));
    assertThat(TileParameters.parse("14", "16383", "0", LAYER))
        .isEqualTo(new TileCoordinate(14, 16383, 0));
  }

  // ---- refused, naming the parameter

  @Test
  void zoomOutsideTheLayersRange() {
    assertThat(refusal("1", "0", "0").parameter()).isEqualTo("z");
    assertThat(refusal("1", "0", "0").reason()).contains("2 到 14");
    assertThat(refusal("15", "0", "0").parameter()).isEqualTo("z");
    assertThat(refusal("23", "0", "0").parameter()).isEqualTo("z");
  }

  @Test
  void columnAndRowOutsideTheGrid() {
    assertThat(refusal("3", "8", "0").parameter()).isEqualTo("x");
    assertThat(refusal("3", "8", "0").reason()).contains("0 到 7");
    assertThat(refusal("3", "0", "8").parameter()).isEqualTo("y");
    assertThat(refusal("3", "-1", "0").parameter()).isEqualTo("x");
  }

  @Test
  void notAnInteger() {
    assertThat(refusal("seven", "0", "0").parameter()).isEqualTo("z");
    assertThat(refusal("7", "1.5", "0").parameter()).isEqualTo("x");
    assertThat(refusal("7", "0", "+3").parameter()).isEqualTo("y");
    assertThat(refusal("7", "0", "99999999999").parameter()).isEqualTo("y");
  }
}

package org.civgis.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class WebMercatorTest {

  @Test
  void knownPointAndBack() throws Exception {
    Geometry changji = new WKTReader().read("POINT (87.3 44.0)");
    Geometry mercator = WebMercator.fromLonLat(changji);
    // x = R·λ; y = R·ln(tan(π/4 + φ/2)), R = 6 378 137 m
    double r = 6_378_137.0;
    assertThat(mercator.getCoordinate().x).isCloseTo(r * Math.toRadians(87.3), within(1e-3));
    assertThat(mercator.getCoordinate().y)
        .isCloseTo(r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(44.0) / 2)), within(1e-3));
    assertThat(mercator.getSRID()).isEqualTo(3857);

    Coordinate back = WebMercator.toLonLat(mercator, Srid.CGCS2000).getCoordinate();
    assertThat(back.x).isCloseTo(87.3, within(1e-9));
    assertThat(back.y).isCloseTo(44.0, within(1e-9));
  }
}

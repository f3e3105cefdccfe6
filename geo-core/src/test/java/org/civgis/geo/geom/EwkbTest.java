package org.civgis.geo.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class EwkbTest {
  private final WKTReader wkt = new WKTReader();

  @Test
  void roundTripKeepsGeometryAndSrid() throws Exception {
    Geometry polygon =
        wkt.read(
            "MULTIPOLYGON (((87 44, 88 44, 88 45, 87 45, 87 44), (87.2 44.2, 87.2 44.4, 87.4 44.2, 87.2 44.2)))");
    polygon.setSRID(Srid.CGCS2000);

    Geometry back = Ewkb.read(Ewkb.write(polygon));

    assertThat(back.equalsExact(polygon)).isTrue();
    assertThat(back.getSRID()).isEqualTo(Srid.CGCS2000);
  }

  @Test
  void nullStaysNull() {
    assertThat(Ewkb.read(null)).isNull();
    assertThat(Ewkb.write(null)).isNull();
  }

  // ---- refused cases

  @Test
  void refusesGeometryWithoutSrid() throws Exception {
    Geometry point = wkt.read("POINT (87 44)");
    assertThatThrownBy(() -> Ewkb.write(point)).hasMessageContaining("SRID");
    byte[] plainWkb = new WKBWriter().write(point);
    assertThatThrownBy(() -> Ewkb.read(plainWkb)).hasMessageContaining("SRID");
  }

  @Test
  void refusesMalformedBytes() {
    assertThatThrownBy(() -> Ewkb.read(new byte[] {1, 2, 3})).hasMessageContaining("malformed");
  }
}

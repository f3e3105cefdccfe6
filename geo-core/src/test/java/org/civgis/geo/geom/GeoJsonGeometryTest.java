package org.civgis.geo.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeoJsonGeometryTest {

  @Test
  void readsWithTheSridTheCallerNames() throws Exception {
    Geometry g =
        GeoJsonGeometry.read(
            "{\"type\":\"Polygon\",\"coordinates\":[[[87,44],[88,44],[88,45],[87,44]]]}",
            Srid.CGCS2000);
    assertThat(g.getSRID()).isEqualTo(Srid.CGCS2000);
    assertThat(g.equalsExact(new WKTReader().read("POLYGON ((87 44, 88 44, 88 45, 87 44))")))
        .isTrue();
  }

  @Test
  void writesCounterClockwiseExteriorsWithoutCrs() throws Exception {
    // clockwise input
    Geometry g = new WKTReader().read("POLYGON ((87 44, 87 45, 88 45, 87 44))");
    g.setSRID(Srid.CGCS2000);
    String json = GeoJsonGeometry.write(g, 7);
    assertThat(json).doesNotContain("crs");
    assertThat(json)
        .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[87,44],[88,45],[87,45],[87,44]]]}");
  }

  @Test
  void refusesWhatIsNotGeoJson() {
    assertThatThrownBy(() -> GeoJsonGeometry.read("{\"type\":\"Circle\"}", Srid.CGCS2000))
        .isInstanceOf(ParseException.class);
  }
}

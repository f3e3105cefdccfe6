package org.civgis.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class GaussKrugerProjectionTest {
  private final WKTReader wkt = new WKTReader();

  @Test
  void centralMeridianOnTheEquatorIsTheFalseOrigin() throws Exception {
    Geometry projected =
        GaussKrugerProjection.of(new GaussKrugerZone(87)).toZone(wkt.read("POINT (87 0)"));
    assertThat(projected.getCoordinate().x).isCloseTo(500_000.0, within(1e-6));
    assertThat(projected.getCoordinate().y).isCloseTo(0.0, within(1e-6));
    assertThat(projected.getSRID()).isEqualTo(4538);
  }

  @Test
  void aPointOnTheCentralMeridianIsItsMeridianArcLength() throws Exception {
    // Meridian arc of GRS 1980 from the equator to 44°N: 4 873 822.37 m (numerical integral of the
    // meridian radius of curvature).
    Geometry projected =
        GaussKrugerProjection.of(new GaussKrugerZone(87)).toZone(wkt.read("POINT (87 44)"));
    assertThat(projected.getCoordinate().x).isCloseTo(500_000.0, within(1e-6));
    assertThat(projected.getCoordinate().y).isCloseTo(4_873_822.37, within(0.05));
  }

  @Test
  void roundTripReturnsTheInputWithinAMillimetre() throws Exception {
    Geometry lonLat = wkt.read("POLYGON ((87 44, 88.4 44, 88.4 45.1, 87 45.1, 87 44))");
    lonLat.setSRID(Srid.CGCS2000);
    GaussKrugerProjection projection = GaussKrugerProjection.forGeometry(lonLat);
    Geometry back = projection.fromZone(projection.toZone(lonLat));
    assertThat(back.getSRID()).isEqualTo(Srid.CGCS2000);
    Coordinate[] expected = lonLat.getCoordinates();
    Coordinate[] actual = back.getCoordinates();
    for (int i = 0; i < expected.length; i++) {
      // 1e-8 degrees is about a millimetre
      assertThat(actual[i].x).isCloseTo(expected[i].x, within(1e-8));
      assertThat(actual[i].y).isCloseTo(expected[i].y, within(1e-8));
    }
  }

  @Test
  void inputIsNotChanged() throws Exception {
    Geometry lonLat = wkt.read("POINT (89.6 43.9)");
    GaussKrugerProjection.forGeometry(lonLat).toZone(lonLat);
    assertThat(lonLat.getCoordinate().x).isEqualTo(89.6);
  }

  @Test
  void zoneIsChosenByTheCentreOfTheEnvelope() throws Exception {
    assertThat(
            GaussKrugerProjection.forGeometry(wkt.read("LINESTRING (86 44, 90 44)"))
                .zone()
                .centralMeridianDegrees())
        .isEqualTo(87);
    assertThat(
            GaussKrugerProjection.forGeometry(wkt.read("LINESTRING (88 44, 91 44)"))
                .zone()
                .centralMeridianDegrees())
        .isEqualTo(90);
  }
}

package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Widths in metres by inner buffers, against shapes whose widest inscribed circle is known: near
 * 87°E, 44°N (the meridian of zone 29), where a metre is 1/111,195 of a degree of latitude and
 * 1/(111,195·cos 44°) of a degree of longitude.
 */
class ZoneMetricsTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final double LAT = 1 / 111_195.0;
  private static final double LON = LAT / Math.cos(Math.toRadians(44));

  /** A rectangle w × h metres, rotated by {@code degrees} about its corner at 87°E, 44°N. */
  private static Geometry rectangle(double w, double h, double degrees) {
    return rectangle(0, 0, w, h, degrees);
  }

  private static Geometry rectangle(double x0, double y0, double w, double h, double degrees) {
    double c = Math.cos(Math.toRadians(degrees));
    double s = Math.sin(Math.toRadians(degrees));
    double[][] corners = {{x0, y0}, {x0 + w, y0}, {x0 + w, y0 + h}, {x0, y0 + h}, {x0, y0}};
    Coordinate[] ring = new Coordinate[5];
    for (int i = 0; i < 5; i++) {
      double x = corners[i][0] * c - corners[i][1] * s;
      double y = corners[i][0] * s + corners[i][1] * c;
      ring[i] = new Coordinate(87 + x * LON, 44 + y * LAT);
    }
    Geometry g = FACTORY.createPolygon(ring);
    g.setSRID(Srid.CGCS2000);
    return g;
  }

  @Test
  void aLongDiagonalStripIsAsWideAsItIs() {
    ZoneMetrics strip = ZoneMetrics.of(rectangle(800, 3, 37));
    assertThat(strip.widthMeters(0.1)).isCloseTo(3, within(0.1));
    assertThat(strip.isThinnerThan(2)).isFalse();
    assertThat(strip.isThinnerThan(3.1)).isTrue();
  }

  @Test
  void aSliverOfAFifthOfAMetreIsThinnerThanTwoMetres() {
    ZoneMetrics sliver = ZoneMetrics.of(rectangle(1_500, 0.2, 12));
    assertThat(sliver.isThinnerThan(2)).isTrue();
    assertThat(sliver.isThinnerThan(0.15)).isFalse();
    assertThat(sliver.widthMeters(0.01)).isCloseTo(0.2, within(0.01));
  }

  @Test
  void aSquareIsAsWideAsItsSide() {
    ZoneMetrics square = ZoneMetrics.of(rectangle(100, 100, 0));
    assertThat(square.widthMeters(0.1)).isCloseTo(100, within(2.0));
  }

  @Test
  void aRingIsWidestInItsCorners() {
    // a band 1.5 m wide; in a corner the circle touches both outer sides and the inner corner:
    // r = √2 (w − r), so the width there is 2√2/(1 + √2) · 1.5 m = 1.757 m
    Geometry ring = rectangle(300, 300, 20).difference(rectangle(1.5, 1.5, 297, 297, 20));
    ring.setSRID(Srid.CGCS2000);
    ZoneMetrics band = ZoneMetrics.of(ring);
    assertThat(band.widthMeters(0.01)).isCloseTo(1.757, within(0.04));
    assertThat(band.isThinnerThan(2)).isTrue();
    assertThat(band.isThinnerThan(1.6)).isFalse();
  }
}

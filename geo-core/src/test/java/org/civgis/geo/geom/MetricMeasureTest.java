package org.civgis.geo.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.GaussKrugerZone;
import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class MetricMeasureTest {
  private final WKTReader wkt = new WKTReader();

  // ---- a square known in zone metres

  @Test
  void squareOfTenKilometresInTheZoneMeasuresOneHundredSquareKilometres() throws Exception {
    // 10 km x 10 km around 昌吉市, drawn in EPSG:4538 metres, then taken back to lon/lat
    Geometry zoneSquare =
        wkt.read(
            "POLYGON ((500000 4870000, 510000 4870000, 510000 4880000, 500000 4880000,"
                + " 500000 4870000))");
    zoneSquare.setSRID(4538);
    Geometry lonLat = GaussKrugerProjection.of(new GaussKrugerZone(87)).fromZone(zoneSquare);

    MetricMeasure measure = MetricMeasure.of(lonLat);

    assertThat(measure.zone().epsg()).isEqualTo(4538);
    // densified edges are straight in the zone only at the vertices: allow 0.01%
    assertThat(measure.areaSquareKilometers()).isCloseTo(100.0, within(0.01));
    assertThat(measure.lengthMeters()).isCloseTo(40_000.0, within(1.0));
  }

  // ---- degenerate cases

  @Test
  void pointsAndLinesHaveNoArea() throws Exception {
    Geometry line = wkt.read("LINESTRING (87 44, 87 44.1)");
    line.setSRID(Srid.CGCS2000);
    MetricMeasure measure = MetricMeasure.of(line);
    assertThat(measure.areaSquareMeters()).isZero();
    // 0.1° of latitude at 44°N is about 11.1 km
    assertThat(measure.lengthMeters()).isCloseTo(11_115.0, within(10.0));
  }
}

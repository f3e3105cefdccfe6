package org.civgis.geo.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;

class LabelPointTest {
  private final WKTReader wkt = new WKTReader();

  @Test
  void lShapeIsLabelledInItsWidePart() throws Exception {
    //  +--+
    //  |  |            arm: 4 wide
    //  |  +--------+
    //  |    base   |   base: 6 high, so the label goes into the base at y = 3
    //  +-----------+
    Geometry l = wkt.read("POLYGON ((0 0, 12 0, 12 6, 4 6, 4 10, 0 10, 0 0))");
    l.setSRID(4490);
    Point p = LabelPoint.of(l);
    assertThat(l.contains(p)).isTrue();
    assertThat(p.getY()).isCloseTo(3.0, within(0.1));
    assertThat(p.getSRID()).isEqualTo(4490);
  }

  @Test
  void multiPolygonIsLabelledInItsLargestPart() throws Exception {
    Geometry islands =
        wkt.read(
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((10 10, 20 10, 20 20, 10 20, 10 10)))");
    Point p = LabelPoint.of(islands);
    assertThat(p.getX()).isCloseTo(15.0, within(0.02));
    assertThat(p.getY()).isCloseTo(15.0, within(0.02));
  }

  @Test
  void parallelStripsGetLabelsAtDifferentHeights() throws Exception {
    // two strips of equal height whose wide parts are at opposite ends
    Geometry west = wkt.read("POLYGON ((0 0, 1 0, 1 8, 3 8, 3 10, 0 10, 0 0))");
    Geometry east = wkt.read("POLYGON ((4 0, 7 0, 7 2, 5 2, 5 10, 4 10, 4 0))");
    assertThat(LabelPoint.of(west).getY()).isGreaterThan(8);
    assertThat(LabelPoint.of(east).getY()).isLessThan(2);
  }

  @Test
  void aLineUsesItsInteriorPoint() throws Exception {
    Geometry line = wkt.read("LINESTRING (0 0, 10 0)");
    assertThat(LabelPoint.of(line).getCoordinate().x).isIn(0.0, 10.0);
  }
}

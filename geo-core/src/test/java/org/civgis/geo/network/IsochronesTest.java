package org.civgis.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civgis.geo.network.TestNetworks.LAT0;
import static org.civgis.geo.network.TestNetworks.LON0;
import static org.civgis.geo.network.TestNetworks.east;
import static org.civgis.geo.network.TestNetworks.north;

import java.util.List;
import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class IsochronesTest {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  /*
   *   north bank:  2 ---------------- 3        (no bridge)
   *                ~~~~~~ river ~~~~~~         120 m wide
   *   south bank:  0 ---------------- 1        1,000 m, facility at 0
   */
  @Test
  void theOtherBankOfARiverIsNotCovered() {
    RoadNetwork.Builder b = RoadNetwork.builder(4, 2);
    b.addNode(LON0, LAT0);
    b.addNode(LON0 + east(1000), LAT0);
    b.addNode(LON0, LAT0 + north(120));
    b.addNode(LON0 + east(1000), LAT0 + north(120));
    b.addEdge(0, 1, new double[0], Double.NaN, true, true);
    b.addEdge(2, 3, new double[0], Double.NaN, true, true);
    RoadNetwork network = b.build();
    NetworkDistances d = ShortestPaths.from(network, List.of(network.atNode(0)), 600);
    Geometry circle = Isochrones.polygon(d, 25);
    assertThat(circle.getSRID()).isEqualTo(Srid.CGCS2000);
    assertThat(circle.covers(point(300, 0))).isTrue();
    assertThat(circle.covers(point(590, 10))).isTrue();
    assertThat(circle.covers(point(700, 0))).as("beyond 600 m + 25 m buffer").isFalse();
    assertThat(circle.covers(point(100, 120))).as("the other bank").isFalse();
    assertThat(circle.covers(point(100, 60))).as("the river").isFalse();
  }

  @Test
  void nothingReachedIsEmpty() {
    RoadNetwork network = TestNetworks.grid(3, 3, 100);
    NetworkDistances d = ShortestPaths.from(network, List.of(), 600);
    assertThat(Isochrones.polygon(d, 25).isEmpty()).isTrue();
  }

  private static Geometry point(double eastMeters, double northMeters) {
    return GEOMETRY.createPoint(new Coordinate(LON0 + east(eastMeters), LAT0 + north(northMeters)));
  }
}

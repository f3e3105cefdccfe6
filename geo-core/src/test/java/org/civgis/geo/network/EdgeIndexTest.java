package org.civgis.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.network.TestNetworks.LAT0;
import static org.civgis.geo.network.TestNetworks.LON0;
import static org.civgis.geo.network.TestNetworks.east;
import static org.civgis.geo.network.TestNetworks.north;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EdgeIndexTest {

  @Test
  void aPointSnapsToTheNearestEdgeNotTheNearestNode() {
    /*
     *  0 ------------------------- 1        (1,000 m)
     *               x                        30 m south of the middle
     *
     *  2 --- 3                               150 m south, short edge near x's west
     */
    RoadNetwork.Builder b = RoadNetwork.builder(4, 2);
    b.addNode(LON0, LAT0);
    b.addNode(LON0 + east(1000), LAT0);
    b.addNode(LON0 + east(400), LAT0 - north(150));
    b.addNode(LON0 + east(480), LAT0 - north(150));
    b.addEdge(0, 1, new double[0], Double.NaN, true, true);
    b.addEdge(2, 3, new double[0], Double.NaN, true, true);
    RoadNetwork network = b.build();
    NetworkLocation snapped = network.snap(LON0 + east(500), LAT0 - north(30), 300);
    assertThat(snapped.edge()).isZero();
    // coordinates are held to 1e-7 degree (about 1 cm)
    assertThat(snapped.fraction()).isCloseTo(0.5, within(1e-5));
    assertThat(snapped.snapDistanceMeters()).isCloseTo(30, within(0.01));
    assertThat(network.snap(LON0 + east(500), LAT0 - north(400), 100)).isNull();
  }

  @Test
  void snappingFollowsTheShapeOfAnEdge() {
    /*
     *         1 (200 m north)
     *        /
     *  0 ---v          v = vertex 100 m east of 0, edge 0-1 bends there
     */
    RoadNetwork.Builder b = RoadNetwork.builder(2, 1);
    b.addNode(LON0, LAT0);
    b.addNode(LON0 + east(100), LAT0 + north(200));
    b.addEdge(0, 1, new double[] {LON0 + east(100), LAT0}, Double.NaN, true, true);
    RoadNetwork network = b.build();
    assertThat(network.edgeLengthMeters(0)).isCloseTo(300, within(0.01));
    NetworkLocation snapped = network.snap(LON0 + east(110), LAT0 + north(100), 50);
    assertThat(snapped.fraction()).isCloseTo(200 / 300.0, within(1e-4));
    assertThat(snapped.snapDistanceMeters()).isCloseTo(10, within(0.01));
  }

  @Test
  void theIndexFindsWhatAFullScanFinds() {
    RoadNetwork network = TestNetworks.grid(40, 25, 83);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 500; i++) {
      double lon = LON0 + east(random.nextDouble(-500, 4000));
      double lat = LAT0 + north(random.nextDouble(-500, 2500));
      NetworkLocation snapped = network.snap(lon, lat, 10_000);
      double best = Double.POSITIVE_INFINITY;
      for (int e = 0; e < network.edgeCount(); e++) {
        best = Math.min(best, distanceToEdge(network, e, lon, lat));
      }
      assertThat(snapped.snapDistanceMeters()).isCloseTo(best, within(1e-6));
    }
  }

  private static double distanceToEdge(RoadNetwork network, int e, double lon, double lat) {
    LocalPlane plane = LocalPlane.at(lon, lat);
    double px = plane.x(network.shapeLon(e, 0));
    double py = plane.y(network.shapeLat(e, 0));
    double qx = plane.x(network.shapeLon(e, 1));
    double qy = plane.y(network.shapeLat(e, 1));
    double dx = qx - px;
    double dy = qy - py;
    double t = Math.max(0, Math.min(1, -(px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px + t * dx, py + t * dy);
  }

  @Test
  void aNetworkOfAMillionEdgesCostsAtMost64BytesPerEdge() {
    RoadNetwork network = TestNetworks.grid(708, 708, 100);
    assertThat(network.edgeCount()).isGreaterThan(1_000_000);
    assertThat(network.bytesPerEdge()).isLessThanOrEqualTo(64);
  }
}

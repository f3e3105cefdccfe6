package org.civgis.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoadNetworkBytesTest {

  @Test
  void aNetworkReadFromItsBytesIsTheSame() {
    RoadNetwork.Builder b = RoadNetwork.builder(4, 4);
    b.addNode(87.30, 44.01);
    b.addNode(87.31, 44.01);
    b.addNode(87.31, 44.02);
    b.addNode(87.30, 44.02);
    b.addEdge(0, 1, new double[0], Double.NaN, true, true);
    b.addEdge(1, 2, new double[] {87.312, 44.015}, Double.NaN, true, false);
    b.addEdge(2, 3, new double[0], 812.5, false, true);
    b.addEdge(3, 0, new double[] {87.299, 44.018, 87.2995, 44.012}, Double.NaN, true, true);
    RoadNetwork network = b.build();

    RoadNetwork read = RoadNetwork.fromBytes(network.toBytes());

    assertThat(read.nodeCount()).isEqualTo(4);
    assertThat(read.edgeCount()).isEqualTo(4);
    assertThat(read.memoryBytes()).isEqualTo(network.memoryBytes());
    for (int e = 0; e < 4; e++) {
      assertThat(read.edgeShape(e)).containsExactly(network.edgeShape(e));
      assertThat(read.edgeLengthMeters(e)).isEqualTo(network.edgeLengthMeters(e));
      assertThat(read.forward(e)).isEqualTo(network.forward(e));
      assertThat(read.backward(e)).isEqualTo(network.backward(e));
    }
    assertThat(read.snap(87.3121, 44.0151, 50)).isEqualTo(network.snap(87.3121, 44.0151, 50));
    assertThat(ShortestPaths.from(read, java.util.List.of(read.atNode(0)), 5000).metersToNode(2))
        .isEqualTo(
            ShortestPaths.from(network, java.util.List.of(network.atNode(0)), 5000)
                .metersToNode(2));
  }

  @Test
  void otherBytesAreRefused() {
    assertThatThrownBy(() -> RoadNetwork.fromBytes(new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class);
    RoadNetwork.Builder b = RoadNetwork.builder(2, 1);
    b.addNode(87.30, 44.01);
    b.addNode(87.31, 44.01);
    b.addEdge(0, 1, new double[0], Double.NaN, true, true);
    byte[] bytes = b.build().toBytes();
    assertThatThrownBy(() -> RoadNetwork.fromBytes(Arrays.copyOf(bytes, bytes.length + 4)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

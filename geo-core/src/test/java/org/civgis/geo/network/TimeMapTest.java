package org.civgis.geo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMapTest {

  /*
   * Two facilities at the ends of a row of three 100 m edges, 1 m/s, limit 120 m:
   *
   *   F0 ---100--- n1 ---100--- n2 ---100--- F3
   *
   * the middle edge is reached from both ends (20 m from each), the outer edges wholly.
   */
  @Test
  void piecesRunFromOneTimeToAnotherWithoutAPeakInside() {
    RoadNetwork row = TestNetworks.grid(4, 1, 100);
    NetworkDistances distances =
        ShortestPaths.from(row, List.of(row.atNode(0), row.atNode(3)), 120);

    List<TimeMap.Segment> segments = TimeMap.segments(distances, 1.0);

    assertThat(segments).hasSize(4);
    double sourceEdgeMinutes = row.edgeLengthMeters(0) / 60;
    TimeMap.Segment first = segments.get(0);
    assertThat(first.edge()).isZero();
    assertThat(first.fromMinutes()).isZero();
    assertThat(first.toMinutes()).isCloseTo(sourceEdgeMinutes, within(1e-9));
    // the middle edge: two pieces, each from its end's time up to the limit (2 minutes)
    List<TimeMap.Segment> middle = segments.stream().filter(s -> s.edge() == 1).toList();
    assertThat(middle).hasSize(2);
    assertThat(middle.get(0).fromMinutes()).isCloseTo(sourceEdgeMinutes, within(1e-9));
    assertThat(middle.get(0).toMinutes()).isCloseTo(2.0, within(1e-9));
    assertThat(middle.get(1).fromMinutes()).isCloseTo(2.0, within(1e-9));
    for (TimeMap.Segment s : segments) {
      assertThat(s.line().getSRID()).isEqualTo(4490);
      assertThat(Math.max(s.fromMinutes(), s.toMinutes())).isLessThanOrEqualTo(2.0 + 1e-9);
    }
  }

  /* The same row with a 200 m limit: the middle edge is reached whole and peaks at its middle. */
  @Test
  void anEdgeReachedFromBothEndsIsSplitWhereTheWalksMeet() {
    RoadNetwork row = TestNetworks.grid(4, 1, 100);
    NetworkDistances distances =
        ShortestPaths.from(row, List.of(row.atNode(0), row.atNode(3)), 200);

    List<TimeMap.Segment> middle =
        TimeMap.segments(distances, 1.0).stream().filter(s -> s.edge() == 1).toList();

    assertThat(middle).hasSize(2);
    double peak = 1.5 * row.edgeLengthMeters(1) / 60;
    assertThat(middle.get(0).toMinutes()).isCloseTo(peak, within(1e-6));
    assertThat(middle.get(1).fromMinutes()).isCloseTo(peak, within(1e-6));
    assertThat(middle.get(0).line().getEndPoint().distance(middle.get(1).line().getStartPoint()))
        .isLessThan(1e-9);
  }
}

package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civgis.geo.topology.Fixtures.unit;
import static org.civgis.geo.topology.Fixtures.wkt;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedEdgeFinderTest {
  //   44.2 +------+------+
  //        |  A   |  B   |
  //   44.1 +------+------+      C is the lower half; the A–B edge has an extra vertex at 44.15
  //        |      C      |      that both have
  //   44.0 +-------------+
  //      87.0   87.1   87.2
  private static final String A =
      "POLYGON ((87 44.1, 87.1 44.1, 87.1 44.15, 87.1 44.2, 87 44.2, 87 44.1))";
  private static final String B =
      "POLYGON ((87.1 44.1, 87.2 44.1, 87.2 44.2, 87.1 44.2, 87.1 44.15, 87.1 44.1))";
  private static final String C =
      "POLYGON ((87 44, 87.2 44, 87.2 44.1, 87.1 44.1, 87 44.1, 87 44))";

  @Test
  void eachAdjacentPairSharesItsCommonLineworkMergedIntoOneLine() {
    List<SharedEdge> edges =
        SharedEdgeFinder.find(List.of(unit("B", null, B), unit("C", null, C), unit("A", null, A)));

    assertThat(edges).extracting(SharedEdge::pairKey).containsExactly("A|B", "A|C", "B|C");
    SharedEdge ab = edges.get(0);
    assertThat(ab.geometry().getNumGeometries()).isEqualTo(1);
    assertThat(ab.geometry().equalsTopo(wkt("LINESTRING (87.1 44.1, 87.1 44.2)"))).isTrue();
    assertThat(ab.geometry().getNumPoints()).isEqualTo(3);
    assertThat(edges.get(1).geometry().equalsTopo(wkt("LINESTRING (87 44.1, 87.1 44.1)"))).isTrue();
  }

  @Test
  void theSmallerIdLiesOnTheLeftOfTheLine() {
    List<SharedEdge> edges = SharedEdgeFinder.find(List.of(unit("A", null, A), unit("B", null, B)));
    SharedEdge ab = edges.get(0);
    assertThat(ab.leftId()).isEqualTo("A");
    assertThat(ab.rightId()).isEqualTo("B");
    // A lies west of the line, so the line runs from south to north
    assertThat(ab.geometry().getGeometryN(0).getCoordinates()[0].y).isEqualTo(44.1);
  }

  @Test
  void polygonsThatOnlyTouchAtAPointShareNoEdge() {
    String ne = "POLYGON ((87.1 44.1, 87.2 44.1, 87.2 44.2, 87.1 44.2, 87.1 44.1))";
    String sw = "POLYGON ((87 44, 87.1 44, 87.1 44.1, 87 44.1, 87 44))";
    assertThat(SharedEdgeFinder.find(List.of(unit("X", null, ne), unit("Y", null, sw)))).isEmpty();
  }
}

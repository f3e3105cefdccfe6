package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.topology.Fixtures.unit;
import static org.civgis.geo.topology.Fixtures.wkt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

class SharedEdgeEditTest {
  // A and B share the edge 87.1 44 – 87.1 44.1 – 87.1 44.2 (A on its west)
  private static final String A =
      "POLYGON ((87 44, 87.1 44, 87.1 44.1, 87.1 44.2, 87 44.2, 87 44))";
  private static final String B =
      "POLYGON ((87.1 44, 87.2 44, 87.2 44.2, 87.1 44.2, 87.1 44.1, 87.1 44))";

  @Test
  void movingAVertexOfTheSharedEdgeMovesItInBothNeighbours() {
    LineString edge =
        (LineString)
            SharedEdgeFinder.find(List.of(unit("A", null, A), unit("B", null, B)))
                .get(0)
                .geometry()
                .getGeometryN(0);
    LineString moved = (LineString) wkt("LINESTRING (87.1 44, 87.12 44.1, 87.1 44.2)");
    if (!edge.getCoordinateN(0).equals2D(moved.getCoordinateN(0))) {
      moved = moved.reverse();
    }

    Geometry a = SharedEdgeEdit.replace(wkt(A), edge, moved);
    Geometry b = SharedEdgeEdit.replace(wkt(B), edge, moved);

    assertThat(a.isValid()).isTrue();
    assertThat(b.isValid()).isTrue();
    assertThat(a.getArea()).isGreaterThan(wkt(A).getArea());
    assertThat(a.getArea() + b.getArea()).isCloseTo(0.04, within(1e-12));
    assertThat(a.intersection(b).getArea()).isZero();
    // the new shared edge is the moved line
    SharedEdge shared =
        SharedEdgeFinder.find(
                List.of(new CoverageUnit("A", null, a), new CoverageUnit("B", null, b)))
            .get(0);
    assertThat(shared.geometry().equalsTopo(moved)).isTrue();
  }

  @Test
  void anEdgeAcrossTheStartOfTheRingIsReplacedToo() {
    // the ring of A starts in the middle of its west edge
    String a = "POLYGON ((87 44.1, 87 44, 87.1 44, 87.1 44.2, 87 44.2, 87 44.1))";
    LineString west = (LineString) wkt("LINESTRING (87 44.2, 87 44.1, 87 44)");
    LineString bent = (LineString) wkt("LINESTRING (87 44.2, 86.99 44.1, 87 44)");
    Geometry result = SharedEdgeEdit.replace(wkt(a), west, bent);
    assertThat(result.isValid()).isTrue();
    assertThat(result.getNumPoints()).isEqualTo(6);
    assertThat(result.getArea()).isGreaterThan(wkt(a).getArea());
  }

  @Test
  void theEndPointsMustStay() {
    LineString edge = (LineString) wkt("LINESTRING (87.1 44, 87.1 44.1, 87.1 44.2)");
    LineString shifted = (LineString) wkt("LINESTRING (87.1 44, 87.1 44.1, 87.11 44.2)");
    assertThatThrownBy(() -> SharedEdgeEdit.replace(wkt(A), edge, shifted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end points");
  }

  @Test
  void anEdgeThatIsNotOnThePolygonIsRefused() {
    LineString elsewhere = (LineString) wkt("LINESTRING (87.15 44, 87.15 44.2)");
    assertThatThrownBy(() -> SharedEdgeEdit.replace(wkt(A), elsewhere, elsewhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a run");
  }
}

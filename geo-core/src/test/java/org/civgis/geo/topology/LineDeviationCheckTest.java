package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.topology.Fixtures.A;
import static org.civgis.geo.topology.Fixtures.B;
import static org.civgis.geo.topology.Fixtures.bFrom;
import static org.civgis.geo.topology.Fixtures.wkt;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

/**
 * Lines against the polygons of their sides.
 *
 * <p>Besides the halves A and B of {@link Fixtures}, two sides drawn by their units only, like the
 * demo's prefectures next to a prefecture without a polygon: N (north) by N1 and N2, S (south) by
 * S1 and S2; the line N–S runs along 44.1°N.
 *
 * <pre>
 *   44.2 +---------+---------+
 *        |   N1    |   N2    |
 *   44.1 +---------+---------+   ← line N–S
 *        |   S1    |   S2    |
 *   44.0 +---------+---------+
 *      87.0      87.1      87.2
 * </pre>
 */
class LineDeviationCheckTest {
  private static final String N1 = "POLYGON ((87 44.1, 87.1 44.1, 87.1 44.2, 87 44.2, 87 44.1))";
  private static final String N2 =
      "POLYGON ((87.1 44.1, 87.2 44.1, 87.2 44.2, 87.1 44.2, 87.1 44.1))";
  private static final String S1 =
      "POLYGON ((87 44, 87.1 44, 87.1 44.07, 87.1 44.1, 87 44.1, 87 44))";
  private static final String S2 =
      "POLYGON ((87.1 44, 87.2 44, 87.2 44.1, 87.1 44.1, 87.1 44.07, 87.1 44))";

  /** S2 with its north edge moved 0.03° (about 3.3 km) south: a gap between S2 and N2. */
  private static final String S2_MOVED_SOUTH =
      "POLYGON ((87.1 44, 87.2 44, 87.2 44.07, 87.1 44.07, 87.1 44))";

  private static final String LINE_NS = "LINESTRING (87 44.1, 87.1 44.1, 87.2 44.1)";

  /** One degree of latitude at 44.1°N in zone 87°E, in metres (±10 m). */
  private static final double METERS_PER_DEGREE_LATITUDE = 111_100;

  private static List<Finding> check(String line, String sideA, String sideB, LineSides sides) {
    return LineDeviationCheck.check(
        List.of(new RecordedLine("L1", sideA, sideB, wkt(line))),
        sides == null ? Map.of() : Map.of(sides.pairKey(), sides),
        CheckTolerances.DEFAULT);
  }

  private static LineSides sides(String idA, List<String> a, String idB, List<String> b) {
    return new LineSides(
        idA, a.stream().map(Fixtures::wkt).toList(), idB, b.stream().map(Fixtures::wkt).toList());
  }

  private static final LineSides AB = sides("A", List.of(A), "B", List.of(B));

  // ---- clean cases

  @Test
  void aLineOnTheSharedEdgeIsClean() {
    assertThat(check("LINESTRING (87.1 44, 87.1 44.2)", "A", "B", AB)).isEmpty();
    assertThat(check("LINESTRING (87.1 44.2, 87.1 44.1, 87.1 44)", "B", "A", AB)).isEmpty();
  }

  @Test
  void aLineWithinToleranceIsClean() {
    // 0.00005° of longitude ≈ 4 m east of the edge at 44.1°N
    assertThat(check("LINESTRING (87.1 44, 87.10005 44.1, 87.1 44.2)", "A", "B", AB)).isEmpty();
  }

  @Test
  void aLineBetweenSidesDrawnByTheirUnitsIsHeldAgainstTheirUnionsAndIsClean() {
    LineSides ns = sides("N", List.of(N1, N2), "S", List.of(S1, S2));
    // the edges N1–N2 and S1–S2 inside the sides end on the line: they are not where N meets S
    assertThat(check(LINE_NS, "N", "S", ns)).isEmpty();
  }

  // ---- off the edge

  @Test
  void aLineBulgingOffTheEdgeReportsTheLargestDeviationInMetres() {
    // 0.001° of longitude at 44.1°N ≈ 80 m
    List<Finding> findings = check("LINESTRING (87.1 44, 87.101 44.1, 87.1 44.2)", "A", "B", AB);
    assertThat(findings).hasSize(1);
    Finding off = findings.get(0);
    assertThat(off.type()).isEqualTo(FindingType.LINE_OFF_EDGE);
    assertThat(off.subjects()).containsExactly("L1", "A", "B");
    assertThat(off.measure()).isCloseTo(80.0, within(1.0));
    assertThat(off.zoneEpsg()).isEqualTo(4538);
    assertThat(off.geometry().getCoordinates())
        .anySatisfy(c -> assertThat(c.x).isCloseTo(87.101, within(1e-6)));
    assertThat(off.detail()).startsWith("界线与两侧区划边界的最大偏差 80").endsWith("米，超过限差 5 米");
  }

  @Test
  void aLineThatStopsShortOfTheSharedEdgeReportsTheStretchItMisses() {
    // the edge runs on to 44.2; the line ends at 44.15, 0.05° of latitude short
    List<Finding> findings = check("LINESTRING (87.1 44, 87.1 44.15)", "A", "B", AB);
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.measure()).isCloseTo(0.05 * METERS_PER_DEGREE_LATITUDE, within(10.0));
              assertThat(f.detail()).startsWith("界线未沿一段公共边，该段距界线最远 5.56 千米");
            });
  }

  // ---- sides drawn apart: the demo's 昌吉州—阿勒泰 line after an inward edit of 阜康市

  @Test
  void aGapBetweenTheSidesIsMeasuredAsItsWidthNotAsTheDistanceToTheRestOfTheSharedEdge() {
    LineSides ns = sides("N", List.of(N1, N2), "S", List.of(S1, S2_MOVED_SOUTH));
    List<Finding> findings = check(LINE_NS, "N", "S", ns);

    // the line east of 87.1 lies on N2's edge and 0.03° north of S2's: the gap's width
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.measure()).isCloseTo(0.03 * METERS_PER_DEGREE_LATITUDE, within(10.0));
              assertThat(f.detail()).startsWith("界线与两侧区划边界的最大偏差 3.33 千米");
              double[] ends =
                  Arrays.stream(f.geometry().getCoordinates())
                      .mapToDouble(c -> c.y)
                      .sorted()
                      .toArray();
              assertThat(ends[0]).isCloseTo(44.07, within(1e-6));
              assertThat(ends[1]).isCloseTo(44.1, within(1e-6));
            });

    // what a Hausdorff distance to the shared edge that is left (N1–S1, 87.0–87.1) reads instead:
    // the distance along the line from its east end to that edge, 0.1° of longitude (about 8 km)
    Geometry line = wkt(LINE_NS);
    Geometry leftOfEdge = wkt("LINESTRING (87 44.1, 87.1 44.1)");
    GaussKrugerProjection zone = GaussKrugerProjection.forGeometry(line);
    double hausdorff =
        new DiscreteHausdorffDistance(zone.toZone(line), zone.toZone(leftOfEdge)).distance();
    assertThat(hausdorff).isCloseTo(8_007, within(10.0));
  }

  @Test
  void sidesThatNoLongerMeetAreMeasuredByTheirOutlines() {
    // B starts 0.01° of longitude east of A and of the line: 802 m at 44.0°N, a little less north
    LineSides apart = sides("A", List.of(A), "B", List.of(bFrom("87.11")));
    List<Finding> findings = check("LINESTRING (87.1 44, 87.1 44.2)", "A", "B", apart);
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.measure()).isCloseTo(802.1, within(0.5));
              assertThat(f.detail()).startsWith("两侧区划已无公共边，界线距两侧区划边界最远 802.1 米");
            });
  }

  // ---- nothing to compare with

  @Test
  void aLineWithASideWithoutPolygonsIsNotChecked() {
    assertThat(check("LINESTRING (87.1 44, 87.1 44.2)", "A", "Z", null)).isEmpty();
    assertThat(check("LINESTRING (87.1 44, 87.5 44.2)", "A", "B", null)).isEmpty();
  }
}

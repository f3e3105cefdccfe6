package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.topology.Fixtures.A;
import static org.civgis.geo.topology.Fixtures.B;
import static org.civgis.geo.topology.Fixtures.unit;
import static org.civgis.geo.topology.Fixtures.wkt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineDeviationCheckTest {
  private final Map<String, SharedEdge> edges =
      SharedEdgeFinder.byPair(
          SharedEdgeFinder.find(List.of(unit("A", null, A), unit("B", null, B))));

  private List<Finding> check(String line, String sideA, String sideB) {
    return LineDeviationCheck.check(
        List.of(new RecordedLine("L1", sideA, sideB, wkt(line))), edges, CheckTolerances.DEFAULT);
  }

  // ---- clean cases

  @Test
  void aLineOnTheSharedEdgeIsClean() {
    assertThat(check("LINESTRING (87.1 44, 87.1 44.2)", "A", "B")).isEmpty();
    assertThat(check("LINESTRING (87.1 44.2, 87.1 44.1, 87.1 44)", "B", "A")).isEmpty();
  }

  @Test
  void aLineWithinToleranceIsClean() {
    // 0.00005° of longitude ≈ 4 m east of the edge at 44.1°N
    assertThat(check("LINESTRING (87.1 44, 87.10005 44.1, 87.1 44.2)", "A", "B")).isEmpty();
  }

  // ---- off the edge

  @Test
  void aLineBulgingOffTheEdgeReportsTheLargestDeviationInMetres() {
    // 0.001° of longitude at 44.1°N ≈ 80 m
    List<Finding> findings = check("LINESTRING (87.1 44, 87.101 44.1, 87.1 44.2)", "A", "B");
    assertThat(findings).hasSize(1);
    Finding off = findings.get(0);
    assertThat(off.type()).isEqualTo(FindingType.LINE_OFF_EDGE);
    assertThat(off.subjects()).containsExactly("L1", "A", "B");
    assertThat(off.measure()).isCloseTo(80.0, within(1.0));
    assertThat(off.zoneEpsg()).isEqualTo(4538);
    assertThat(off.geometry().getCoordinates())
        .anySatisfy(c -> assertThat(c.x).isCloseTo(87.101, within(1e-6)));
  }

  @Test
  void aLineBetweenDivisionsWithoutASharedEdgeIsReportedWithoutMeasure() {
    List<Finding> findings = check("LINESTRING (87.1 44, 87.1 44.2)", "A", "Z");
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.measure()).isNull());
  }
}

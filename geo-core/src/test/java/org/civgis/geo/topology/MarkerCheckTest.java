package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.topology.Fixtures.wkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

class MarkerCheckTest {
  private static final Map<String, Geometry> LINES =
      Map.of("L", wkt("LINESTRING (87.1 44, 87.1 44.2)"));

  private static RecordedMarker marker(int sequence, String type, double lon, double lat) {
    String number = String.format("L-%03d%s", sequence, type);
    return new RecordedMarker(
        number, number, "L", sequence, type, (Point) wkt("POINT (" + lon + " " + lat + ")"));
  }

  private static List<Finding> check(RecordedMarker... markers) {
    return MarkerCheck.check(List.of(markers), LINES, CheckTolerances.DEFAULT);
  }

  // ---- clean case

  @Test
  void markersOnTheirLineNumberedWithoutGapsAreClean() {
    assertThat(
            check(
                marker(1, "", 87.1, 44.01),
                marker(2, "A", 87.1, 44.05),
                marker(2, "B", 87.1, 44.0501),
                marker(3, "Q", 87.1, 44.1),
                marker(4, "C", 87.1, 44.15),
                marker(4, "D", 87.1, 44.1501),
                marker(4, "E", 87.1, 44.1502)))
        .isEmpty();
  }

  // ---- off the line

  @Test
  void aMarkerAwayFromItsLineReportsItsDistanceInMetres() {
    // 0.00025° of longitude at 44.05°N ≈ 20 m
    List<Finding> findings = check(marker(1, "", 87.10025, 44.05));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(FindingType.MARKER_OFF_LINE);
              assertThat(f.measure()).isCloseTo(20.0, within(0.2));
              assertThat(f.subjects()).containsExactly("L-001", "L");
            });
  }

  @Test
  void aMarkerOfAnUnknownLineIsOffLine() {
    RecordedMarker stray =
        new RecordedMarker("X-001", "X-001", "X", 1, "", (Point) wkt("POINT (87.1 44.05)"));
    List<Finding> findings = MarkerCheck.check(List.of(stray), LINES, CheckTolerances.DEFAULT);
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.measure()).isNull());
  }

  // ---- numbering

  @Test
  void missingSequenceNumbersAreOneGapFinding() {
    List<Finding> findings =
        check(marker(1, "", 87.1, 44.01), marker(4, "", 87.1, 44.04), marker(5, "", 87.1, 44.05));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(FindingType.MARKER_NUMBER_GAP);
              assertThat(f.measure()).isEqualTo(2.0);
              assertThat(f.detail()).contains("002、003");
            });
  }

  @Test
  void aDoubleSetWithoutItsSecondMarkerIsAGap() {
    List<Finding> findings = check(marker(1, "A", 87.1, 44.01));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(FindingType.MARKER_NUMBER_GAP);
              assertThat(f.detail()).contains("缺少 B");
            });
  }

  @Test
  void twoMarkersWithTheSameNumberAreDuplicates() {
    List<Finding> findings =
        new ArrayList<>(check(marker(1, "", 87.1, 44.01), marker(1, "", 87.1, 44.02)));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type()).isEqualTo(FindingType.MARKER_NUMBER_DUPLICATE);
              assertThat(f.measure()).isEqualTo(2.0);
              assertThat(f.geometry().getNumGeometries()).isEqualTo(2);
            });
  }

  @Test
  void aSingleMarkerSharingItsSequenceWithASetIsADuplicate() {
    List<Finding> findings =
        check(marker(1, "", 87.1, 44.01), marker(1, "A", 87.1, 44.02), marker(1, "B", 87.1, 44.03));
    assertThat(findings)
        .extracting(Finding::type)
        .containsExactly(FindingType.MARKER_NUMBER_DUPLICATE);
  }
}

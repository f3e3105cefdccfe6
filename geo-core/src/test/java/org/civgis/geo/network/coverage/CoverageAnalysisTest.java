package org.civgis.geo.network.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.network.TestNetworks.LAT0;
import static org.civgis.geo.network.TestNetworks.LON0;
import static org.civgis.geo.network.TestNetworks.east;
import static org.civgis.geo.network.TestNetworks.north;

import java.util.List;
import org.civgis.geo.network.RoadNetwork;
import org.junit.jupiter.api.Test;

class CoverageAnalysisTest {

  /*
   *   F ------- 600 m ------- A ------------ 1,200 m ------------ B
   *   (0)                     (1)                                 (2)
   *                                        d (middle, 10 m north)
   */
  private static RoadNetwork line() {
    RoadNetwork.Builder b = RoadNetwork.builder(3, 2);
    b.addNode(LON0, LAT0);
    b.addNode(LON0 + east(600), LAT0);
    b.addNode(LON0 + east(1800), LAT0);
    b.addEdge(0, 1, new double[0], Double.NaN, true, true);
    b.addEdge(1, 2, new double[0], Double.NaN, true, true);
    return b.build();
  }

  private static final FacilitySite F = FacilitySite.of("F", LON0, LAT0);
  private static final DemandPoint MIDDLE =
      new DemandPoint("d", LON0 + east(1200), LAT0 + north(10), 40);

  // ---- a demand point in the middle of an edge

  @Test
  void aPointInTheMiddleOfAnEdgeIsCoveredWhenReachableAlongIt() {
    // 600 m to A, then 600 m along A-B: 1,200 m = 20 minutes at 1.0 m/s
    CoverageResult result =
        CoverageAnalysis.run(
            line(), List.of(F), List.of(MIDDLE), CoverageOptions.defaults().withMinutes(20.5));
    DemandCoverage d = result.demand().get(0);
    assertThat(d.location().edge()).isEqualTo(1);
    assertThat(d.location().fraction()).isCloseTo(0.5, within(1e-5));
    assertThat(d.covered()).isTrue();
    assertThat(d.walkMinutes()).isCloseTo(20, within(1e-3));
    assertThat(d.nearestFacilityId()).isEqualTo("F");
    assertThat(result.coveredWeight()).isEqualTo(40);
  }

  @Test
  void aPointInTheMiddleOfAnEdgeIsNotCoveredWhenBothEndsAreReachedButNotIt() {
    // 19.5 minutes = 1,170 m: A is reached (600 m) and 570 m of A-B, not its middle
    CoverageResult result =
        CoverageAnalysis.run(
            line(), List.of(F), List.of(MIDDLE), CoverageOptions.defaults().withMinutes(19.5));
    assertThat(result.demand().get(0).covered()).isFalse();
    assertThat(result.demand().get(0).walkMinutes()).isInfinite();
    assertThat(result.uncovered()).extracting(c -> c.point().id()).containsExactly("d");
    assertThat(result.minutesToNode(1)).isCloseTo(10, within(1e-3));
    assertThat(result.minutesToNode(2)).isInfinite();
  }

  @Test
  void theElderlySpeedShrinksTheCircle() {
    CoverageOptions elderly = CoverageOptions.defaults().withMinutes(20.5).elderly();
    assertThat(elderly.limitMeters()).isEqualTo(20.5 * 60 * 0.75);
    CoverageResult result = CoverageAnalysis.run(line(), List.of(F), List.of(MIDDLE), elderly);
    assertThat(result.demand().get(0).covered()).isFalse();
  }

  @Test
  void aFacilityInsideAnEdgeCoversAlongItsOwnEdge() {
    FacilitySite inside = FacilitySite.of("G", LON0 + east(1500), LAT0 - north(5));
    CoverageResult result =
        CoverageAnalysis.run(
            line(), List.of(inside), List.of(MIDDLE), CoverageOptions.defaults().withMinutes(5.5));
    assertThat(result.demand().get(0).covered()).isTrue();
    assertThat(result.demand().get(0).walkMinutes()).isCloseTo(5, within(1e-3));
  }

  @Test
  void pointsTooFarFromTheNetworkAreReportedNotAnalysed() {
    FacilitySite far = FacilitySite.of("far", LON0, LAT0 + north(2000));
    DemandPoint away = new DemandPoint("away", LON0, LAT0 + north(1000), 3);
    CoverageResult result =
        CoverageAnalysis.run(
            line(), List.of(F, far), List.of(MIDDLE, away), CoverageOptions.defaults());
    assertThat(result.unjoinedFacilities()).extracting(FacilitySite::id).containsExactly("far");
    assertThat(result.demand().get(1).location()).isNull();
    assertThat(result.demand().get(1).covered()).isFalse();
    assertThat(result.totalWeight()).isEqualTo(43);
  }
}

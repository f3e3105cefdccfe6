package org.civgis.geo.network.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.civgis.geo.network.RoadNetwork;
import org.civgis.geo.network.TestNetworks;
import org.civgis.geo.network.coverage.CoverageOptions;
import org.civgis.geo.network.coverage.DemandPoint;
import org.civgis.geo.network.coverage.FacilitySite;
import org.junit.jupiter.api.Test;

class E2sfcaTest {

  @Test
  void gaussianIsOneAtTheFacilityAndZeroAtTheLimit() {
    assertThat(E2sfca.gaussian(0, 900)).isEqualTo(1);
    assertThat(E2sfca.gaussian(900, 900)).isCloseTo(0, within(1e-15));
    assertThat(E2sfca.gaussian(901, 900)).isZero();
    double half = (Math.exp(-0.125) - Math.exp(-0.5)) / (1 - Math.exp(-0.5));
    assertThat(E2sfca.gaussian(450, 900)).isCloseTo(half, within(1e-15));
  }

  /*
   *   node:   0 ----- 1 ----- 2 ----- 3 ----- 4 ----- 5 ----- 6     100 m apart
   *           F1(10)  a(100)          b(50)           F2(30) c(20)
   *   limit 250 m (250 s at 1 m/s)
   */
  @Test
  void twoStepsByHand() {
    RoadNetwork line = TestNetworks.grid(7, 1, 100);
    FacilitySite f1 = site("F1", line, 0, 10);
    FacilitySite f2 = site("F2", line, 5, 30);
    List<DemandPoint> demand =
        List.of(point("a", line, 1, 100), point("b", line, 3, 50), point("c", line, 6, 20));
    CoverageOptions options = CoverageOptions.defaults().withMinutes(250 / 60.0);
    E2sfca.Result result = E2sfca.compute(line, List.of(f1, f2), demand, options);

    // the grid's edges measure about 100 m on the ground; the weights use their real lengths
    double w100 = E2sfca.gaussian(line.edgeLengthMeters(0), 250);
    double w200 = E2sfca.gaussian(line.edgeLengthMeters(3) + line.edgeLengthMeters(4), 250);
    double w100c = E2sfca.gaussian(line.edgeLengthMeters(5), 250);
    // F1 reaches a (100 m); b is 300 m away. F2 reaches b (200 m) and c (100 m).
    double r1 = 10 / (100 * w100);
    double r2 = 30 / (50 * w200 + 20 * w100c);
    assertThat(result.supplyToDemandRatio()).containsExactly(new double[] {r1, r2}, within(1e-9));
    assertThat(result.accessibility())
        .containsExactly(new double[] {r1 * w100, r2 * w200, r2 * w100c}, within(1e-9));
    // supply is conserved: Σ P_i · A_i = Σ S_j when every facility has demand in reach
    double served =
        100 * result.accessibility()[0]
            + 50 * result.accessibility()[1]
            + 20 * result.accessibility()[2];
    assertThat(served).isCloseTo(40, within(1e-9));
  }

  @Test
  void aFacilityWithoutCapacityIsRefused() {
    RoadNetwork line = TestNetworks.grid(3, 1, 100);
    FacilitySite unknown = FacilitySite.of("F", line.nodeLon(0), line.nodeLat(0));
    assertThatThrownBy(
            () -> E2sfca.compute(line, List.of(unknown), List.of(), CoverageOptions.defaults()))
        .hasMessageContaining("F");
  }

  private static FacilitySite site(String id, RoadNetwork network, int node, double capacity) {
    return new FacilitySite(id, network.nodeLon(node), network.nodeLat(node), capacity);
  }

  private static DemandPoint point(String id, RoadNetwork network, int node, double weight) {
    return new DemandPoint(id, network.nodeLon(node), network.nodeLat(node), weight);
  }
}

package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.topology.Fixtures.A;
import static org.civgis.geo.topology.Fixtures.P;
import static org.civgis.geo.topology.Fixtures.bFrom;
import static org.civgis.geo.topology.Fixtures.unit;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The QA policy of {@link CheckTolerances}: slivers follow from the data's positional accuracy, and
 * an overlap of neighbours beyond it is an error. The fixtures are two neighbouring divisions near
 * 昌吉市 sharing a 22 km edge, at the demo's survey scale (1:2,000, σ = 1 m); 0.0000125° of longitude
 * is about 1 m there.
 */
class QaPolicyTest {

  private static List<Finding> run(CheckTolerances tolerances, String b) {
    return new CoverageCheck(tolerances)
        .run(List.of(unit("P", null, P), unit("A", "P", A), unit("B", "P", b)), CheckProgress.NONE);
  }

  @Test
  void theDefaultFollowsTheDemosSurveyScale() {
    assertThat(CheckTolerances.positionalAccuracyMeters(2_000)).isEqualTo(1.0);
    assertThat(CheckTolerances.DEFAULT).isEqualTo(CheckTolerances.forSurveyScale(2_000));
    assertThat(CheckTolerances.DEFAULT.sliverWidthMeters()).isEqualTo(2.0);
    assertThat(CheckTolerances.DEFAULT.sliverAreaSquareMeters()).isEqualTo(4.0);
    assertThat(CheckTolerances.forSurveyScale(10_000).sliverWidthMeters()).isEqualTo(10.0);
    assertThatThrownBy(() -> CheckTolerances.forSurveyScale(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aThreeMetreShiftOfANeighbourIsAnOverlapError() {
    // B's west edge 3 m into A along the whole 22 km edge
    List<Finding> findings = run(CheckTolerances.DEFAULT, bFrom("87.0999625"));
    assertThat(findings).extracting(Finding::type).containsExactly(FindingType.OVERLAP);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(findings.get(0).measure()).isCloseTo(66_700, within(700.0));
  }

  @Test
  void aThreeMetreGapBetweenNeighboursIsAnError() {
    List<Finding> findings = run(CheckTolerances.DEFAULT, bFrom("87.1000375"));
    assertThat(findings).extracting(Finding::type).containsExactly(FindingType.GAP);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aDigitisingSliverOfAFifthOfAMetreIsAWarning() {
    List<Finding> findings = run(CheckTolerances.DEFAULT, bFrom("87.0999975"));
    assertThat(findings).extracting(Finding::type).containsExactly(FindingType.SLIVER_OVERLAP);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).measure()).isCloseTo(4_450, within(100.0));
  }

  @Test
  void theSameShiftIsASliverWhenTheSurveyIsCoarser() {
    // at 1:10,000 (σ = 5 m) a 3 m shift is within what the data's precision explains
    List<Finding> findings = run(CheckTolerances.forSurveyScale(10_000), bFrom("87.0999625"));
    assertThat(findings).extracting(Finding::type).containsExactly(FindingType.SLIVER_OVERLAP);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
  }
}

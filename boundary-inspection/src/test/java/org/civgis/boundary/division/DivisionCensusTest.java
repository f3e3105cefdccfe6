package org.civgis.boundary.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DivisionCensusTest {

  private static DivisionCensus county(String code, long population, double sexRatio, double old) {
    Map<String, Double> bands = new LinkedHashMap<>();
    // deliberately out of order: the record sorts youngest first
    bands.put("85+", old / 4);
    bands.put("0-59", 1 - old);
    bands.put("60-64", old / 4);
    bands.put("65-79", old / 4);
    bands.put("80-84", old / 4);
    return new DivisionCensus(
        code, 2020, population, sexRatio, 0.2, 0.5, bands, Map.of("X", 1.0), "test");
  }

  @Test
  void bandsAreKeptYoungestFirst() {
    assertThat(county("652301000000", 100, 100, 0.2).ageBandShares().keySet())
        .containsExactly("0-59", "60-64", "65-79", "80-84", "85+");
  }

  @Test
  void shareAgedSumsTheBandsFromThatAgeOn() {
    DivisionCensus c = county("652301000000", 100, 100, 0.2);
    assertThat(c.shareAged(60)).isCloseTo(0.2, within(1e-12));
    assertThat(c.shareAged(65)).isCloseTo(0.15, within(1e-12));
    assertThat(c.shareAged(80)).isCloseTo(0.10, within(1e-12));
    assertThat(c.shareAged(0)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void shareAgedRefusesAnAgeThatIsNoBandStart() {
    assertThatThrownBy(() -> county("652301000000", 100, 100, 0.2).shareAged(70))
        .hasMessageContaining("70");
  }

  // ---- combining counties into a prefecture

  @Test
  void combineAddsPopulationsAndWeightsShares() {
    DivisionCensus a = county("652301000000", 300, 100, 0.10); // 150 men, 150 women
    DivisionCensus b = county("652302000000", 100, 300, 0.30); // 75 men, 25 women

    DivisionCensus whole = DivisionCensus.combine("652300000000", List.of(a, b));

    assertThat(whole.residentPopulation()).isEqualTo(400);
    assertThat(whole.shareAged(60)).isCloseTo((300 * 0.10 + 100 * 0.30) / 400, within(1e-12));
    assertThat(whole.sexRatio()).isCloseTo(100.0 * 225 / 175, within(1e-9));
    assertThat(whole.urbanShare()).isCloseTo(0.5, within(1e-12));
    assertThat(whole.otherFigures()).isEmpty();
  }

  @Test
  void combineRefusesNothingAndMixedYears() {
    assertThatThrownBy(() -> DivisionCensus.combine("652300000000", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    DivisionCensus a = county("652301000000", 1, 100, 0.1);
    DivisionCensus b =
        new DivisionCensus(
            "652302000000", 2010, 1, 100.0, 0.1, 0.1, a.ageBandShares(), Map.of(), "test");
    assertThatThrownBy(() -> DivisionCensus.combine("652300000000", List.of(a, b)))
        .hasMessageContaining("2010");
  }
}

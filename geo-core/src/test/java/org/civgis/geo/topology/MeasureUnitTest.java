package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.civgis.geo.topology.FindingType.MeasureUnit;
import org.junit.jupiter.api.Test;

/** How the measure of a finding reads in its details. */
class MeasureUnitTest {

  @Test
  void areasFromATenthOfASquareKilometreReadInSquareKilometres() {
    assertThat(MeasureUnit.SQUARE_METERS.format(93_331_847.4)).isEqualTo("93.3 平方千米");
    assertThat(MeasureUnit.SQUARE_METERS.format(1_234_567)).isEqualTo("1.23 平方千米");
    assertThat(MeasureUnit.SQUARE_METERS.format(152_000)).isEqualTo("0.15 平方千米");
    assertThat(MeasureUnit.SQUARE_METERS.format(100_000)).isEqualTo("0.1 平方千米");
  }

  @Test
  void smallerAreasReadInWholeSquareMetres() {
    assertThat(MeasureUnit.SQUARE_METERS.format(99_999.4)).isEqualTo("99999 平方米");
    assertThat(MeasureUnit.SQUARE_METERS.format(850.4)).isEqualTo("850 平方米");
    assertThat(MeasureUnit.SQUARE_METERS.format(3.25)).isEqualTo("3.3 平方米");
    assertThat(MeasureUnit.SQUARE_METERS.format(0)).isEqualTo("0 平方米");
  }

  @Test
  void lengthsFromAKilometreReadInKilometres() {
    assertThat(MeasureUnit.METERS.format(53_720.5)).isEqualTo("53.7 千米");
    assertThat(MeasureUnit.METERS.format(3_279.4)).isEqualTo("3.28 千米");
    assertThat(MeasureUnit.METERS.format(3_300)).isEqualTo("3.3 千米");
    assertThat(MeasureUnit.METERS.format(999.96)).isEqualTo("1 千米");
  }

  @Test
  void shorterLengthsReadInMetresToATenth() {
    assertThat(MeasureUnit.METERS.format(80.25)).isEqualTo("80.3 米");
    assertThat(MeasureUnit.METERS.format(5)).isEqualTo("5 米");
    assertThat(MeasureUnit.METERS.format(0.04)).isEqualTo("0 米");
  }

  @Test
  void countsReadAsWholeNumbers() {
    assertThat(MeasureUnit.COUNT.format(1.0)).isEqualTo("1 个");
    assertThat(MeasureUnit.COUNT.format(12)).isEqualTo("12 个");
  }
}

package org.civgis.boundary.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DivisionTest {

  private static Division division(String code, DivisionLevel level, LocalDate from, LocalDate to) {
    return new Division(code, "名称", level, null, from, to, null, "test");
  }

  @Test
  void containsItselfAndWhatLiesUnderIt() {
    Division prefecture = division("652300000000", DivisionLevel.PREFECTURE, null, null);
    assertThat(prefecture.contains("652300000000")).isTrue();
    assertThat(prefecture.contains("652301000000")).isTrue();
    assertThat(prefecture.contains("652327106001")).isTrue();
    assertThat(prefecture.contains("650104000000")).isFalse();

    Division township = division("652327106000", DivisionLevel.TOWNSHIP, null, null);
    assertThat(township.contains("652327106005")).isTrue();
    assertThat(township.contains("652327107001")).isFalse();
  }

  @Test
  void validityIsHalfOpen() {
    LocalDate change = LocalDate.of(2023, 6, 30);
    Division old = division("652302201000", DivisionLevel.TOWNSHIP, null, change);
    Division current = division("652302201000", DivisionLevel.TOWNSHIP, change, null);
    assertThat(old.isValidOn(change.minusDays(1))).isTrue();
    assertThat(old.isValidOn(change)).isFalse();
    assertThat(current.isValidOn(change)).isTrue();
    assertThat(current.isValidOn(LocalDate.of(2100, 1, 1))).isTrue();
  }

  // ---- refused cases

  @Test
  void refusesCodesThatAreNotTwelveDigits() {
    assertThatThrownBy(() -> division("652301", DivisionLevel.COUNTY, null, null))
        .hasMessageContaining("652301");
    assertThatThrownBy(() -> division("65230100000X", DivisionLevel.COUNTY, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAVersionThatEndsBeforeItStarts() {
    LocalDate day = LocalDate.of(2023, 6, 30);
    assertThatThrownBy(() -> division("652301000000", DivisionLevel.COUNTY, day, day))
        .hasMessageContaining("ends");
  }

  @Test
  void normalizesSixDigitCodes() {
    assertThat(DivisionCode.normalize("652301")).isEqualTo("652301000000");
    assertThat(DivisionCode.normalize("652301001000")).isEqualTo("652301001000");
    assertThatThrownBy(() -> DivisionCode.normalize("6523")).hasMessageContaining("6523");
  }
}

package org.civgis.boundary.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeNestingTest {
  private static final String PREFECTURE = "652300000000";
  private static final String QITAI = "652325000000";
  private static final String MULEI = "652328000000";
  private static final String QITAI_TOWNSHIP = "652325100000";

  @Test
  void theSignificantPrefixEndsAtTheLastLevelThatIsNotAllZeros() {
    assertThat(CodeNesting.significantPrefix("650000000000")).isEqualTo("65");
    assertThat(CodeNesting.significantPrefix(PREFECTURE)).isEqualTo("6523");
    assertThat(CodeNesting.significantPrefix("652310000000")).isEqualTo("652310");
    assertThat(CodeNesting.significantPrefix(QITAI_TOWNSHIP)).isEqualTo("652325100");
    assertThat(CodeNesting.significantPrefix("652325100201")).isEqualTo("652325100201");
  }

  @Test
  void aDivisionIsWithinItselfAndItsAncestorsOnly() {
    assertThat(CodeNesting.isWithin(QITAI, QITAI)).isTrue();
    assertThat(CodeNesting.isWithin(QITAI, PREFECTURE)).isTrue();
    assertThat(CodeNesting.isWithin(QITAI_TOWNSHIP, QITAI)).isTrue();
    assertThat(CodeNesting.isWithin(PREFECTURE, QITAI)).isFalse();
    assertThat(CodeNesting.isWithin(MULEI, QITAI)).isFalse();
    assertThat(CodeNesting.isWithin("奇台县", QITAI)).isFalse();
    assertThat(CodeNesting.areNested(PREFECTURE, QITAI)).isTrue();
    assertThat(CodeNesting.areNested(MULEI, QITAI)).isFalse();
  }

  @Test
  void aSignerIsOfTheirOwnSideOnly() {
    assertThat(new Signer("qitai.inspector", "奇台县", QITAI).isOf(QITAI)).isTrue();
    assertThat(new Signer("town", "乡镇", QITAI_TOWNSHIP).isOf(QITAI)).isTrue();
    assertThat(new Signer("qitai.inspector", "奇台县", QITAI).isOf(MULEI)).isFalse();
    assertThat(new Signer("inspector", "州", PREFECTURE).isOf(QITAI)).isFalse();
  }

  @Test
  void theAncestorsRunFromTheProvinceDown() {
    assertThat(CodeNesting.selfAndAncestors(QITAI_TOWNSHIP))
        .containsExactly("650000000000", PREFECTURE, QITAI, QITAI_TOWNSHIP);
  }
}

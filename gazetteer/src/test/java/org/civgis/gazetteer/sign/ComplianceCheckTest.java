package org.civgis.gazetteer.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceCheckTest {
  static final SignExpectation BEIJING_NANLU =
      new SignExpectation(true, "北京南路", "BEIJING NANLU", List.of("解放南路"));

  static Compliance verdict(String text, String romanization, SignExpectation expected) {
    return ComplianceCheck.check(text, romanization, expected).compliance();
  }

  @Test
  void theStandardNameAndItsSignFormComply() {
    assertThat(verdict("北京南路", "BEIJING NANLU", BEIJING_NANLU)).isEqualTo(Compliance.COMPLIANT);
    // white space and full-width forms are not differences
    assertThat(verdict(" 北京南路 ", "BEIJING  NANLU ", BEIJING_NANLU)).isEqualTo(Compliance.COMPLIANT);
  }

  @Test
  void aFormerNameIsOutdated() {
    ComplianceCheck.Finding f = ComplianceCheck.check("解放南路", "JIEFANG NANLU", BEIJING_NANLU);
    assertThat(f.compliance()).isEqualTo(Compliance.OUTDATED_NAME);
    assertThat(f.detail()).contains("解放南路").contains("北京南路");
  }

  @Test
  void anotherTextIsWrong() {
    assertThat(verdict("北亰南路", "BEIJING NANLU", BEIJING_NANLU)).isEqualTo(Compliance.WRONG_TEXT);
    assertThat(verdict("北京南街", "BEIJING NANJIE", BEIJING_NANLU)).isEqualTo(Compliance.WRONG_TEXT);
  }

  @Test
  void romanizationMustBeTheSignForm() {
    assertThat(ComplianceCheck.check("北京南路", "Beijing Nanlu", BEIJING_NANLU).detail())
        .contains("大写");
    assertThat(ComplianceCheck.check("北京南路", "BEI JING NAN LU", BEIJING_NANLU).detail())
        .contains("分写连写");
    assertThat(ComplianceCheck.check("北京南路", "BEIJING SOUTH ROAD", BEIJING_NANLU).compliance())
        .isEqualTo(Compliance.WRONG_ROMANIZATION);
    assertThat(ComplianceCheck.check("北京南路", null, BEIJING_NANLU).detail()).contains("缺少");
  }

  @Test
  void aSignWithoutRomanizationIsCheckedOnItsTextOnly() {
    SignExpectation building = new SignExpectation(true, "天山花园3栋", null, List.of());
    assertThat(verdict("天山花园3栋", null, building)).isEqualTo(Compliance.COMPLIANT);
  }

  @Test
  void aRetiredNameIsNotCurrent() {
    assertThat(verdict("工业路", "GONGYE LU", SignExpectation.notCurrent(List.of("工业路"))))
        .isEqualTo(Compliance.NAME_NOT_CURRENT);
  }

  @Test
  void signForm() {
    assertThat(ComplianceCheck.signForm("Beijing Nanlu")).isEqualTo("BEIJING NANLU");
    assertThat(ComplianceCheck.signForm(null)).isNull();
  }
}

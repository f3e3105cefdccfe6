package org.civgis.gazetteer.address.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
  @Test
  void placeValueAndDigitByDigit() {
    assertThat(ChineseNumerals.value("一百二十三")).isEqualTo("123");
    assertThat(ChineseNumerals.value("十二")).isEqualTo("12");
    assertThat(ChineseNumerals.value("二十")).isEqualTo("20");
    assertThat(ChineseNumerals.value("一百零五")).isEqualTo("105");
    assertThat(ChineseNumerals.value("两千零一")).isEqualTo("2001");
    assertThat(ChineseNumerals.value("三零一")).isEqualTo("301");
    assertThat(ChineseNumerals.value("二〇一")).isEqualTo("201");
    assertThat(ChineseNumerals.value("七")).isEqualTo("7");
  }

  @Test
  void refusesWhatIsNotANumeral() {
    assertThatThrownBy(() -> ChineseNumerals.value(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChineseNumerals.value("三a"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

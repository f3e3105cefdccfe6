package org.civgis.gazetteer.address.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressNormalizerTest {
  @Test
  void fullWidthDigitsPunctuationAndTraditionalCharacters() {
    assertThat(AddressNormalizer.name("北京南路１２號 ３棟")).isEqualTo("北京南路12号3栋");
    assertThat(AddressNormalizer.name("北京南路（12号）")).isEqualTo("北京南路12号");
    assertThat(AddressNormalizer.name("12－1号")).isEqualTo("12-1号");
  }

  @Test
  void chineseNumeralsWhereTheyCountSomething() {
    assertThat(AddressNormalizer.name("建国路三巷一百二十三号")).isEqualTo("建国路3巷123号");
    assertThat(AddressNormalizer.name("三栋二单元三零一室")).isEqualTo("3栋2单元301室");
    assertThat(AddressNormalizer.name("12之一号")).isEqualTo("12之1号");
    // a numeral that is part of a name stays: 五彩新城, 二六工镇
    assertThat(AddressNormalizer.name("五彩新城")).isEqualTo("五彩新城");
    assertThat(AddressNormalizer.name("二六工镇")).isEqualTo("二六工镇");
  }

  @Test
  void noiseIsRemovedFromAddressesOnly() {
    assertThat(AddressNormalizer.address("北京南路12号附近 电话：13899512345")).isEqualTo("北京南路12号");
    assertThat(AddressNormalizer.address("北京南路12号对面（0994-2345678）")).isEqualTo("北京南路12号");
    assertThat(AddressNormalizer.address("北京南路12号旁")).isEqualTo("北京南路12号");
    assertThat(AddressNormalizer.name("北京南路12号旁")).isEqualTo("北京南路12号旁");
  }
}

package org.civgis.gazetteer.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseNumberTest {

  // ---- reading and writing

  @Test
  void readsTheFormsInUse() {
    assertThat(HouseNumber.parse("12")).isEqualTo(HouseNumber.of(12));
    assertThat(HouseNumber.parse("12号")).isEqualTo(HouseNumber.of(12));
    assertThat(HouseNumber.parse("12之1号")).isEqualTo(new HouseNumber(12, "之1"));
    assertThat(HouseNumber.parse("12之1")).isEqualTo(new HouseNumber(12, "之1"));
    assertThat(HouseNumber.parse("12-1号")).isEqualTo(new HouseNumber(12, "-1"));
    assertThat(HouseNumber.parse("12号附1号")).isEqualTo(new HouseNumber(12, "附1"));
    assertThat(HouseNumber.parse("12附1号")).isEqualTo(new HouseNumber(12, "附1"));
    assertThat(HouseNumber.parse("12号附")).isEqualTo(new HouseNumber(12, "附"));
    assertThat(HouseNumber.parse(" 007号 ")).isEqualTo(HouseNumber.of(7));
  }

  @Test
  void writesTheStandardForm() {
    assertThat(HouseNumber.of(12).text()).isEqualTo("12号");
    assertThat(new HouseNumber(12, "之1").text()).isEqualTo("12之1号");
    assertThat(new HouseNumber(12, "-1").text()).isEqualTo("12-1号");
    assertThat(new HouseNumber(12, "附1").text()).isEqualTo("12号附1号");
    assertThat(new HouseNumber(12, "附").text()).isEqualTo("12号附");
    assertThat(new HouseNumber(12, "附1").key()).isEqualTo("12附1");
  }

  @Test
  void refusesWhatIsNotAHouseNumber() {
    assertThatThrownBy(() -> HouseNumber.parse("十二号")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HouseNumber.parse("12号楼"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HouseNumber.parse("0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HouseNumber(3, "乙")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HouseNumber.parse("12之1附2"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersAlongTheRoad() {
    List<HouseNumber> numbers =
        new ArrayList<>(
            List.of(
                HouseNumber.of(13),
                new HouseNumber(11, "之2"),
                HouseNumber.of(11),
                new HouseNumber(11, "之1"),
                HouseNumber.of(9)));
    numbers.sort(HouseNumber.ALONG_THE_ROAD);
    assertThat(numbers)
        .extracting(HouseNumber::key)
        .containsExactly("9", "11", "11之1", "11之2", "13");
  }

  @Test
  void oddIsLeft() {
    assertThat(RoadSide.of(HouseNumber.of(7))).isEqualTo(RoadSide.LEFT);
    assertThat(RoadSide.of(new HouseNumber(8, "之1"))).isEqualTo(RoadSide.RIGHT);
  }

  @Test
  void addressCodes() {
    String code = AddressCode.of("652301003003", AddressKind.BUILDING, 17);
    assertThat(code).isEqualTo("6523010030032000017");
    assertThat(AddressCode.isValid(code)).isTrue();
    assertThat(AddressCode.kindOf(code)).isEqualTo(AddressKind.BUILDING);
    assertThat(AddressCode.divisionOf(code)).isEqualTo("652301003003");
    assertThat(AddressCode.isValid("6523010030034000017")).isFalse();
    assertThatThrownBy(() -> AddressCode.of("6523", AddressKind.HOUSE_NUMBER, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

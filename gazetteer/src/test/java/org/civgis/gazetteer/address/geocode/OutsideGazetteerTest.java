package org.civgis.gazetteer.address.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Division;
import org.civgis.gazetteer.address.geocode.RegistryIndex.DivisionLevel;
import org.civgis.gazetteer.placename.romanization.CharacterSounds;
import org.junit.jupiter.api.Test;

/** The national division list as the geocoder's outside, and how alike characters sound. */
class OutsideGazetteerTest {
  private static final List<Division> LIBRARY =
      List.of(
          new Division("652300000000", "昌吉回族自治州", DivisionLevel.PREFECTURE, null),
          new Division("652301000000", "昌吉市", DivisionLevel.COUNTY, null),
          new Division("652327000000", "吉木萨尔县", DivisionLevel.COUNTY, null),
          new Division("652327101000", "三台镇", DivisionLevel.TOWNSHIP, null));
  private static final RegistryIndex INDEX = RegistryIndex.build(LIBRARY, List.of(), List.of());
  private static final Set<String> CODES =
      Set.of("652300000000", "652301000000", "652327000000", "652327101000");
  private static final OutsideGazetteer OUTSIDE = new OutsideGazetteer(CODES::contains, CODES);

  private static String named(String address) {
    return OUTSIDE.named(AddressNormalizer.address(address), INDEX);
  }

  @Test
  void namesOutsideTheLibraryAreFound() {
    assertThat(named("南京市鼓楼区中山路14号")).isEqualTo("南京市");
    assertThat(named("新疆乌鲁木齐市天山区光明路56号")).isEqualTo("乌鲁木齐市");
    assertThat(named("石河子市北京南路13号")).isEqualTo("石河子市");
    assertThat(named("昌吉州五家渠市光明路56号")).isEqualTo("五家渠市");
    assertThat(named("内蒙古呼和浩特市新城区")).isEqualTo("内蒙古自治区");
    assertThat(named("香港特别行政区")).isEqualTo("香港特别行政区");
  }

  @Test
  void theLibrarysOwnUnitsAndProvinceAreNotOutside() {
    assertThat(named("昌吉市北京南路13号")).isNull();
    assertThat(named("新疆昌吉州吉木萨尔县")).isNull();
    assertThat(named("三台镇")).isNull(); // not 三台县 of Sichuan
    assertThat(named("城区12号")).isNull(); // 城区 is a district's name and a common word
    assertThat(named("昌吉市12号乌鲁木齐市")).isNull(); // after the number: not the address's place
  }

  @Test
  void aFullOutsideNameAfterTheNumber() {
    assertThat(after("屯河路1号（揭阳市普宁市）")).isEqualTo("揭阳市");
    assertThat(after("丁香巷88号 吉隆县")).isEqualTo("吉隆县");
    assertThat(after("光明路12号鼓楼区")).isEqualTo("鼓楼区");
    assertThat(after("光明路12号（昌吉市）")).isNull(); // the library's own
    assertThat(after("光明路12号三台镇")).isNull(); // the library's township, not 三台县
    assertThat(after("光明路12号南京")).isNull(); // a short form is not enough there
    assertThat(after("南京市光明路")).isNull(); // before the number: named() decides
  }

  private static String after(String address) {
    return OUTSIDE.namedAfterNumber(AddressNormalizer.address(address), INDEX);
  }

  @Test
  void characterSoundsRankHomophonesAboveNearOnesAboveOthers() {
    assertThat(CharacterSounds.similarity('冬', '东')).isEqualTo(1.0);
    assertThat(CharacterSounds.similarity('动', '东')).isEqualTo(1.0);
    assertThat(CharacterSounds.similarity('栖', '西')).isEqualTo(1.0); // 栖 is also read xī
    assertThat(CharacterSounds.similarity('林', '陵')).isEqualTo(CharacterSounds.NEAR);
    assertThat(CharacterSounds.similarity('宗', '中')).isEqualTo(CharacterSounds.NEAR);
    assertThat(CharacterSounds.similarity('车', '东')).isZero();
    assertThat(CharacterSounds.similarity('冬', '西')).isZero();
  }
}

package org.civgis.data.changji;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civgis.boundary.division.Division;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.PlaceName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChangjiPlaceNamesTest {
  private static ChangjiDataset dataset;
  private static List<ChangjiPlaceNames.Entry> entries;

  @BeforeAll
  static void read() {
    dataset = ChangjiDataset.read(DataFiles.classpath());
    entries = ChangjiPlaceNames.of(dataset);
  }

  private static ChangjiPlaceNames.Entry named(String name) {
    return entries.stream()
        .filter(e -> e.name().text().standardName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyDivisionOfThePrefectureIsANameWithItsHistory() {
    // 1 prefecture + 7 counties + 106 townships + 926 villages now, and 3 names that ended
    assertThat(entries).hasSize(1040 + 3);
    Map<NameStatus, Long> byStatus =
        entries.stream()
            .collect(Collectors.groupingBy(e -> e.name().status(), Collectors.counting()));
    assertThat(byStatus)
        .containsEntry(NameStatus.FILED, 1040L)
        .containsEntry(NameStatus.RENAMED, 2L)
        .containsEntry(NameStatus.RETIRED, 1L);
  }

  @Test
  void renamesAndTheReplacementAreLineage() {
    ChangjiPlaceNames.Entry renamed = named("上户沟哈萨克族乡");
    assertThat(entries.get(renamed.supersedes()).name().text().standardName())
        .isEqualTo("上户沟哈萨克民族乡");
    assertThat(entries.get(renamed.supersedes()).name().validTo())
        .isEqualTo(ChangjiDataset.VINTAGE_2023);
    ChangjiPlaceNames.Entry town = named("五彩湾镇");
    PlaceName park = entries.get(town.supersedes()).name();
    assertThat(park.text().standardName()).isEqualTo("五彩湾工业园区");
    assertThat(park.status()).isEqualTo(NameStatus.RETIRED);
    assertThat(named("芨芨湖镇").supersedes()).isEqualTo(-1);
  }

  @Test
  void generatedPositionsLieInsideTheirCountyAndAreMarked() {
    Map<String, Division> counties =
        dataset.divisions().stream()
            .filter(
                d ->
                    d.code().startsWith("6523")
                        && d.code().endsWith("000000")
                        && d.geometry() != null)
            .collect(Collectors.toMap(Division::code, d -> d, (a, b) -> a));
    for (ChangjiPlaceNames.Entry entry : entries) {
      PlaceName name = entry.name();
      assertThat(name.geometry()).as(name.text().standardName()).isNotNull();
      if (name.geometryGenerated()) {
        Division county = counties.get(name.code().substring(0, 6) + "000000");
        assertThat(county.geometry().contains(name.geometry()))
            .as("%s inside %s", name.text().standardName(), county.name())
            .isTrue();
      }
    }
    assertThat(named("昌吉市").name().geometryGenerated()).isFalse();
    assertThat(named("三工镇").name().geometryGenerated()).isTrue();
    // deterministic
    assertThat(ChangjiPlaceNames.of(dataset).get(500).name().geometry())
        .isEqualTo(entries.get(500).name().geometry());
  }

  @Test
  void categoriesAndRomanization() {
    assertThat(named("昌吉回族自治州").name().text().categoryCode()).isEqualTo("0401");
    assertThat(named("奇台县").name().text().categoryCode()).isEqualTo("0402");
    assertThat(named("奇台县").name().text().romanization()).isEqualTo("Qitai Xian");
    assertThat(named("三工镇").name().text().categoryCode()).isEqualTo("0403");
    // village-level committees are filed under the place they stand for
    assertThat(named("西街社区").name().text().categoryCode()).isEqualTo("0501");
    assertThat(named("西街社区").name().text().romanization()).isEqualTo("Xijie Shequ");
    assertThat(entries)
        .noneMatch(e -> e.name().text().standardName().endsWith("居民委员会"))
        .noneMatch(e -> e.name().text().standardName().endsWith("村委会"));
  }
}

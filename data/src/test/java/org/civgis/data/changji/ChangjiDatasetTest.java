package org.civgis.data.changji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Changji files, read and assembled without a database. */
class ChangjiDatasetTest {
  private static ChangjiDataset dataset;

  @BeforeAll
  static void read() {
    dataset = ChangjiDataset.read(DataFiles.classpath());
  }

  private static List<Division> validOn(LocalDate day) {
    return dataset.divisions().stream().filter(d -> d.isValidOn(day)).toList();
  }

  private static Map<String, Division> currentByCode() {
    return validOn(LocalDate.of(2024, 1, 1)).stream()
        .collect(Collectors.toMap(Division::code, Function.identity()));
  }

  // ---- the hierarchy of 2023

  @Test
  void currentHierarchyHasTheCountsOfTheStatistics() {
    Map<DivisionLevel, Long> changji =
        currentByCode().values().stream()
            .filter(d -> d.code().startsWith("6523"))
            .collect(Collectors.groupingBy(Division::level, Collectors.counting()));
    assertThat(changji)
        .containsEntry(DivisionLevel.PREFECTURE, 1L)
        .containsEntry(DivisionLevel.COUNTY, 7L)
        .containsEntry(DivisionLevel.TOWNSHIP, 106L)
        .containsEntry(DivisionLevel.VILLAGE, 926L);
  }

  @Test
  void everyParentIsADivisionOfTheSameDay() {
    Map<String, Division> current = currentByCode();
    for (Division d : current.values()) {
      if (d.level() != DivisionLevel.PROVINCE) {
        assertThat(current).as("parent of %s %s", d.code(), d.name()).containsKey(d.parentCode());
      }
    }
  }

  // ---- the real history between the vintages

  @Test
  void theFourRealChangesBetweenTheVintages() {
    assertThat(dataset.changes())
        .extracting(DivisionChange::kind, DivisionChange::fromCodes, DivisionChange::toCodes)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                DivisionChange.Kind.RENAME, List.of("652302201000"), List.of("652302201000")),
            org.assertj.core.groups.Tuple.tuple(
                DivisionChange.Kind.RENAME, List.of("652302203000"), List.of("652302203000")),
            org.assertj.core.groups.Tuple.tuple(
                DivisionChange.Kind.REPLACE, List.of("652327400000"), List.of("652327106000")),
            org.assertj.core.groups.Tuple.tuple(
                DivisionChange.Kind.ESTABLISH, List.of(), List.of("652325109000")));
    assertThat(dataset.changes())
        .allSatisfy(
            c -> {
              assertThat(c.effectiveDate()).isEqualTo(ChangjiDataset.VINTAGE_2023);
              assertThat(c.effectiveDateNote()).contains("生效日期不详");
            });
  }

  @Test
  void asOf2022ShowsThe2021Vintage() {
    Map<String, String> names2022 =
        validOn(LocalDate.of(2022, 6, 1)).stream()
            .collect(Collectors.toMap(Division::code, Division::name));
    assertThat(names2022)
        .containsEntry("652302201000", "上户沟哈萨克民族乡")
        .containsEntry("652302203000", "三工河哈萨克民族乡")
        .containsEntry("652327400000", "五彩湾工业园区")
        .doesNotContainKeys("652327106000", "652325109000", "652327106001", "652325109001");
    assertThat(names2022.keySet().stream().filter(c -> c.startsWith("6523")).count())
        .as("1,040 divisions of 2023 − 2 new towns − their 8 villages (1 and 7) + 1 park")
        .isEqualTo(1040 - 2 - 8 + 1);
  }

  // ---- geometry

  @Test
  void countiesAndThePrefectureHaveValidCgcs2000Polygons() {
    Map<String, Division> current = currentByCode();
    double countiesArea = 0;
    for (Division d : current.values()) {
      if ("652300000000".equals(d.parentCode())) {
        assertThat(d.geometry()).as(d.name()).isNotNull();
        assertThat(d.geometry().isValid()).isTrue();
        assertThat(d.geometry().getSRID()).isEqualTo(Srid.CGCS2000);
        countiesArea += d.geometry().getArea();
      }
    }
    Division prefecture = current.get("652300000000");
    assertThat(prefecture.geometry().isValid()).isTrue();
    // the counties share their edges exactly: their union has their summed area
    assertThat(prefecture.geometry().getArea()).isCloseTo(countiesArea, within(1e-9));
  }

  @Test
  void neighboursAreSeventeenCountiesUnderEightPrefectureLevelUnits() {
    List<Division> neighbours =
        currentByCode().values().stream()
            .filter(d -> d.level() == DivisionLevel.COUNTY && !d.code().startsWith("6523"))
            .toList();
    assertThat(neighbours).hasSize(17).allSatisfy(d -> assertThat(d.geometry()).isNotNull());
    assertThat(neighbours.stream().map(Division::parentCode).distinct())
        .containsExactlyInAnyOrder(
            "650100000000", // 乌鲁木齐市
            "650400000000", // 吐鲁番市
            "650500000000", // 哈密市
            "654200000000", // 塔城地区
            "652800000000", // 巴音郭楞蒙古自治州
            "654300000000", // 阿勒泰地区
            "650000000000"); // 五家渠市 and 石河子市, directly under the region
    assertThat(currentByCode().get("654203000000").name()).isEqualTo("沙湾市");
  }

  // ---- census

  @Test
  void censusOfTheSevenCounties() {
    assertThat(dataset.census()).hasSize(7);
    long population = dataset.census().stream().mapToLong(c -> c.residentPopulation()).sum();
    double aged60 =
        dataset.census().stream().mapToDouble(c -> c.residentPopulation() * c.shareAged(60)).sum()
            / population;
    assertThat(population).isEqualTo(1_613_585);
    // the figure the data README gives for the prefecture
    assertThat(aged60).isCloseTo(0.1555, within(0.0001));
  }

  @Test
  void checksumIsStable() {
    assertThat(ChangjiDataset.read(DataFiles.classpath()).checksum())
        .isEqualTo(dataset.checksum())
        .hasSize(64);
  }
}

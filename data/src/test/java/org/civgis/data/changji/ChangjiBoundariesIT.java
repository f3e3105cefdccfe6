package org.civgis.data.changji;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.boundary.LineDerivation;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.boundary.marker.MarkerValidation;
import org.civgis.data.load.DemoLoader;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's boundary lines, derived from the county polygons, and its generated markers. */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangjiBoundariesIT {
  private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

  private JdbcClient jdbc;
  private BoundaryLineRepository lines;

  @BeforeAll
  void load(TestDatabase database) {
    new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(database.dataSource());
    lines = new BoundaryLineRepository(jdbc);
  }

  private Map<String, List<String>> sidesByLevel(List<LineDerivation.DerivedLine> derived) {
    return derived.stream()
        .collect(
            Collectors.groupingBy(
                l -> l.level().name(),
                Collectors.mapping(l -> l.leftCode() + "|" + l.rightCode(), Collectors.toList())));
  }

  @Test
  void theFiveCountyLinesInsideChangjiAndTheEightPrefectureLinesAreDerived() {
    List<LineDerivation.DerivedLine> derived =
        new BoundaryLines(new DivisionRepository(jdbc), lines).derive(TODAY, "652300000000");

    Map<String, List<String>> byLevel = sidesByLevel(derived);
    assertThat(byLevel.get("COUNTY"))
        .containsExactlyInAnyOrder(
            "652301000000|652323000000", // 昌吉市—呼图壁县
            "652302000000|652327000000", // 阜康市—吉木萨尔县
            "652323000000|652324000000", // 呼图壁县—玛纳斯县
            "652325000000|652327000000", // 奇台县—吉木萨尔县
            "652325000000|652328000000"); // 奇台县—木垒哈萨克自治县
    assertThat(byLevel.get("PREFECTURE"))
        .containsExactlyInAnyOrder(
            "650100000000|652300000000", // 乌鲁木齐市
            "650400000000|652300000000", // 吐鲁番市
            "650500000000|652300000000", // 哈密市
            "652300000000|652800000000", // 巴音郭楞蒙古自治州
            "652300000000|654200000000", // 塔城地区
            "652300000000|654300000000", // 阿勒泰地区
            "652300000000|659001000000", // 石河子市
            "652300000000|659004000000"); // 五家渠市
    // the generated urban streets of 昌吉市 are the only townships drawn: their lines lie inside it
    assertThat(byLevel.get("TOWNSHIP"))
        .isNotEmpty()
        .allSatisfy(sides -> assertThat(sides).matches("652301\\d{6}\\|652301\\d{6}"));
    assertThat(derived.stream().filter(l -> l.level() != DivisionLevel.TOWNSHIP)).hasSize(13);
    LineDerivation.DerivedLine urumqi =
        derived.stream().filter(l -> l.lineCode().equals("65016523")).findFirst().orElseThrow();
    assertThat(urumqi.level()).isEqualTo(DivisionLevel.PREFECTURE);
    // the smaller code on the left: 乌鲁木齐市 lies left of the line
    assertThat(urumqi.leftCode()).isEqualTo("650100000000");
    assertThat(
            derived.stream()
                .filter(l -> l.level() == DivisionLevel.COUNTY)
                .map(LineDerivation.DerivedLine::lineCode))
        .contains("652301652323");
    assertThat(
            derived.stream()
                .filter(l -> l.rightCode().equals("659001000000"))
                .map(LineDerivation.DerivedLine::lineCode))
        .containsExactly("6523659001");
  }

  @Test
  void theDemoStoresTheDerivedLinesCitingAnAgreement() {
    List<BoundaryLine> stored = lines.current(TODAY);
    assertThat(stored).hasSize(13);
    assertThat(stored).allSatisfy(l -> assertThat(l.agreementId()).isNotNull());
    assertThat(lines.findByCode("652301652323", TODAY, TODAY).orElseThrow())
        .satisfies(
            v -> {
              assertThat(v.leftName()).isEqualTo("昌吉市");
              assertThat(v.rightName()).isEqualTo("呼图壁县");
              assertThat(v.agreementTitle()).contains("示意");
            });
  }

  @Test
  void everyGeneratedMarkerIsValidAndTheDemoChecksClean() {
    MarkerRepository markers = new MarkerRepository(jdbc);
    List<BoundaryMarker> all =
        markers.find(new MarkerRepository.Query(null, null, false, 10_000, 0));
    assertThat(all).hasSizeGreaterThan(13 * 3);
    assertThat(all).allSatisfy(m -> assertThat(MarkerValidation.problems(m)).isEmpty());
    assertThat(all).allSatisfy(m -> assertThat(m.generated()).isTrue());

    CheckRunRepository runs = new CheckRunRepository(jdbc);
    TopologyCheckRun.Outcome outcome =
        new TopologyCheckRun(new DivisionRepository(jdbc), lines, markers, runs)
            .run("652300000000", TODAY, CheckTolerances.DEFAULT, "test", CheckProgress.NONE);
    // only 昌吉市 has children drawn, and only its generated urban streets: a note, not an error
    assertThat(outcome.counts()).isEqualTo(Map.of("CHILDREN_PARTLY_DRAWN", 1, "INFO", 1));
    assertThat(runs.run(outcome.runId()).orElseThrow().unitsChecked()).isEqualTo(1 + 7 + 106 + 926);
  }
}

package org.civgis.data.changji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.boundary.LineDerivation;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.StoredFinding;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.boundary.marker.MarkerValidation;
import org.civgis.data.load.DemoLoader;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.FindingType;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's boundary lines, derived from the county polygons, and its generated markers. */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangjiBoundariesIT {
  private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

  private static final String PREFECTURE = "652300000000";
  private static final String FUKANG = "652302000000";
  private static final String FUHAI = "654323000000";

  /** The line between 昌吉回族自治州 and 阿勒泰地区. */
  private static final String CHANGJI_ALTAY = "65236543";

  private JdbcClient jdbc;
  private TransactionTemplate transaction;
  private BoundaryLineRepository lines;

  @BeforeAll
  void load(TestDatabase database) {
    DataSource dataSource = database.dataSource();
    new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(dataSource);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
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

  // ---- an edit that opens a gap: the findings and their measures are the true ones

  /**
   * 阜康市's north edge is one straight segment of 56.5 km along 福海县 (阿勒泰地区). Its middle moved 0.0297°
   * (3.3 km) south opens a gap of 93.3 km² to 福海县, and the 昌吉州—阿勒泰 line keeps the old edge: it lies
   * on 福海县's edge and at most 3.28 km from 阜康市's, the distance from the old middle to the two new
   * halves of the edge. Measured against the shared edge that is left, it read 53.7 km: the
   * distance along the line to the far end of the segment no longer shared.
   */
  @Test
  void aGapOpenedAlongThePrefectureLineIsFoundWithItsAreaAndTheLineWithItsTrueDeviation() {
    List<StoredFinding> findings =
        transaction.execute(
            tx -> {
              moveTheMiddleOfFukangsNorthEdgeSouth(0.02914);
              CheckRunRepository runs = new CheckRunRepository(jdbc);
              TopologyCheckRun.Outcome outcome =
                  new TopologyCheckRun(
                          new DivisionRepository(jdbc), lines, new MarkerRepository(jdbc), runs)
                      .run(PREFECTURE, TODAY, CheckTolerances.DEFAULT, "test", CheckProgress.NONE);
              List<StoredFinding> all =
                  runs.findings(
                      new CheckRunRepository.FindingQuery(
                          outcome.runId(), null, null, null, null, 100, 0));
              tx.setRollbackOnly();
              return all;
            });

    assertThat(findings)
        .extracting(StoredFinding::type)
        .containsExactlyInAnyOrder(
            FindingType.CHILDREN_PARTLY_DRAWN, FindingType.GAP, FindingType.LINE_OFF_EDGE);
    StoredFinding gap = only(findings, FindingType.GAP);
    assertThat(gap.subjects()).contains(PREFECTURE, FUKANG);
    assertThat(gap.measure()).isCloseTo(93.3e6, within(0.1e6));
    // the gap is a thin triangle 56.5 km long and 3.3 km high: the widest circle in it is 3.29 km
    // across; the width is now found with inner buffers, to two figures
    assertThat(gap.detail()).isEqualTo("1 处，共 93.3 平方千米，最宽约 3.3 千米");

    StoredFinding line = only(findings, FindingType.LINE_OFF_EDGE);
    assertThat(line.subjects()).containsExactly("L:" + CHANGJI_ALTAY, PREFECTURE, "654300000000");
    assertThat(line.subjectNames().get(0)).isEqualTo("昌吉回族自治州—阿勒泰地区界线");
    assertThat(line.measure()).isCloseTo(3279, within(5.0));
    assertThat(line.detail()).isEqualTo("界线与两侧区划边界的最大偏差 3.28 千米，超过限差 5 米");
    // from the old middle of the edge, on the line, to 阜康市's new edge
    assertThat(line.geometry().getCoordinates())
        .extracting(c -> c.y)
        .anySatisfy(y -> assertThat(y).isCloseTo(45.0015, within(0.001)))
        .anySatisfy(y -> assertThat(y).isCloseTo(44.9722, within(0.001)));
  }

  private static StoredFinding only(List<StoredFinding> findings, FindingType type) {
    return findings.stream().filter(f -> f.type() == type).findFirst().orElseThrow();
  }

  /**
   * Moves the middle of 阜康市's longest segment shared with 福海县 {@code degrees} south, as an
   * officer's drag of the middle of that edge on the map does (a correction in place).
   */
  private void moveTheMiddleOfFukangsNorthEdgeSouth(double degrees) {
    DivisionRepository divisions = new DivisionRepository(jdbc);
    DivisionVersion fukang = divisions.findVersion(FUKANG, TODAY, false).orElseThrow();
    Set<Coordinate> fuhai =
        new HashSet<>(
            Arrays.asList(
                divisions.findByCode(FUHAI, TODAY).orElseThrow().geometry().getCoordinates()));
    Polygon shell = (Polygon) fukang.division().geometry().getGeometryN(0);
    Coordinate[] ring = shell.getExteriorRing().getCoordinates();
    int longest = -1;
    for (int i = 0; i + 1 < ring.length; i++) {
      if (fuhai.contains(ring[i])
          && fuhai.contains(ring[i + 1])
          && (longest < 0
              || ring[i].distance(ring[i + 1]) > ring[longest].distance(ring[longest + 1]))) {
        longest = i;
      }
    }
    List<Coordinate> moved = new ArrayList<>(List.of(ring));
    moved.add(
        longest + 1,
        new Coordinate(
            (ring[longest].x + ring[longest + 1].x) / 2,
            (ring[longest].y + ring[longest + 1].y) / 2 - degrees));
    GeometryFactory factory = shell.getFactory();
    MultiPolygon edited =
        factory.createMultiPolygon(
            new Polygon[] {factory.createPolygon(moved.toArray(Coordinate[]::new))});
    edited.setSRID(Srid.CGCS2000);
    assertThat(edited.isValid()).isTrue();
    Division d = fukang.division();
    assertThat(
            divisions.update(
                fukang.id(),
                fukang.revision(),
                d.edited(d.name(), edited, d.status(), d.remarks())))
        .isPresent();
  }
}

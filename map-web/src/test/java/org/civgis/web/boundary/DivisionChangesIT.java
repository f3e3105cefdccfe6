package org.civgis.web.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.change.ChangePlan;
import org.civgis.boundary.change.ChangeRequest;
import org.civgis.boundary.change.DivisionChangeService;
import org.civgis.boundary.change.ImpactedFeature;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.StoredFinding;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.FindingType;
import org.civgis.geo.topology.Severity;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Division changes on the Changji demo: 沙湾县 → 沙湾市 (撤县设市) and a transfer of area between 昌吉市 and
 * 呼图壁县. The coverage stays valid, as-of queries return the old and the new versions, and the impact
 * list is what PostGIS says it must be.
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DivisionChangesIT {
  private static final String PREFECTURE = "652300000000";
  private static final String SHAWAN = "654203000000";
  private static final String CHANGJI = "652301000000";
  private static final String HUTUBI = "652323000000";
  private static final String LINE = "652301652323";

  private JdbcClient jdbc;
  private TransactionTemplate transaction;
  private DivisionRepository divisions;
  private BoundaryLineRepository lines;
  private MarkerRepository markers;
  private DivisionChangeService changes;

  @BeforeAll
  void demo(TestDatabase database) {
    DataSource dataSource = database.dataSource();
    new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(dataSource);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    divisions = new DivisionRepository(jdbc);
    lines = new BoundaryLineRepository(jdbc);
    markers = new MarkerRepository(jdbc);
    changes =
        new DivisionChangeService(
            jdbc, divisions, lines, markers, List.of(new PlaceNameImpactSource(jdbc)), PREFECTURE);
  }

  private static Set<String> ids(List<ImpactedFeature> features) {
    return features.stream().map(ImpactedFeature::id).collect(Collectors.toSet());
  }

  private Set<String> strings(String sql, Object... params) {
    JdbcClient.StatementSpec spec = jdbc.sql(sql);
    for (int i = 0; i < params.length; i++) {
      spec = spec.param(i + 1, params[i]);
    }
    return Set.copyOf(spec.query(String.class).list());
  }

  // ---- 撤县设市: 沙湾县 → 沙湾市

  @Test
  void shawanCountyBecomesShawanCity() {
    // the polygons name it 沙湾县: the version before the upgrade
    jdbc.sql("update boundary.division_version set name = '沙湾县' where code = ?")
        .param(SHAWAN)
        .update();
    LocalDate effective = LocalDate.of(2021, 6, 1);

    ChangePlan plan = changes.plan(new ChangeRequest.Upgrade(SHAWAN, "沙湾市", effective, null));
    transaction.executeWithoutResult(tx -> changes.apply(plan, "test"));

    // as of a day before: the county; from the day: the city, same code, same polygon
    Division before = divisions.findByCode(SHAWAN, effective.minusDays(1)).orElseThrow();
    Division after = divisions.findByCode(SHAWAN, effective).orElseThrow();
    assertThat(before.name()).isEqualTo("沙湾县");
    assertThat(after.name()).isEqualTo("沙湾市");
    assertThat(before.validTo()).isEqualTo(effective);
    assertThat(after.validFrom()).isEqualTo(effective);
    assertThat(after.geometry().equalsExact(before.geometry())).isTrue();
    assertThat(divisions.history(SHAWAN)).extracting(Division::name).containsExactly("沙湾县", "沙湾市");
    assertThat(divisions.changesOf(SHAWAN))
        .extracting(DivisionChange::kind, DivisionChange::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DivisionChange.Kind.UPGRADE, "沙湾县改设为沙湾市"));
    // the coverage is as it was: no geometry changed
    assertThat(plan.findingsAfter()).isEmpty();

    // impact: the prefecture-level line 昌吉州—塔城地区 runs along 沙湾's border, and so do the
    // markers on that stretch; no place name of the demo lies in 沙湾 or names it
    assertThat(plan.impact().ofKind("BOUNDARY_LINE"))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.id()).isEqualTo("65236542");
              assertThat(line.reason()).contains("沙湾市");
            });
    Set<String> onShawansBorder =
        strings(
            "select m.id::text from boundary.boundary_marker m, boundary.division_version d"
                + " where d.code = ? and d.valid @> cast(? as date)"
                + " and ST_DWithin(m.geom, d.geom, 1e-7)",
            SHAWAN,
            effective);
    assertThat(onShawansBorder).isNotEmpty();
    assertThat(ids(plan.impact().ofKind("BOUNDARY_MARKER"))).isEqualTo(onShawansBorder);
    assertThat(plan.impact().ofKind("PLACE_NAME")).isEmpty();
    assertThat(plan.impact().kindsExamined()).contains("PLACE_NAME");
  }

  // ---- transfer of area: 昌吉市 → 呼图壁县

  @Test
  void aTransferFromChangjiToHutubiMovesTheirSharedLine() throws Exception {
    LocalDate effective = LocalDate.of(2024, 3, 1);
    LocalDate dayBefore = effective.minusDays(1);
    // the area: a lobe of 昌吉市 from the marker nearest to the middle of the line to the generated
    // position of the 昌吉市 place name nearest to it (about 3 km wide), so that at least one
    // name and one marker are touched
    Geometry area =
        Ewkb.read(
            jdbc.sql(
                    """
                    with line as (
                      select ST_LineMerge(geom) as g from boundary.boundary_line
                       where line_code = ? and valid @> cast(? as date)),
                    middle as (
                      select m.geom as p from boundary.boundary_marker m, line
                       where m.line_code = ?
                       order by m.geom <-> ST_LineInterpolatePoint(ST_GeometryN(line.g, 1), 0.5)
                       limit 1),
                    name as (
                      select n.geom from gazetteer.place_name n, middle
                       where n.division_code like '652301%' and n.category_code not like '040%'
                         and GeometryType(n.geom) = 'POINT'
                       order by n.geom <-> middle.p limit 1)
                    select ST_AsEWKB(ST_ConvexHull(ST_Collect(
                             ST_Buffer(middle.p, 0.02), ST_Buffer(name.geom, 0.02))))
                      from middle, name
                    """)
                .param(1, LINE)
                .param(2, dayBefore)
                .param(3, LINE)
                .query(byte[].class)
                .single());
    area.setSRID(Srid.CGCS2000);
    double changjiBefore = areaOf(CHANGJI, dayBefore);
    double hutubiBefore = areaOf(HUTUBI, dayBefore);
    Geometry lineBefore =
        lines.findByCode(LINE, dayBefore, dayBefore).orElseThrow().line().geometry();

    ChangePlan plan =
        changes.plan(new ChangeRequest.Transfer(CHANGJI, HUTUBI, area, effective, null));
    transaction.executeWithoutResult(tx -> changes.apply(plan, "test"));

    // the coverage stays valid: no error in the prefecture before or after
    assertThat(plan.findingsAfter()).noneMatch(f -> f.severity() == Severity.ERROR);
    // as-of: old areas the day before, new from the day; the ground moved, none lost or added
    assertThat(areaOf(CHANGJI, dayBefore)).isEqualTo(changjiBefore);
    assertThat(areaOf(HUTUBI, dayBefore)).isEqualTo(hutubiBefore);
    double moved = changjiBefore - areaOf(CHANGJI, effective);
    assertThat(moved).isGreaterThan(1e6);
    assertThat(areaOf(HUTUBI, effective) - hutubiBefore).isCloseTo(moved, within(moved * 1e-6));
    assertThat(
            jdbc.sql(
                    "select ST_Area(ST_Transform(changed_area, 4538)) from boundary.division_change"
                        + " where kind = 'TRANSFER'")
                .query(Double.class)
                .single())
        .isCloseTo(moved, within(moved * 1e-6));
    // the shared line has a new version from the day, the old one is kept
    Geometry lineAfter =
        lines.findByCode(LINE, effective, effective).orElseThrow().line().geometry();
    assertThat(lines.findByCode(LINE, dayBefore, dayBefore).orElseThrow().line().geometry())
        .isEqualTo(lineBefore);
    assertThat(lineAfter.equalsTopo(lineBefore)).isFalse();

    // impact: exactly the names PostGIS finds in the ground that moved, and the two divisions'
    // own names
    Set<String> expectedNames =
        strings(
            "select p.id::text from gazetteer.place_name p"
                + " where p.status in ('ANNOUNCED', 'FILED') and p.valid @> cast(? as date)"
                + " and (p.division_code in (?, ?) and p.category_code like '04%'"
                + "      or ST_Intersects(p.geom, ST_GeomFromEWKB(?)) and not ST_Touches(p.geom,"
                + " ST_GeomFromEWKB(?)))",
            effective,
            CHANGJI,
            HUTUBI,
            Ewkb.write(plan.changedArea()),
            Ewkb.write(plan.changedArea()));
    assertThat(expectedNames).hasSizeGreaterThan(2);
    assertThat(ids(plan.impact().ofKind("PLACE_NAME"))).isEqualTo(expectedNames);
    assertThat(ids(plan.impact().ofKind("BOUNDARY_LINE"))).containsExactly(LINE);
    // the markers the new line leaves more than 5 m away, by PostGIS in the zone of 87°E
    Set<String> leftBehind =
        strings(
            "select m.id::text from boundary.boundary_marker m, boundary.boundary_line l"
                + " where m.line_code = ? and l.line_code = ? and l.valid @> cast(? as date)"
                + " and ST_Distance(ST_Transform(m.geom, 4538), ST_Transform(l.geom, 4538)) > 5",
            LINE,
            LINE,
            effective);
    assertThat(leftBehind).isNotEmpty();
    assertThat(ids(plan.impact().ofKind("BOUNDARY_MARKER"))).isEqualTo(leftBehind);

    // a check of the prefecture after the change: nothing wrong with the divisions or lines; the
    // markers left behind are off their line
    CheckRunRepository runs = new CheckRunRepository(jdbc);
    TopologyCheckRun.Outcome outcome =
        transaction.execute(
            tx ->
                new TopologyCheckRun(divisions, lines, markers, runs)
                    .run(
                        PREFECTURE,
                        effective,
                        CheckTolerances.DEFAULT,
                        "test",
                        CheckProgress.NONE));
    List<StoredFinding> findings =
        runs.findings(
            new CheckRunRepository.FindingQuery(outcome.runId(), null, null, null, null, 1000, 0));
    assertThat(findings).extracting(StoredFinding::type).containsOnly(FindingType.MARKER_OFF_LINE);
    assertThat(
            findings.stream()
                .map(f -> f.subjects().get(0).substring(2))
                .collect(Collectors.toSet()))
        .isEqualTo(leftBehind);
  }

  private double areaOf(String code, LocalDate day) {
    return jdbc.sql(
            "select ST_Area(ST_Transform(geom, 4538)) from boundary.division_version"
                + " where code = ? and valid @> cast(? as date) and status = 'PUBLISHED'")
        .param(1, code)
        .param(2, day)
        .query(Double.class)
        .single();
  }
}

package org.civgis.boundary.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.boundary.BoundarySchema;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.boundary.SharedBorderEdit;
import org.civgis.boundary.change.DivisionChangeService;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.topology.FindingType;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The division edits on two square counties under a prefecture: 甲市 (87–88°E) and 乙市 (88–89°E),
 * sharing the edge x = 88 with a vertex at (88, 44.5). The county officer answers for 乙市 only.
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DivisionEditsIT {
  private static final String PREFECTURE = "652300000000";
  private static final String JIA = "652301000000";
  private static final String YI = "652302000000";
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
  private static final Editor ADMIN = new Editor("admin", 1L, PREFECTURE);
  private static final Editor YI_OFFICER = new Editor("yi.officer", 2L, YI);

  private JdbcClient jdbc;
  private DivisionRepository divisions;
  private DivisionEdits edits;
  private final List<Map<String, Object>> journal = new ArrayList<>();
  private final List<EditJournal.Recorded> recorded = new ArrayList<>();

  @BeforeAll
  void schema(TestDatabase database) {
    BoundarySchema.migrate(database.dataSource());
    jdbc = JdbcClient.create(database.dataSource());
    divisions = new DivisionRepository(jdbc);
    BoundaryLineRepository lines = new BoundaryLineRepository(jdbc);
    BoundaryLines boundaryLines = new BoundaryLines(divisions, lines);
    EditJournal memory =
        new EditJournal() {
          @Override
          public void division(
              String action,
              Editor editor,
              String code,
              Division before,
              Division after,
              Map<String, Object> edit) {
            journal.add(edit);
            recorded.add(
                new EditJournal.Recorded(recorded.size() + 1L, code, state(before), state(after)));
          }

          @Override
          public void line(
              Editor editor,
              String lineCode,
              Geometry before,
              Geometry after,
              Map<String, Object> edit) {}

          @Override
          public Optional<Recorded> find(long id) {
            return id >= 1 && id <= recorded.size()
                ? Optional.of(recorded.get((int) id - 1))
                : Optional.empty();
          }
        };
    edits =
        new DivisionEdits(
            divisions,
            lines,
            boundaryLines,
            new SharedBorderEdit(divisions, lines, boundaryLines),
            new DivisionChangeService(
                jdbc, divisions, lines, new MarkerRepository(jdbc), List.of(), PREFECTURE),
            memory,
            new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private static EditJournal.State state(Division d) {
    return d == null
        ? null
        : new EditJournal.State(d.name(), d.status(), d.remarks(), d.geometry());
  }

  @BeforeEach
  void squares() throws Exception {
    jdbc.sql("delete from boundary.division_change").update();
    jdbc.sql("delete from boundary.division_version").update();
    journal.clear();
    recorded.clear();
    divisions.insert(
        new Division(
            PREFECTURE,
            "州",
            DivisionLevel.PREFECTURE,
            null,
            SINCE,
            null,
            wkt("MULTIPOLYGON (((87 44, 89 44, 89 45, 87 45, 87 44)))"),
            "test"));
    divisions.insert(
        new Division(
            JIA,
            "甲市",
            DivisionLevel.COUNTY,
            PREFECTURE,
            SINCE,
            null,
            wkt("MULTIPOLYGON (((87 44, 88 44, 88 44.5, 88 45, 87 45, 87 44)))"),
            "test"));
    divisions.insert(
        new Division(
            YI,
            "乙市",
            DivisionLevel.COUNTY,
            PREFECTURE,
            SINCE,
            null,
            wkt("MULTIPOLYGON (((88 44, 89 44, 89 45, 88 45, 88 44.5, 88 44)))"),
            "test"));
  }

  private static Geometry wkt(String text) throws Exception {
    Geometry g = new WKTReader().read(text);
    g.setSRID(Srid.CGCS2000);
    return g;
  }

  private DivisionVersion current(String code) {
    return divisions.findVersion(code, TODAY, true).orElseThrow();
  }

  private DivisionEdit geometryEdit(
      String code,
      Geometry geometry,
      ChangeKind kind,
      LocalDate effective,
      boolean acknowledge,
      boolean detach) {
    DivisionVersion v = current(code);
    return new DivisionEdit(
        code,
        v.etag(),
        kind,
        "测试",
        effective,
        kind == ChangeKind.LEGAL_CHANGE ? "测试批文〔2026〕1号" : null,
        v.division().name(),
        geometry,
        RecordStatus.PUBLISHED,
        null,
        acknowledge,
        detach,
        null);
  }

  /** 乙市 with the shared vertex moved east to (88.1, 44.5): 乙市 shrinks, 甲市 may take it. */
  private static Geometry yiMovedEast() throws Exception {
    return wkt("MULTIPOLYGON (((88 44, 89 44, 89 45, 88 45, 88.1 44.5, 88 44)))");
  }

  @Test
  void aCorrectionMovesTheSharedEdgeInBothAndKeepsTheDates() throws Exception {
    edits.edit(geometryEdit(YI, yiMovedEast(), ChangeKind.CORRECTION, null, false, false), ADMIN);

    Division yi = current(YI).division();
    Division jia = current(JIA).division();
    assertThat(yi.validFrom()).isEqualTo(SINCE);
    assertThat(jia.validFrom()).isEqualTo(SINCE);
    assertThat(jia.geometry().getArea()).isGreaterThan(0.5);
    assertThat(yi.geometry().getArea() + jia.geometry().getArea()).isEqualTo(2.0);
    // the correction holds for every day of the version
    assertThat(divisions.findByCode(YI, SINCE).orElseThrow().geometry().equalsExact(yi.geometry()))
        .isTrue();
    assertThat(journal).hasSize(2);
    assertThat(journal.get(1)).containsEntry("movedWith", YI).containsEntry("kind", "CORRECTION");
  }

  @Test
  void aLegalChangeStartsNewVersionsOnItsDay() throws Exception {
    LocalDate effective = LocalDate.of(2026, 7, 1);
    edits.edit(
        geometryEdit(YI, yiMovedEast(), ChangeKind.LEGAL_CHANGE, effective, false, false), ADMIN);

    assertThat(divisions.findByCode(YI, effective.minusDays(1)).orElseThrow().geometry().getArea())
        .isEqualTo(1.0);
    assertThat(divisions.findByCode(YI, effective).orElseThrow().geometry().getArea())
        .isLessThan(1.0);
    assertThat(divisions.findByCode(JIA, effective.minusDays(1)).orElseThrow().geometry().getArea())
        .isEqualTo(1.0);
    assertThat(divisions.findByCode(JIA, effective).orElseThrow().validFrom()).isEqualTo(effective);
    assertThat(divisions.changesOf(YI)).hasSize(1);
  }

  @Test
  void theOfficerOfOneSideMayNotMoveTheSharedEdgeButMayDetachWithTheGapAcknowledged()
      throws Exception {
    assertThat(edits.mayEdit(YI_OFFICER, YI)).isTrue();
    assertThat(edits.mayEdit(YI_OFFICER, JIA)).isFalse();
    assertThatThrownBy(
            () ->
                edits.edit(
                    geometryEdit(YI, yiMovedEast(), ChangeKind.CORRECTION, null, false, false),
                    YI_OFFICER))
        .isInstanceOfSatisfying(
            EditRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.OUT_OF_JURISDICTION);
              assertThat(e.getMessage()).contains("甲市", "detachSharedEdges");
            });
    assertThatThrownBy(
            () ->
                edits.edit(
                    geometryEdit(YI, yiMovedEast(), ChangeKind.CORRECTION, null, false, true),
                    YI_OFFICER))
        .isInstanceOfSatisfying(
            EditRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.FINDINGS);
              assertThat(e.acknowledgeable()).isTrue();
              assertThat(e.findings())
                  .anySatisfy(
                      f -> assertThat(f.type()).isIn(FindingType.GAP, FindingType.SLIVER_GAP));
            });
    assertThat(current(YI).revision()).isEqualTo(1);

    edits.edit(
        geometryEdit(YI, yiMovedEast(), ChangeKind.CORRECTION, null, true, true), YI_OFFICER);
    assertThat(current(JIA).revision()).isEqualTo(1);
    assertThat(journal.get(0)).containsKey("acknowledgedFindings");

    // and she restores it: the old outline lies outside the shrunken 乙市, but 乙市 is hers
    edits.restore(
        YI, 1, false, current(YI).etag(), null, null, null, null, false, true, YI_OFFICER);
    assertThat(current(YI).division().geometry().getArea()).isEqualTo(1.0);
    assertThat(journal.get(1)).containsEntry("restoredFrom", 1L);
  }

  @Test
  void anOutwardDetachedEditOverlapsItsNeighbourAndIsRefused() throws Exception {
    Geometry west = wkt("MULTIPOLYGON (((88 44, 89 44, 89 45, 88 45, 87.9 44.5, 88 44)))");
    assertThatThrownBy(
            () ->
                edits.edit(geometryEdit(YI, west, ChangeKind.CORRECTION, null, true, true), ADMIN))
        .isInstanceOfSatisfying(
            EditRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.FINDINGS);
              assertThat(e.acknowledgeable()).isFalse();
              assertThat(e.findings())
                  .anySatisfy(f -> assertThat(f.type()).isEqualTo(FindingType.OVERLAP));
            });
  }

  @Test
  void aCorrectionOfARecordedNameNeedsAReason() {
    DivisionVersion v = current(YI);
    DivisionEdit bare =
        new DivisionEdit(
            YI,
            v.etag(),
            null,
            null,
            null,
            null,
            "丙市",
            v.division().geometry(),
            RecordStatus.PUBLISHED,
            null,
            false,
            false,
            null);
    assertThatThrownBy(() -> edits.edit(bare, ADMIN))
        .isInstanceOfSatisfying(
            EditRefusedException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    DivisionEdit stale =
        new DivisionEdit(
            YI,
            "\"1-99\"",
            null,
            "错字",
            null,
            null,
            "丙市",
            v.division().geometry(),
            RecordStatus.PUBLISHED,
            null,
            false,
            false,
            null);
    assertThatThrownBy(() -> edits.edit(stale, ADMIN))
        .isInstanceOfSatisfying(
            EditRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(EditRefusedException.Reason.STALE));
  }
}

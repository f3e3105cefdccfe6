package org.civgis.boundary.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.civgis.boundary.BoundarySchema;
import org.civgis.geo.crs.Srid;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DivisionRepositoryIT {
  private static final LocalDate CHANGE = LocalDate.of(2023, 6, 30);
  private static final LocalDate BEFORE = LocalDate.of(2022, 1, 1);
  private static final LocalDate AFTER = LocalDate.of(2024, 1, 1);

  private DivisionRepository repository;

  @BeforeAll
  void schemaAndData(TestDatabase database) throws Exception {
    BoundarySchema.migrate(database.dataSource());
    repository = new DivisionRepository(JdbcClient.create(database.dataSource()));
    //  prefecture 652300 ── county 652301 (square 87–88°E, 44–45°N)
    //                    └─ county 652302 (square 88–89°E, 44–45°N)
    //                          └─ township 652302201 renamed on 2023-06-30
    repository.insert(
        version("652300000000", "州", DivisionLevel.PREFECTURE, null, null, null, null));
    repository.insert(
        version("652301000000", "甲市", DivisionLevel.COUNTY, "652300000000", null, null, box(87)));
    repository.insert(
        version("652302000000", "乙市", DivisionLevel.COUNTY, "652300000000", null, null, box(88)));
    repository.insert(
        version(
            "652302201000",
            "上户沟哈萨克民族乡",
            DivisionLevel.TOWNSHIP,
            "652302000000",
            null,
            CHANGE,
            null));
    repository.insert(
        version(
            "652302201000",
            "上户沟哈萨克族乡",
            DivisionLevel.TOWNSHIP,
            "652302000000",
            CHANGE,
            null,
            null));
  }

  private static Division version(
      String code,
      String name,
      DivisionLevel level,
      String parent,
      LocalDate from,
      LocalDate to,
      Geometry geometry) {
    return new Division(code, name, level, parent, from, to, geometry, "test");
  }

  private static Geometry box(int west) throws Exception {
    Geometry g =
        new WKTReader()
            .read(
                String.format(
                    "MULTIPOLYGON (((%d 44, %d 44, %d 45, %d 45, %d 44)))",
                    west, west + 1, west + 1, west, west));
    g.setSRID(Srid.CGCS2000);
    return g;
  }

  // ---- as-of queries

  @Test
  void asOfReturnsTheVersionValidThatDay() {
    assertThat(repository.findByCode("652302201000", BEFORE).orElseThrow().name())
        .isEqualTo("上户沟哈萨克民族乡");
    assertThat(repository.findByCode("652302201000", CHANGE).orElseThrow().name())
        .isEqualTo("上户沟哈萨克族乡");
    assertThat(repository.findByCode("652302201000", AFTER).orElseThrow().validFrom())
        .isEqualTo(CHANGE);
  }

  @Test
  void historyListsEveryVersionOldestFirst() {
    assertThat(repository.history("652302201000"))
        .extracting(Division::name)
        .containsExactly("上户沟哈萨克民族乡", "上户沟哈萨克族乡");
  }

  @Test
  void aPeriodAcrossTheChangeGivesTheLatestVersionOnce() {
    DivisionQuery query = DivisionQuery.during(BEFORE, AFTER, 10).withLevel(DivisionLevel.TOWNSHIP);
    assertThat(repository.find(query)).extracting(Division::name).containsExactly("上户沟哈萨克族乡");
    assertThat(repository.count(query)).isEqualTo(1);
  }

  // ---- filters and paging

  @Test
  void levelParentAndBboxFilter() {
    DivisionQuery counties =
        DivisionQuery.asOf(AFTER, 10).withLevel(DivisionLevel.COUNTY).withParent("652300000000");
    assertThat(repository.find(counties))
        .extracting(Division::code)
        .containsExactly("652301000000", "652302000000");
    assertThat(repository.find(counties.withBbox(new Envelope(88.5, 88.6, 44.5, 44.6))))
        .extracting(Division::code)
        .containsExactly("652302000000");
    assertThat(repository.count(counties.withBbox(new Envelope(80, 81, 44, 45)))).isZero();
  }

  @Test
  void pagesInCodeOrder() {
    DivisionQuery all = DivisionQuery.asOf(AFTER, 2);
    assertThat(repository.find(all))
        .extracting(Division::code)
        .containsExactly("652300000000", "652301000000");
    assertThat(repository.find(all.withPage(2, 2)))
        .extracting(Division::code)
        .containsExactly("652302000000", "652302201000");
    assertThat(repository.count(all)).isEqualTo(4);
  }

  @Test
  void geometryRoundTripsWithItsSrid() throws Exception {
    Geometry stored = repository.findByCode("652301000000", AFTER).orElseThrow().geometry();
    assertThat(stored.getSRID()).isEqualTo(Srid.CGCS2000);
    assertThat(stored.equalsExact(box(87))).isTrue();
    assertThat(repository.extent(AFTER)).isEqualTo(new Envelope(87, 89, 44, 45));
  }

  // ---- what the database refuses

  @Test
  void overlappingVersionsOfOneCodeAreRefused() {
    Division overlapping =
        version("652302201000", "重叠", DivisionLevel.TOWNSHIP, "652302000000", BEFORE, null, null);
    assertThatThrownBy(() -> repository.insert(overlapping))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("division_version_no_overlap");
  }

  @Test
  void geometryOutsideTheCrsOfRecordIsRefused() throws Exception {
    Geometry mercator = box(87);
    mercator.setSRID(Srid.WEB_MERCATOR);
    assertThatThrownBy(
            () ->
                repository.insert(
                    version(
                        "652303000000",
                        "丙",
                        DivisionLevel.COUNTY,
                        "652300000000",
                        null,
                        null,
                        mercator)))
        .hasMessageContaining("4490");
  }

  @Test
  void changesAreFoundFromEitherSide() {
    // a change that only this test writes; the others do not read changes
    repository.insert(
        new DivisionChange(
            DivisionChange.Kind.RENAME,
            CHANGE,
            null,
            List.of("652302201000"),
            List.of("652302201000"),
            "更名",
            "test"));
    assertThat(repository.changesOf("652302201000"))
        .singleElement()
        .satisfies(change -> assertThat(change.kind()).isEqualTo(DivisionChange.Kind.RENAME));
    assertThat(repository.changesOf("652301000000")).isEmpty();
  }
}

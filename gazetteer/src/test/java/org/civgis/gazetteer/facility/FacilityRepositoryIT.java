package org.civgis.gazetteer.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.gazetteer.demand.DemandKind;
import org.civgis.gazetteer.demand.DemandPoint;
import org.civgis.gazetteer.demand.DemandRepository;
import org.civgis.geo.crs.Srid;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The facility registry and the demand points in the database. */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilityRepositoryIT {
  static final GeometryFactory GEOMETRY = new GeometryFactory();

  private FacilityRepository facilities;
  private DemandRepository demand;

  @BeforeAll
  void schema(TestDatabase database) {
    GazetteerSchema.migrate(database.dataSource());
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    JdbcTemplate template = new JdbcTemplate(database.dataSource());
    facilities = new FacilityRepository(jdbc, template);
    demand = new DemandRepository(jdbc, template);
  }

  static Point point(double lon, double lat) {
    Point p = GEOMETRY.createPoint(new Coordinate(lon, lat));
    p.setSRID(Srid.CGCS2000);
    return p;
  }

  static Facility dayCare(String name, String division, Integer beds, Integer nursing) {
    return new Facility(
        0,
        0,
        name,
        FacilityType.COMMUNITY_DAY_CARE,
        "昌吉市宁边路 1 号",
        40,
        beds,
        nursing,
        FacilityOperator.PUBLIC_BUILT_PRIVATELY_RUN,
        LocalDate.of(2019, 5, 1),
        FacilityStatus.OPERATING,
        division,
        point(87.28, 44.02),
        false,
        "test");
  }

  // ---- facilities

  @Test
  void insertsFindsEditsAgainstItsRevisionAndRemoves() {
    Facility stored = facilities.insert(dayCare("西街社区日间照料中心", "652301001001", 20, 12));
    assertThat(stored.id()).isPositive();
    assertThat(stored.revision()).isEqualTo(1);
    assertThat(stored.point().getSRID()).isEqualTo(Srid.CGCS2000);
    assertThat(stored.point().getX()).isEqualTo(87.28);
    assertThat(stored.operator()).isEqualTo(FacilityOperator.PUBLIC_BUILT_PRIVATELY_RUN);

    Facility edited =
        new Facility(
            stored.id(),
            stored.revision(),
            "西街社区日间照料中心（新址）",
            stored.type(),
            stored.address(),
            stored.capacity(),
            30,
            20,
            stored.operator(),
            stored.openedOn(),
            stored.status(),
            stored.divisionCode(),
            point(87.281, 44.021),
            false,
            stored.source());
    Facility after = facilities.update(stored, edited).orElseThrow();
    assertThat(after.revision()).isEqualTo(2);
    assertThat(after.beds()).isEqualTo(30);
    assertThat(after.etag()).isNotEqualTo(stored.etag());
    // an edit based on the old revision loses
    assertThat(facilities.update(stored, edited)).isEmpty();
    assertThat(facilities.remove(stored)).isFalse();

    assertThat(facilities.remove(after)).isTrue();
    assertThat(facilities.findById(stored.id())).isEmpty();
  }

  @Test
  void filtersByTypeStatusDivisionAndBox() {
    facilities.deleteBySource(List.of("filter-test"));
    Facility a = withSource(dayCare("甲", "652301002003", null, null), "filter-test");
    Facility b =
        new Facility(
            0,
            0,
            "乙",
            FacilityType.SOCIAL_WORK_STATION,
            null,
            null,
            null,
            null,
            FacilityOperator.PUBLIC,
            null,
            FacilityStatus.PLANNED,
            "652302001000",
            point(88.0, 44.1),
            false,
            "filter-test");
    facilities.insertAll(List.of(a, b));
    FacilityQuery dayCareInChangji =
        new FacilityQuery(
            Set.of(FacilityType.COMMUNITY_DAY_CARE),
            Set.of(FacilityStatus.OPERATING),
            "652301002",
            null,
            10,
            0);
    assertThat(facilities.find(dayCareInChangji)).extracting(Facility::name).containsExactly("甲");
    FacilityQuery planned =
        new FacilityQuery(
            Set.of(),
            Set.of(FacilityStatus.PLANNED),
            null,
            new org.locationtech.jts.geom.Envelope(87.9, 88.1, 44.0, 44.2),
            10,
            0);
    assertThat(facilities.find(planned)).extracting(Facility::name).containsExactly("乙");
    assertThat(facilities.count(planned)).isEqualTo(1);
    assertThat(facilities.deleteBySource(List.of("filter-test"))).isEqualTo(2);
  }

  @Test
  void theDatabaseRefusesMoreNursingBedsThanBedsAndPointsOutsideTheRecordCrs() {
    assertThatThrownBy(() -> facilities.insert(dayCare("丙", "652301001001", 10, 11)))
        .isInstanceOf(DataIntegrityViolationException.class);
    Facility wrongCrs = dayCare("丁", "652301001001", null, null);
    Point p = point(87.28, 44.02);
    p.setSRID(4326);
    Facility moved =
        new Facility(
            0,
            0,
            "丁",
            wrongCrs.type(),
            null,
            null,
            null,
            null,
            wrongCrs.operator(),
            null,
            wrongCrs.status(),
            "652301001001",
            p,
            false,
            "test");
    assertThatThrownBy(() -> facilities.insert(moved)).isInstanceOf(RuntimeException.class);
  }

  // ---- demand

  @Test
  void demandPointsAreFoundByCommunityPrefixAndKind() {
    demand.deleteBySource(List.of("demand-test"));
    demand.insertAll(
        List.of(
            new DemandPoint(
                0,
                DemandKind.COMMUNITY,
                "652301001001",
                "西街社区",
                "652301001001",
                5000,
                700,
                90,
                true,
                "估算",
                point(87.27, 44.02),
                true,
                "demand-test"),
            new DemandPoint(
                0,
                DemandKind.RESIDENTIAL_COMPOUND,
                "652301001001-C01",
                "幸福小区",
                "652301001001",
                800,
                110,
                15,
                true,
                "估算",
                point(87.271, 44.021),
                true,
                "demand-test")));
    assertThat(demand.find("652301001", null, null, 10, 0)).hasSize(2);
    assertThat(demand.find("652301001", DemandKind.COMMUNITY, null, 10, 0))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.population60Plus()).isEqualTo(700);
              assertThat(c.estimated()).isTrue();
            });
    assertThat(demand.count(null, DemandKind.RESIDENTIAL_COMPOUND, null)).isEqualTo(1);
    assertThat(demand.findByCode("652301001001-C01")).isPresent();
  }

  @Test
  void demandCountsMustNest() {
    assertThatThrownBy(
            () ->
                new DemandPoint(
                    0,
                    DemandKind.COMMUNITY,
                    "x",
                    "x",
                    "652301001001",
                    100,
                    20,
                    30,
                    true,
                    null,
                    point(87.27, 44.02),
                    true,
                    "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Facility withSource(Facility f, String source) {
    return new Facility(
        f.id(),
        f.revision(),
        f.name(),
        f.type(),
        f.address(),
        f.capacity(),
        f.beds(),
        f.nursingBeds(),
        f.operator(),
        f.openedOn(),
        f.status(),
        f.divisionCode(),
        f.point(),
        f.pointGenerated(),
        source);
  }
}

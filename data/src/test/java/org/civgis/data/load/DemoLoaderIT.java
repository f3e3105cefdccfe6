package org.civgis.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.changji.urban.ChangjiUrban;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class DemoLoaderIT {
  private DataSource dataSource;
  private JdbcClient jdbc;
  private ChangjiDataset dataset;

  @BeforeAll
  void setUp(TestDatabase database) {
    dataSource = database.dataSource();
    jdbc = JdbcClient.create(dataSource);
    dataset = ChangjiDataset.read(DataFiles.classpath());
  }

  /** Every row of the tables the loader writes, as text, to compare states. */
  public static String snapshot(JdbcClient jdbc) {
    return jdbc.sql(
            """
            select coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from boundary.division_version t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from boundary.division_change t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from boundary.division_census t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from dataset.dataset_load t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from gazetteer.place_name t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from gazetteer.address t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from gazetteer.place_name_sign t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from gazetteer.sign_patrol t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from gazetteer.facility t), '')
                || coalesce((select string_agg(t::text, E'\\n' order by t::text)
                               from gazetteer.demand_point t), '')
            """)
        .query(String.class)
        .single();
  }

  @Test
  @Order(1)
  void firstLoadWritesEverything() {
    LoadReport report = new DemoLoader(dataSource).load(dataset);

    assertThat(report.changed()).isTrue();
    assertThat(report.counts())
        .containsEntry("boundary.division_version", 1067)
        .containsEntry("boundary.division_change", 4)
        .containsEntry("boundary.division_census", 7);
    assertThat(
            jdbc.sql(
                    "select count(*) from boundary.division_version"
                        + " where level = 3 and parent_code = '652300000000'"
                        + " and geom is not null and ST_SRID(geom) = 4490 and ST_IsValid(geom)")
                .query(Integer.class)
                .single())
        .isEqualTo(7);
  }

  @Test
  @Order(2)
  void theUrbanDemoIsLoadedLabelledAsGenerated() {
    // the six urban streets of 昌吉市 and their 74 communities and villages carry generated polygons
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from boundary.division_version d
                     where d.source = :source and d.remarks like '示意%'
                       and ST_IsValid(d.geom)
                       and ST_CoveredBy(d.geom, (select geom from boundary.division_version
                                                  where code = '652301000000'))
                    """)
                .param("source", ChangjiUrban.DIVISION_SOURCE)
                .query(Integer.class)
                .single())
        .isEqualTo(6 + 74);
    // the communities tile their street: no overlap, no gap
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from boundary.division_version s
                     where s.level = 4 and s.source = :source
                       and abs(ST_Area(s.geom) - (select ST_Area(ST_Union(c.geom))
                                                   from boundary.division_version c
                                                  where c.parent_code = s.code)) > 1e-9
                    """)
                .param("source", ChangjiUrban.DIVISION_SOURCE)
                .query(Integer.class)
                .single())
        .isZero();
    Map<String, Object> roads =
        jdbc.sql(
                """
                select count(*) filter (where status = 'FILED') as current,
                       count(*) filter (where status = 'RENAMED') as renamed,
                       bool_and(category_code = '0801' and GeometryType(geom) = 'LINESTRING'
                                and geometry_generated) as lines
                  from gazetteer.place_name where source = :source
                """)
            .param("source", ChangjiUrban.SOURCE)
            .query()
            .singleRow();
    assertThat(roads).containsEntry("current", 174L).containsEntry("renamed", 8L);
    // the care circle's facilities and demand: generated, inside their community, estimates
    Map<String, Object> care =
        jdbc.sql(
                """
                select (select count(*) from gazetteer.facility f
                         where f.source = :source and f.point_generated
                           and ST_CoveredBy(f.geom, (select geom from boundary.division_version d
                                                      where d.code = f.division_code
                                                        and upper_inf(d.valid)))) as facilities,
                       (select count(*) from gazetteer.demand_point
                         where source = :source and estimated and kind = 'COMMUNITY') as communities,
                       (select count(*) from gazetteer.demand_point
                         where source = :source and kind = 'RESIDENTIAL_COMPOUND') as compounds
                """)
            .param("source", ChangjiUrban.SOURCE)
            .query()
            .singleRow();
    assertThat(care)
        .containsEntry("facilities", (long) dataset.careCircle().facilities().size())
        .containsEntry("communities", 74L)
        .containsEntry("compounds", 60L);
    assertThat(roads.get("lines")).isEqualTo(true);
    assertThat(
            jdbc.sql(
                    "select count(*) from gazetteer.address where status = 'CURRENT'"
                        + " and kind = 'HOUSE_NUMBER'")
                .query(Long.class)
                .single())
        .isGreaterThan(5000);
    // some signs are wrong on purpose, each kind of wrong is there
    List<String> verdicts =
        jdbc.sql("select distinct compliance from gazetteer.place_name_sign order by 1")
            .query(String.class)
            .list();
    assertThat(verdicts)
        .containsExactlyInAnyOrder(
            "COMPLIANT", "OUTDATED_NAME", "WRONG_TEXT", "WRONG_ROMANIZATION");
    assertThat(
            jdbc.sql("select count(distinct status) from gazetteer.sign_state")
                .query(Integer.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  @Order(3)
  void secondLoadOfTheSameFilesWritesNothing() {
    String before = snapshot(jdbc);

    LoadReport report = new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));

    assertThat(report.changed()).isFalse();
    assertThat(snapshot(jdbc)).isEqualTo(before);
  }

  @Test
  @Order(4)
  void aFailureWhileWritingLeavesTheDatabaseAsItWas() {
    String before = snapshot(jdbc);
    // A dataset that passes the file checks but that the database refuses half-way: the last
    // version overlaps another version of its code. Its checksum differs, so the load proceeds to
    // delete and rewrite before it fails.
    List<Division> divisions = new ArrayList<>(dataset.divisions());
    divisions.add(
        new Division(
            "652301000000",
            "重复的版本",
            DivisionLevel.COUNTY,
            "652300000000",
            LocalDate.of(2024, 1, 1),
            null,
            null,
            ChangjiDataset.SOURCE_2023));
    ChangjiDataset broken =
        new ChangjiDataset(
            divisions,
            dataset.changes(),
            dataset.census(),
            dataset.urban(),
            dataset.careCircle(),
            dataset.origins(),
            Map.of(),
            "f".repeat(64));

    assertThatThrownBy(() -> new DemoLoader(dataSource).load(broken))
        .hasMessageContaining("division_version_no_overlap");
    assertThat(snapshot(jdbc)).isEqualTo(before);
  }
}

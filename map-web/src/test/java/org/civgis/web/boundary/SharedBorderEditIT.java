package org.civgis.web.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ConcurrentModificationException;
import javax.sql.DataSource;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.boundary.LineDerivation;
import org.civgis.boundary.boundary.SharedBorderEdit;
import org.civgis.boundary.change.ChangeRefusedException;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shared-border editing on the demo: moving a vertex of the 昌吉市—呼图壁县 line moves both counties in
 * one transaction, with version checks; a move that breaks the coverage writes nothing.
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedBorderEditIT {
  private static final String PREFECTURE = "652300000000";
  private static final String CHANGJI = "652301000000";
  private static final String HUTUBI = "652323000000";
  private static final String LINE = "652301652323";
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private JdbcClient jdbc;
  private TransactionTemplate transaction;
  private DivisionRepository divisions;
  private BoundaryLineRepository lines;
  private SharedBorderEdit edits;

  @BeforeAll
  void demo(TestDatabase database) {
    DataSource dataSource = database.dataSource();
    new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(dataSource);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    divisions = new DivisionRepository(jdbc);
    lines = new BoundaryLineRepository(jdbc);
    edits = new SharedBorderEdit(divisions, lines, new BoundaryLines(divisions, lines));
  }

  private BoundaryLine line(LocalDate day) {
    return lines.findByCode(LINE, day, day).orElseThrow().line();
  }

  /** The line with the middle vertex of its first part moved by {@code dLon}, {@code dLat}. */
  private static MultiLineString moved(BoundaryLine line, double dLon, double dLat, int index) {
    MultiLineString copy = (MultiLineString) line.geometry().copy();
    LineString part = (LineString) copy.getGeometryN(0);
    Coordinate c = part.getCoordinateN(index < 0 ? part.getNumPoints() / 2 : index);
    c.x = Math.round((c.x + dLon) * 1e7) / 1e7;
    c.y = Math.round((c.y + dLat) * 1e7) / 1e7;
    copy.geometryChanged();
    return copy;
  }

  private double area(String code, LocalDate day) {
    return MetricMeasure.of(divisions.findByCode(code, day).orElseThrow().geometry())
        .areaSquareMeters();
  }

  private long versions() {
    return jdbc.sql("select count(*) from boundary.division_version").query(Long.class).single()
        + jdbc.sql("select count(*) from boundary.boundary_line").query(Long.class).single();
  }

  @Test
  void movingAVertexMovesBothCountiesAndRefusesWhatWouldBreakTheCoverage() {
    BoundaryLine before = line(DAY);
    double changji = area(CHANGJI, DAY);
    double hutubi = area(HUTUBI, DAY);

    // ---- refused, nothing written
    long count = versions();
    assertThatThrownBy(
            () ->
                edits.apply(
                    LINE, before.id(), before.revision(), moved(before, 0.0002, 0, 0), DAY, "test"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("起点和终点");
    assertThatThrownBy(
            () ->
                transaction.execute(
                    tx ->
                        edits.apply(
                            LINE,
                            before.id(),
                            before.revision(),
                            moved(before, 0.6, 0.6, -1),
                            DAY,
                            "test")))
        .isInstanceOf(ChangeRefusedException.class);
    assertThatThrownBy(
            () ->
                edits.apply(
                    LINE,
                    before.id(),
                    before.revision() + 1,
                    moved(before, 0.0002, 0, -1),
                    DAY,
                    "test"))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(versions()).isEqualTo(count);

    // ---- a small move of one vertex
    MultiLineString edited = moved(before, 0.0002, 0.0001, -1);
    SharedBorderEdit.Result result =
        transaction.execute(
            tx -> edits.apply(LINE, before.id(), before.revision(), edited, DAY, "test"));

    assertThat(result.divisionCodes()).containsExactly(CHANGJI, HUTUBI);
    assertThat(line(DAY).geometry().equalsExact(edited)).isTrue();
    assertThat(line(DAY.minusDays(1)).geometry().equalsExact(before.geometry())).isTrue();
    // the ground moved from one county to the other: none lost, none added
    double changjiAfter = area(CHANGJI, DAY);
    double hutubiAfter = area(HUTUBI, DAY);
    assertThat(changjiAfter).isNotEqualTo(changji);
    assertThat(changjiAfter + hutubiAfter).isCloseTo(changji + hutubi, within(1.0));
    assertThat(area(CHANGJI, DAY.minusDays(1))).isEqualTo(changji);
    // the two polygons share the edited line as their edge: the derived line is the edited one
    Geometry derived =
        new BoundaryLines(divisions, lines)
            .derive(DAY, PREFECTURE).stream()
                .filter(l -> l.lineCode().equals(LINE))
                .map(LineDerivation.DerivedLine::geometry)
                .findFirst()
                .orElseThrow();
    assertThat(derived.equalsTopo(edited)).isTrue();
    // the editor's old revision no longer holds
    assertThatThrownBy(
            () ->
                transaction.execute(
                    tx -> edits.apply(LINE, before.id(), before.revision(), edited, DAY, "test")))
        .isInstanceOf(ConcurrentModificationException.class);
  }
}

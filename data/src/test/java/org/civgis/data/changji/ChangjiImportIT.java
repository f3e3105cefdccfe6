package org.civgis.data.changji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.imports.DivisionExport;
import org.civgis.boundary.imports.DivisionImport;
import org.civgis.boundary.imports.ImportRejectedException;
import org.civgis.boundary.imports.ImportReport;
import org.civgis.boundary.imports.ImportRequest;
import org.civgis.boundary.imports.Ogr;
import org.civgis.boundary.imports.SurveyFormat;
import org.civgis.data.load.DemoLoader;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports and exports of the demo's seven counties through ogr2ogr: every format round-trips, and a
 * refused file writes nothing.
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangjiImportIT {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final String PREFECTURE = "652300000000";
  private static final Path UNREPAIRED =
      Path.of("changji", "changji_counties_unrepaired_wgs84.geojson");

  private JdbcClient jdbc;
  private TransactionTemplate transaction;
  private DivisionRepository divisions;
  private DivisionImport imports;
  private final Ogr ogr = new Ogr();

  @TempDir Path temp;

  @BeforeAll
  void load(TestDatabase database) {
    // one DataSource for the statements and the transactions, so that they share connections
    DataSource dataSource = database.dataSource();
    new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(dataSource);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    divisions = new DivisionRepository(jdbc);
    imports =
        new DivisionImport(
            jdbc,
            divisions,
            new BoundaryLines(divisions, new BoundaryLineRepository(jdbc)),
            ogr,
            CheckTolerances.DEFAULT);
  }

  private List<Division> counties() {
    return divisions.find(
        DivisionQuery.asOf(DAY, 100).withLevel(DivisionLevel.COUNTY).withParent(PREFECTURE));
  }

  private ImportReport importFile(Path file, String crs, boolean repair) {
    ImportRequest request =
        new ImportRequest(file, file.getFileName().toString(), null, crs, DAY, repair, "test");
    return transaction.execute(tx -> imports.run(request, CheckProgress.NONE));
  }

  private ImportReport rejected(Path file, String crs, boolean repair) {
    long versions = count("boundary.division_version");
    long batches = count("boundary.import_batch");
    long staged = count("boundary.import_feature");
    ImportRejectedException e =
        catchThrowableOfType(ImportRejectedException.class, () -> importFile(file, crs, repair));
    assertThat(e).as("the import is refused").isNotNull();
    // nothing written: no version, no import record, no staged feature
    assertThat(count("boundary.division_version")).isEqualTo(versions);
    assertThat(count("boundary.import_batch")).isEqualTo(batches);
    assertThat(count("boundary.import_feature")).isEqualTo(staged);
    assertThat(e.report().status()).isEqualTo("REJECTED");
    return e.report();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  // ---- round trips

  @ParameterizedTest
  @EnumSource(SurveyFormat.class)
  void everyFormatRoundTripsTheSevenCounties(SurveyFormat format) throws IOException {
    List<Division> counties = counties();
    assertThat(counties).hasSize(7);
    Path file = temp.resolve("counties." + format.extension());
    Files.write(file, new DivisionExport(ogr).export(counties, format, "counties"));
    long versions = count("boundary.division_version");

    ImportReport report = importFile(file, format.carriesCrs() ? null : "EPSG:4490", false);

    assertThat(report.problems()).isEmpty();
    assertThat(report.accepted()).isTrue();
    assertThat(report.features()).isEqualTo(7);
    assertThat(report.sourceCrs())
        .isEqualTo(format == SurveyFormat.KML ? "EPSG:4326" : "EPSG:4490");
    assertThat(report.crsDeclared()).isEqualTo(!format.carriesCrs());
    // the same geometries come back: nothing to publish, every county recognised by its code
    assertThat(report.unchanged())
        .containsExactlyInAnyOrderElementsOf(counties.stream().map(Division::code).toList());
    assertThat(report.published()).isEmpty();
    assertThat(report.findings()).noneMatch(f -> f.severity().equals("ERROR"));
    assertThat(count("boundary.division_version")).isEqualTo(versions);
    assertThat(
            jdbc.sql("select status from boundary.import_batch where id = ?")
                .param(report.batchId())
                .query(String.class)
                .single())
        .isEqualTo("PUBLISHED");
  }

  // ---- refused files

  @Test
  void theUnrepairedChangjiFileIsRefusedWithEveryInvalidCountyAndWritesNothing() {
    ImportReport report = rejected(UNREPAIRED, null, false);
    assertThat(report.problems())
        .filteredOn(p -> p.field().equals("geometry"))
        .hasSize(7)
        .allSatisfy(p -> assertThat(p.reason()).contains("几何无效").contains("MakeValid"));
    assertThat(report.sourceCrs()).isEqualTo("EPSG:4326");
  }

  @Test
  void aFileWithoutCrsIsRefusedUnlessItIsDeclared() throws IOException {
    Path csv = temp.resolve("no-crs.csv");
    Files.write(csv, new DivisionExport(ogr).export(counties(), SurveyFormat.CSV, "no-crs"));
    ImportReport report = rejected(csv, null, false);
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("crs"));
  }

  @Test
  void aWronglyDeclaredCrsLandsOutsideChinaAndIsRefused() throws IOException {
    Path csv = temp.resolve("wrong-crs.csv");
    Files.write(csv, new DivisionExport(ogr).export(counties(), SurveyFormat.CSV, "wrong-crs"));
    ImportReport report = rejected(csv, "EPSG:4538", false);
    assertThat(report.problems())
        .hasSize(7)
        .allSatisfy(p -> assertThat(p.reason()).contains("坐标超出中国范围"));
  }

  // ---- repair

  @Test
  void theUnrepairedFileIsAcceptedWithMakeValidAndTheRepairsAreReported() {
    long versions = count("boundary.division_version");
    ImportReport report = importFile(UNREPAIRED, null, true);

    assertThat(report.problems()).isEmpty();
    assertThat(report.repairs()).hasSize(7);
    assertThat(report.repairs())
        .allSatisfy(
            r -> {
              assertThat(r.reason()).contains("几何无效");
              assertThat(r.areaAfterSquareMeters()).isGreaterThan(1e8);
            });
    // MakeValid in PostGIS gives the polygons the demo was repaired into (GEOS, the same)
    assertThat(report.published()).isEmpty();
    assertThat(report.unchanged()).hasSize(7);
    assertThat(count("boundary.division_version")).isEqualTo(versions);
    assertThat(
            jdbc.sql("select count(*) from boundary.import_feature where batch_id = ? and repaired")
                .param(report.batchId())
                .query(Long.class)
                .single())
        .isEqualTo(7L);
  }
}

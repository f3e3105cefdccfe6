package org.civgis.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.civgis.data.load.DemoLoaderIT;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The loader as run.sh and an operator use it: exit codes, messages, no partial writes. */
@PostgisTest
class DataCliIT {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(TestDatabase database, String... args) {
    return run(
        Map.of(
            "CIVGIS_DB_URL", database.jdbcUrl(),
            "CIVGIS_DB_USER", database.user(),
            "CIVGIS_DB_PASSWORD", database.password()),
        args);
  }

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        DataCli.run(
            args,
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A copy of the data folder in which {@code file} has {@code content}. */
  private static Path dataFolderWith(Path dir, String file, String content) throws IOException {
    Path changji = Files.createDirectories(dir.resolve("changji"));
    try (var files = Files.list(Path.of("changji"))) {
      for (Path f : files.toList()) {
        Files.copy(f, changji.resolve(f.getFileName().toString()));
      }
    }
    Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void loadsThenSaysThereIsNothingToDo(TestDatabase database) {
    Run first = run(database, "load");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("Loaded changji-demo").contains("1067 rows");

    Run second = run(database, "load");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("loaded already");

    assertThat(run(database, "status").out()).contains("changji-demo loaded");
  }

  @Test
  void aMalformedCsvIsRefusedWithFileLineAndReasonAndWritesNothing(
      TestDatabase database, @TempDir Path dir) throws IOException {
    run(database, "load");
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    String before = DemoLoaderIT.snapshot(jdbc);
    String csv =
        Files.readString(Path.of("changji/divisions_2023.csv"))
            .replace("652323000000,呼图壁县", "6523230000,呼图壁县");

    Run run =
        run(
            database,
            "load",
            "--data-dir",
            dataFolderWith(dir, "changji/divisions_2023.csv", csv).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("changji/divisions_2023.csv: line 5: code \"6523230000\" is not 12 digits")
        .contains("nothing was written");
    assertThat(DemoLoaderIT.snapshot(jdbc)).isEqualTo(before);
  }

  @Test
  void aCorruptedGeoJsonIsRefusedAndWritesNothing(TestDatabase database, @TempDir Path dir)
      throws IOException {
    run(database, "load");
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    String before = DemoLoaderIT.snapshot(jdbc);
    String json = Files.readString(Path.of("changji/counties_wgs84.geojson"));
    String corrupted = json.replaceFirst("\\]\\s*\\]\\s*\\]\\s*\\}", "]]] ");

    Run run =
        run(
            database,
            "load",
            "--data-dir",
            dataFolderWith(dir, "changji/counties_wgs84.geojson", corrupted).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("changji/counties_wgs84.geojson: line ")
        .contains("not valid JSON");
    assertThat(DemoLoaderIT.snapshot(jdbc)).isEqualTo(before);
  }

  @Test
  void badUsageAndAnUnreachableDatabaseAreReported(TestDatabase database) {
    assertThat(run(database).exitCode()).isEqualTo(2);
    assertThat(run(database, "dance").err()).contains("unknown command \"dance\"");

    Run unreachable = run(Map.of("CIVGIS_DB_URL", "jdbc:postgresql://127.0.0.1:1/none"), "load");
    assertThat(unreachable.exitCode()).isEqualTo(1);
    assertThat(unreachable.err()).contains("127.0.0.1:1").contains("nothing was written");
  }

  @Test
  void importOsmStoresARoutableNetworkAndRefusesATakenNameOrABadFile(
      TestDatabase database, @TempDir Path dir) throws IOException {
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    Run first = run(database, "import-osm", "osm/andorra.osm.pbf", "--name", "andorra");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("as network andorra").contains(" edges");
    int edges =
        jdbc.sql("select count(*) from gazetteer.network_edge").query(Integer.class).single();
    assertThat(edges).isGreaterThan(1000);
    // pgRouting reads the rows as they are
    assertThat(
            jdbc.sql(
                    "select count(*) from pgr_drivingDistance('select id, source, target, cost,"
                        + " reverse_cost from gazetteer.network_edge', 1, 500)")
                .query(Integer.class)
                .single())
        .isPositive();

    Run taken = run(database, "import-osm", "osm/north-bayreuth.osm.gz", "--name", "andorra");
    assertThat(taken.exitCode()).isEqualTo(2);
    assertThat(taken.err()).contains("exists").contains("--replace");

    Path bad = Files.writeString(dir.resolve("bad.osm.pbf"), "not an OSM file");
    Run refused = run(database, "import-osm", bad.toString(), "--name", "bad");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("bad.osm.pbf").contains("nothing was written");
    assertThat(
            jdbc.sql("select count(*) from gazetteer.network_edge").query(Integer.class).single())
        .isEqualTo(edges);

    Run replaced =
        run(database, "import-osm", "osm/north-bayreuth.osm.gz", "--name", "andorra", "--replace");
    assertThat(replaced.exitCode()).as(replaced.err()).isZero();
    assertThat(
            jdbc.sql("select count(*) from gazetteer.road_network").query(Integer.class).single())
        .isEqualTo(1);
  }
}

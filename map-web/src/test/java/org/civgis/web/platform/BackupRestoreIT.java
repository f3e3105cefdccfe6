package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** scripts/backup.sh then scripts/restore.sh into an empty database give identical row counts. */
class BackupRestoreIT {

  private static Map<String, Long> rowCounts(TestDatabase database) {
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    Map<String, Long> counts = new TreeMap<>();
    for (String table :
        jdbc.sql(
                "select table_schema || '.' || table_name from information_schema.tables"
                    + " where table_schema not in ('public', 'information_schema')"
                    + " and table_schema not like 'pg\\_%'"
                    + " and table_type = 'BASE TABLE'")
            .query(String.class)
            .list()) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  private static void script(TestDatabase database, String... command) throws Exception {
    Path root = Path.of(System.getProperty("project.root", ".."));
    ProcessBuilder process =
        new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
    process.environment().put("CIVGIS_DB_URL", database.jdbcUrl());
    process.environment().put("CIVGIS_DB_USER", database.user());
    process.environment().put("CIVGIS_DB_PASSWORD", database.password());
    Process running = process.start();
    String output = new String(running.getInputStream().readAllBytes());
    assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(running.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
  }

  @Test
  void backupThenRestoreGivesIdenticalRowCounts(@TempDir Path dir) throws Exception {
    TestDatabase original = TestPostgis.createDatabase("backup_from");
    new DemoLoader(original.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
    // the app's own schema too, as a real backup has it
    try (AppInstance app = AppInstance.start(original)) {
      assertThat(app.send("GET", "/api/me", "admin", null).statusCode()).isEqualTo(200);
    }
    File dump = dir.resolve("civgis.dump").toFile();
    script(original, "scripts/backup.sh", dump.getAbsolutePath());
    assertThat(Files.size(dump.toPath())).isPositive();

    TestDatabase restored = TestPostgis.createDatabase("backup_to");
    script(restored, "scripts/restore.sh", dump.getAbsolutePath());

    Map<String, Long> expected = rowCounts(original);
    assertThat(expected)
        .containsKeys(
            "boundary.division_version",
            "gazetteer.place_name",
            "platform.app_user",
            "platform.audit_event",
            "dataset.dataset_load")
        .containsEntry("boundary.division_version", 1067L)
        .containsEntry("gazetteer.place_name", 1225L);
    assertThat(rowCounts(restored)).isEqualTo(expected);
    // the restored audit trail is append-only still
    assertThat(
            JdbcClient.create(restored.dataSource())
                .sql(
                    "select count(*) from information_schema.triggers"
                        + " where event_object_table = 'audit_event'")
                .query(Long.class)
                .single())
        .isPositive();
  }
}

package org.civgis.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civgis.data.changji.DataFileException;
import org.civgis.data.changji.DataFiles;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's street network: imported when present, once per file, checked before writing. */
@PostgisTest
class DemoNetworkIT {

  @Test
  void importsTheStreetFileOnceAndReplacesItWhenItChanges(TestDatabase database, @TempDir Path dir)
      throws IOException {
    Path changji = Files.createDirectories(dir.resolve("changji"));
    // a real OSM XML file stands in for the generated streets (the reader goes by content)
    Files.copy(Path.of("osm/north-bayreuth.osm.gz"), changji.resolve("changji_urban_streets.osm"));
    DemoNetwork demo = new DemoNetwork(database.dataSource());
    DataFiles files = DataFiles.folder(dir);

    DemoNetwork.Result first = demo.store(DemoNetwork.read(files).orElseThrow());
    assertThat(first.changed()).isTrue();
    assertThat(first.network().name()).isEqualTo(DemoNetwork.NAME);
    assertThat(first.network().edgeCount()).isGreaterThan(1000);
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    assertThat(
            jdbc.sql("select count(*) from gazetteer.network_edge where network_id = :id")
                .param("id", first.network().id())
                .query(Integer.class)
                .single())
        .isEqualTo(first.network().edgeCount());

    DemoNetwork.Result again = demo.store(DemoNetwork.read(files).orElseThrow());
    assertThat(again.changed()).isFalse();
    assertThat(again.network().id()).isEqualTo(first.network().id());

    Files.copy(
        Path.of("osm/andorra.osm.pbf"),
        changji.resolve("changji_urban_streets.osm"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    DemoNetwork.Result replaced = demo.store(DemoNetwork.read(files).orElseThrow());
    assertThat(replaced.changed()).isTrue();
    assertThat(
            jdbc.sql("select count(*) from gazetteer.road_network").query(Integer.class).single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from gazetteer.network_edge").query(Integer.class).single())
        .isEqualTo(replaced.network().edgeCount());
  }

  @Test
  void withoutTheFileThereIsNothingToImportAndABadFileIsRefused(@TempDir Path dir)
      throws IOException {
    assertThat(DemoNetwork.read(DataFiles.folder(dir))).isEmpty();
    Path changji = Files.createDirectories(dir.resolve("changji"));
    Files.writeString(changji.resolve("changji_urban_streets.osm"), "<osm><way id=\"1\"></osm>");
    assertThatThrownBy(() -> DemoNetwork.read(DataFiles.folder(dir)))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("changji_urban_streets.osm");
  }
}

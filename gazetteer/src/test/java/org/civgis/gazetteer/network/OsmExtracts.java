package org.civgis.gazetteer.network;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real OSM extracts of the data module (data/osm, © OpenStreetMap contributors, ODbL). */
public final class OsmExtracts {
  private OsmExtracts() {}

  public static Path file(String name) {
    String root = System.getProperty("project.root");
    Path base = root == null || root.isBlank() ? Path.of("..") : Path.of(root);
    Path file = base.resolve("data/osm").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing test data " + file.toAbsolutePath());
    }
    return file;
  }
}

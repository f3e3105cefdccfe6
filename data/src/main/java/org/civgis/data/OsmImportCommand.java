package org.civgis.data;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.civgis.gazetteer.GazetteerSchema;
import org.civgis.gazetteer.network.OsmNetworkImport;
import org.civgis.gazetteer.network.StoredNetwork;
import org.civgis.geo.network.osm.ImportedNetwork;
import org.civgis.geo.network.osm.OsmFormatException;
import org.civgis.geo.network.osm.WalkingNetworkReader;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * {@code civgis-data import-osm FILE --name NAME [--replace]}: an OpenStreetMap extract (PBF, XML
 * or gzipped XML) into {@code gazetteer.road_network} as a routable walking network.
 *
 * <p>Exit codes: 0 imported; 2 bad usage, an unreadable file, a file without walkable ways, or a
 * name in use without {@code --replace} (nothing written); 1 the database failed.
 */
final class OsmImportCommand {
  private OsmImportCommand() {}

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Path file = null;
    String name = null;
    boolean replace = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--name") && i + 1 < args.length) {
        name = args[++i];
      } else if (args[i].equals("--replace")) {
        replace = true;
      } else if (file == null && !args[i].startsWith("-")) {
        file = Path.of(args[i]);
      } else {
        err.println("civgis-data: unexpected argument \"" + args[i] + "\"");
        return DataCli.usage(err);
      }
    }
    if (file == null || name == null || name.isBlank()) {
      err.println("civgis-data: import-osm needs a FILE and --name NAME");
      return DataCli.usage(err);
    }
    if (!Files.isRegularFile(file)) {
      err.println("civgis-data: " + file + ": no such file");
      return 2;
    }
    long started = System.nanoTime();
    ImportedNetwork imported;
    try {
      imported = WalkingNetworkReader.read(file);
    } catch (OsmFormatException | UncheckedIOException e) {
      err.println("civgis-data: " + file + ": " + e.getMessage());
      err.println("civgis-data: nothing was written.");
      return 2;
    }
    if (imported.network().edgeCount() == 0) {
      err.println("civgis-data: " + file + ": no walkable ways; nothing was written.");
      return 2;
    }
    try {
      var dataSource = DataCli.dataSource(env);
      GazetteerSchema.migrate(dataSource);
      StoredNetwork stored =
          new OsmNetworkImport(dataSource)
              .store(imported, name, file.getFileName().toString(), "civgis-data", replace);
      out.printf(
          "Imported %s as network %s (id %d) in %d ms: %d nodes, %d edges from %d walkable of %d"
              + " ways.%n",
          file.getFileName(),
          stored.name(),
          stored.id(),
          (System.nanoTime() - started) / 1_000_000,
          stored.nodeCount(),
          stored.edgeCount(),
          imported.walkableWays(),
          imported.ways());
      return 0;
    } catch (DataIntegrityViolationException e) {
      err.println(
          "civgis-data: a network named \"" + name + "\" exists; use --replace to replace it.");
      err.println("civgis-data: nothing was written.");
      return 2;
    } catch (RuntimeException e) {
      err.println(
          "civgis-data: database "
              + env.getOrDefault("CIVGIS_DB_URL", DataCli.DEFAULT_URL)
              + ": "
              + DataCli.rootMessage(e));
      err.println("civgis-data: nothing was written.");
      return 1;
    }
  }
}

package org.civgis.data;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFileException;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.data.load.DemoNetwork;
import org.civgis.data.load.LoadReport;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The loader's command line: {@code load}, {@code status} or {@code migrate}, with an optional
 * {@code --data-dir DIR}; {@code write-osm FILE}, which writes the generated street network of
 * urban 昌吉市 as OSM XML (no database needed); and {@code import-osm FILE --name NAME [--replace]},
 * which imports an OpenStreetMap extract (PBF or XML) as a routable walking network. The database
 * comes from {@code CIVGIS_DB_URL}, {@code CIVGIS_DB_USER} and {@code CIVGIS_DB_PASSWORD}.
 *
 * <p>Exit codes: 0 done, 2 bad usage or a bad data file (nothing written), 1 the database failed.
 */
public final class DataCli {
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:55432/civgis";
  static final String DEFAULT_USER = "civgis";

  private DataCli() {}

  /** Flyway reports through java.util.logging; the loader prints its own summary instead. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  public static void main(String[] args) {
    FLYWAY_LOG.setLevel(Level.SEVERE);
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /** Runs one command; returns the exit code. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String command = null;
    String target = null;
    DataFiles files = DataFiles.classpath();
    if (args.length > 0 && args[0].equals("import-osm")) {
      return OsmImportCommand.run(args, env, out, err);
    }
    if (args.length > 0
        && (args[0].equals("load-national") || args[0].equals("generate-addresses"))) {
      return NationalCommand.run(args, env, out, err);
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data-dir") && i + 1 < args.length) {
        files = DataFiles.folder(Path.of(args[++i]));
      } else if (command == null && !args[i].startsWith("-")) {
        command = args[i];
      } else if ("write-osm".equals(command) && target == null && !args[i].startsWith("-")) {
        target = args[i];
      } else {
        err.println("civgis-data: unexpected argument \"" + args[i] + "\"");
        return usage(err);
      }
    }
    if (command == null) {
      return usage(err);
    }
    if (command.equals("write-osm")) {
      return writeOsm(files, target, out, err);
    }
    DemoLoader loader = new DemoLoader(dataSource(env));
    try {
      switch (command) {
        case "load" -> {
          long started = System.nanoTime();
          ChangjiDataset dataset = ChangjiDataset.read(files);
          var network = DemoNetwork.read(files);
          LoadReport report = loader.load(dataset);
          long millis = (System.nanoTime() - started) / 1_000_000;
          if (report.changed()) {
            out.printf("Loaded %s in %d ms:%n", report.dataset(), millis);
            report.counts().forEach((table, rows) -> out.printf("  %-28s %6d rows%n", table, rows));
          } else {
            out.printf("%s is loaded already (same files); nothing to do.%n", report.dataset());
          }
          if (network.isPresent()) {
            DemoNetwork.Result stored = new DemoNetwork(dataSource(env)).store(network.get());
            out.printf(
                stored.changed()
                    ? "Imported the walking network %s: %d nodes, %d edges.%n"
                    : "The walking network %s is loaded already (same file).%n",
                stored.network().name(),
                stored.network().nodeCount(),
                stored.network().edgeCount());
          }
        }
        case "status" -> {
          loader.migrate();
          out.println(
              loader
                  .loadedChecksum(ChangjiDataset.NAME)
                  .map(sum -> ChangjiDataset.NAME + " loaded, files sha256 " + sum)
                  .orElse(ChangjiDataset.NAME + " not loaded"));
        }
        case "migrate" -> {
          loader.migrate();
          out.println("Schemas are up to date.");
        }
        default -> {
          err.println("civgis-data: unknown command \"" + command + "\"");
          return usage(err);
        }
      }
      return 0;
    } catch (DataFileException e) {
      err.println("civgis-data: " + e.getMessage());
      err.println("civgis-data: nothing was written.");
      return 2;
    } catch (RuntimeException e) {
      err.println(
          "civgis-data: database "
              + env.getOrDefault("CIVGIS_DB_URL", DEFAULT_URL)
              + ": "
              + rootMessage(e));
      err.println("civgis-data: nothing was written.");
      return 1;
    }
  }

  static int usage(PrintStream err) {
    err.println("usage: civgis-data load|status|migrate [--data-dir DIR]");
    err.println("       civgis-data write-osm FILE [--data-dir DIR]");
    err.println("       civgis-data import-osm FILE --name NAME [--replace]");
    err.println("       civgis-data load-national DIST [--generated-points]");
    err.println("       civgis-data generate-addresses N [--seed S]");
    return 2;
  }

  /** Writes the generated urban street network of 昌吉市 as OSM XML to {@code target}. */
  private static int writeOsm(DataFiles files, String target, PrintStream out, PrintStream err) {
    if (target == null) {
      err.println("civgis-data: write-osm needs the file to write");
      return usage(err);
    }
    try {
      ChangjiDataset dataset = ChangjiDataset.read(files);
      Path file = Path.of(target);
      java.nio.file.Files.writeString(file, dataset.urban().osmXml());
      out.printf(
          "Wrote %s: %d roads and lanes and the footways of urban 昌吉市 (generated).%n",
          file, dataset.urban().roads().size());
      return 0;
    } catch (DataFileException e) {
      err.println("civgis-data: " + e.getMessage());
      return 2;
    } catch (java.io.IOException e) {
      err.println("civgis-data: cannot write " + target + ": " + e.getMessage());
      return 1;
    }
  }

  static DataSource dataSource(Map<String, String> env) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(env.getOrDefault("CIVGIS_DB_URL", DEFAULT_URL));
    dataSource.setUser(env.getOrDefault("CIVGIS_DB_USER", DEFAULT_USER));
    dataSource.setPassword(env.getOrDefault("CIVGIS_DB_PASSWORD", ""));
    return dataSource;
  }

  static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}

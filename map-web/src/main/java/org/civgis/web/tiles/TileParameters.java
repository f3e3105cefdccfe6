package org.civgis.web.tiles;

import java.util.regex.Pattern;
import org.civgis.web.problem.InvalidParameterException;

/** Reads {@code z}, {@code x} and {@code y} of a tile request; bad values name the parameter. */
final class TileParameters {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private TileParameters() {}

  /** The tile {@code z}/{@code x}/{@code y} of {@code layer}. */
  static TileCoordinate parse(String z, String x, String y, TileLayer layer) {
    return parse(z, x, y, layer.id(), layer.minZoom(), layer.maxZoom());
  }

  /**
   * The tile {@code z}/{@code x}/{@code y} of layer {@code layerId} with tiles from zoom {@code
   * minZoom} to {@code maxZoom}.
   */
  static TileCoordinate parse(
      String z, String x, String y, String layerId, int minZoom, int maxZoom) {
    int zoom = integer("z", z);
    int min = Math.max(0, minZoom);
    int max = Math.min(TileCoordinate.MAX_ZOOM, maxZoom);
    if (zoom < min || zoom > max) {
      throw new InvalidParameterException(
          "z", "图层 " + layerId + " 的缩放级别须在 " + min + " 到 " + max + " 之间，收到 " + zoom);
    }
    long last = TileCoordinate.tilesAcross(zoom) - 1;
    int column = integer("x", x);
    if (column > last) {
      throw new InvalidParameterException(
          "x", "第 " + zoom + " 级的列号须在 0 到 " + last + " 之间，收到 " + column);
    }
    int row = integer("y", y);
    if (row > last) {
      throw new InvalidParameterException(
          "y", "第 " + zoom + " 级的行号须在 0 到 " + last + " 之间，收到 " + row);
    }
    return new TileCoordinate(zoom, column, row);
  }

  /** The day of {@code datetime} (YYYY-MM-DD, or a date-time reduced to its date), or null. */
  static java.time.LocalDate day(String datetime) {
    if (datetime == null || datetime.isBlank()) {
      return null;
    }
    String value = datetime.strip();
    try {
      return java.time.LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (java.time.DateTimeException e) {
      throw new InvalidParameterException("datetime", "须为日期 YYYY-MM-DD，收到 \"" + value + "\"");
    }
  }

  /** A non-negative integer of at most nine digits. */
  private static int integer(String name, String value) {
    if (value == null || !DIGITS.matcher(value).matches()) {
      throw new InvalidParameterException(
          name, "须为不小于 0 的整数，收到 \"" + (value == null ? "" : value) + "\"");
    }
    return Integer.parseInt(value);
  }
}

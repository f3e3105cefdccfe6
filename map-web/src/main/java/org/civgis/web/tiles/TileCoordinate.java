package org.civgis.web.tiles;

import org.locationtech.jts.geom.Envelope;

/**
 * A tile of the XYZ scheme of Web Mercator: zoom {@code z}, column {@code x} from the west, row
 * {@code y} from the north; 0 ≤ x, y < 2<sup>z</sup>.
 *
 * @param z zoom level, 0–{@value #MAX_ZOOM}
 * @param x column
 * @param y row
 */
public record TileCoordinate(int z, int x, int y) {
  public static final int MAX_ZOOM = 22;

  /** The buffer of the tiles, as a share of the tile's width: 64 of 4096 units. */
  public static final double BUFFER_SHARE = 64.0 / 4096;

  public TileCoordinate {
    if (z < 0 || z > MAX_ZOOM) {
      throw new IllegalArgumentException("zoom " + z + " outside 0–" + MAX_ZOOM);
    }
    long n = 1L << z;
    if (x < 0 || x >= n || y < 0 || y >= n) {
      throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " outside the grid");
    }
  }

  /** How many tiles across one row (and one column) at zoom {@code z}. */
  public static long tilesAcross(int z) {
    return 1L << z;
  }

  /** The tile's lon/lat envelope (CRS84 degrees, latitudes within ±85.0511°). */
  public Envelope lonLatEnvelope() {
    return lonLatEnvelope(0);
  }

  /**
   * The lon/lat envelope of the tile grown on each side by {@code share} of its width in Web
   * Mercator, cut to the world (±180°, ±85.0511°).
   */
  public Envelope lonLatEnvelope(double share) {
    double n = tilesAcross(z);
    double west = Math.max(0, x - share);
    double east = Math.min(n, x + 1 + share);
    double north = Math.max(0, y - share);
    double south = Math.min(n, y + 1 + share);
    return new Envelope(
        longitude(west, n), longitude(east, n), latitude(south, n), latitude(north, n));
  }

  /** The longitude of the tile column edge {@code column} at {@code n} tiles across. */
  static double longitude(double column, double n) {
    return column / n * 360.0 - 180.0;
  }

  /** The latitude of the tile row edge {@code row} at {@code n} tiles across (inverse Mercator). */
  static double latitude(double row, double n) {
    return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * row / n))));
  }

  /** The tile at zoom {@code z} that contains a point, e.g. for tests and tools. */
  public static TileCoordinate containing(double lon, double lat, int z) {
    double n = tilesAcross(z);
    double latRad = Math.toRadians(lat);
    int x = (int) Math.floor((lon + 180.0) / 360.0 * n);
    int y =
        (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n);
    int last = (int) n - 1;
    return new TileCoordinate(z, Math.min(Math.max(x, 0), last), Math.min(Math.max(y, 0), last));
  }

  @Override
  public String toString() {
    return z + "/" + x + "/" + y;
  }
}

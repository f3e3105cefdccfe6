package org.civgis.geo.network;

/** Small networks for tests, laid out near 昌吉市 (87.3°E, 44.0°N). */
public final class TestNetworks {
  /** Longitude and latitude of the origin of {@link #grid}. */
  public static final double LON0 = 87.30;

  public static final double LAT0 = 44.00;

  private TestNetworks() {}

  /** Degrees of longitude for {@code meters} east at {@link #LAT0}. */
  public static double east(double meters) {
    return meters / LocalPlane.at(LON0, LAT0).metersPerDegreeLon();
  }

  /** Degrees of latitude for {@code meters} north at {@link #LAT0}. */
  public static double north(double meters) {
    return meters / LocalPlane.at(LON0, LAT0).metersPerDegreeLat();
  }

  /**
   * A grid of {@code columns} × {@code rows} nodes, {@code spacingMeters} apart, node index = row ·
   * columns + column; horizontal edges first (row by row), then vertical ones.
   */
  public static RoadNetwork grid(int columns, int rows, double spacingMeters) {
    RoadNetwork.Builder b = RoadNetwork.builder(columns * rows, 2 * columns * rows);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        b.addNode(LON0 + east(c * spacingMeters), LAT0 + north(r * spacingMeters));
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c + 1 < columns; c++) {
        b.addEdge(r * columns + c, r * columns + c + 1, new double[0], Double.NaN, true, true);
      }
    }
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c < columns; c++) {
        b.addEdge(r * columns + c, (r + 1) * columns + c, new double[0], Double.NaN, true, true);
      }
    }
    return b.build();
  }
}

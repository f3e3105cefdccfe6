package org.civgis.geo.topology;

import java.util.Collection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The precision of a dataset: the coarsest decimal or binary grid all its coordinates lie on,
 * refined to about a centimetre, as a JTS fixed precision scale (units per degree).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Coordinates that are all multiples of 1/2^k (k ≤ 30) give the scale 2^max(k, 24), about 0.7
 *       cm of latitude; all multiples of 10^-k (k ≤ 9) give 10^max(k, 7), about 1.1 cm. A
 *       coordinate on both grids counts as decimal.
 *   <li>Data on neither grid gives 10^9 (0.1 mm): rounding then moves its vertices by less than
 *       0.06 mm.
 *   <li>Snap rounding to the returned scale leaves every input vertex where it is, so an overlay
 *       keeps the vertices neighbours share.
 * </ol>
 */
public final class DataPrecision {
  private static final int MIN_BINARY_EXPONENT = 24;
  private static final int MIN_DECIMAL_EXPONENT = 7;
  private static final int MAX_BINARY_EXPONENT = 30;
  private static final int MAX_DECIMAL_EXPONENT = 9;

  private DataPrecision() {}

  /** The precision scale of {@code geometries}; see the class contract. */
  public static double detect(Collection<Geometry> geometries) {
    int decimal = 0;
    int binary = 0;
    for (Geometry geometry : geometries) {
      if (geometry == null) {
        continue;
      }
      for (Coordinate c : geometry.getCoordinates()) {
        decimal = Math.max(decimal, decimalExponent(c.x, decimal));
        decimal = Math.max(decimal, decimalExponent(c.y, decimal));
        binary = Math.max(binary, binaryExponent(c.x, binary));
        binary = Math.max(binary, binaryExponent(c.y, binary));
      }
    }
    if (decimal <= MAX_DECIMAL_EXPONENT) {
      return Math.pow(10, Math.max(decimal, MIN_DECIMAL_EXPONENT));
    }
    if (binary <= MAX_BINARY_EXPONENT) {
      return Math.pow(2, Math.max(binary, MIN_BINARY_EXPONENT));
    }
    return Math.pow(10, MAX_DECIMAL_EXPONENT);
  }

  /** The least k ≥ from with value·10^k an integer (to 10^-6 of a unit), or MAX + 1. */
  private static int decimalExponent(double value, int from) {
    for (int k = from; k <= MAX_DECIMAL_EXPONENT; k++) {
      double scaled = value * Math.pow(10, k);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
        return k;
      }
    }
    return MAX_DECIMAL_EXPONENT + 1;
  }

  /** The least k ≥ from with value·2^k an integer (exact), or MAX + 1. */
  private static int binaryExponent(double value, int from) {
    for (int k = from; k <= MAX_BINARY_EXPONENT; k++) {
      double scaled = Math.scalb(value, k);
      if (scaled == Math.rint(scaled)) {
        return k;
      }
    }
    return MAX_BINARY_EXPONENT + 1;
  }
}

package org.civgis.geo.topology;

import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * WKT fixtures around 昌吉市 (87.0–87.2°E, 44.0–44.2°N, Gauss-Krüger zone 87°E): a parent square and
 * its two halves, and the same with one error each.
 *
 * <pre>
 *   44.2 +---------+---------+
 *        |         |         |
 *        |    A    |    B    |      P = the whole square
 *        |         |         |
 *   44.0 +---------+---------+
 *      87.0      87.1      87.2
 * </pre>
 */
final class Fixtures {
  static final String P = "POLYGON ((87 44, 87.2 44, 87.2 44.2, 87 44.2, 87 44))";
  static final String A = "POLYGON ((87 44, 87.1 44, 87.1 44.2, 87 44.2, 87 44))";
  static final String B = "POLYGON ((87.1 44, 87.2 44, 87.2 44.2, 87.1 44.2, 87.1 44))";

  private Fixtures() {}

  /** B with its west edge at {@code west} instead of 87.1. */
  static String bFrom(String west) {
    return "POLYGON ((" + west + " 44, 87.2 44, 87.2 44.2, " + west + " 44.2, " + west + " 44))";
  }

  static Geometry wkt(String text) {
    try {
      Geometry geometry = new WKTReader().read(text);
      geometry.setSRID(Srid.CGCS2000);
      return geometry;
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static CoverageUnit unit(String id, String parentId, String text) {
    return new CoverageUnit(id, parentId, text == null ? null : wkt(text));
  }
}

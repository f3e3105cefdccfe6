package org.civgis.geo.geom;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Extended WKB (PostGIS EWKB) to JTS and back: the one way geometry crosses the database boundary.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #read} keeps the SRID written in the EWKB; EWKB without SRID is rejected, because
 *       every stored geometry has a CRS of record.
 *   <li>{@link #write} writes 2D EWKB with the geometry's SRID; a geometry with SRID 0 is rejected.
 * </ol>
 */
public final class Ewkb {
  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel());

  private Ewkb() {}

  /** Decodes EWKB as returned by {@code ST_AsEWKB}; {@code null} stays {@code null}. */
  public static Geometry read(byte[] ewkb) {
    if (ewkb == null) {
      return null;
    }
    try {
      Geometry geometry = new WKBReader(FACTORY).read(ewkb);
      if (geometry.getSRID() == 0) {
        throw new IllegalArgumentException("EWKB without SRID");
      }
      return geometry;
    } catch (ParseException e) {
      throw new IllegalArgumentException("malformed EWKB: " + e.getMessage(), e);
    }
  }

  /** Encodes {@code geometry} for {@code ST_GeomFromEWKB}; {@code null} stays {@code null}. */
  public static byte[] write(Geometry geometry) {
    if (geometry == null) {
      return null;
    }
    if (geometry.getSRID() == 0) {
      throw new IllegalArgumentException("geometry without SRID cannot be stored");
    }
    return new WKBWriter(2, true).write(geometry);
  }
}

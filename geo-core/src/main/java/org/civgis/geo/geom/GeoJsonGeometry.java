package org.civgis.geo.geom;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * GeoJSON geometry objects (RFC 7946) to JTS and back.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #read} parses one geometry object and gives it the SRID the caller names (GeoJSON
 *       has no CRS member; its coordinates are longitude, latitude).
 *   <li>{@link #write} writes coordinates with {@code decimals} fraction digits, polygon exteriors
 *       counter-clockwise (the right-hand rule of RFC 7946), and no {@code crs} member.
 * </ol>
 */
public final class GeoJsonGeometry {
  private GeoJsonGeometry() {}

  /** Parses a GeoJSON geometry object. */
  public static Geometry read(String geometryJson, int srid) throws ParseException {
    Geometry geometry =
        new GeoJsonReader(new GeometryFactory(new PrecisionModel(), srid)).read(geometryJson);
    geometry.setSRID(srid);
    return geometry;
  }

  /** Writes {@code geometry} as a GeoJSON geometry object. */
  public static String write(Geometry geometry, int decimals) {
    GeoJsonWriter writer = new GeoJsonWriter(decimals);
    writer.setEncodeCRS(false);
    writer.setForceCCW(true);
    return writer.write(geometry);
  }
}

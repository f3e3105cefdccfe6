package org.civgis.web.ogc;

import org.civgis.geo.crs.AxisOrder;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.crs.WebMercator;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The CRSs of OGC API – Features Part 2 this API offers, and the conversions between them and the
 * CRS of record (CGCS2000 longitude/latitude, SRID 4490).
 *
 * <p>Implementation note: EPSG:4490 and EPSG:4326 are written in their authority's axis order,
 * latitude first, as Part 2 requires; CRS84 is longitude first. CGCS2000 and WGS 84 are taken as
 * equal (they differ by centimetres).
 */
enum OgcCrs {
  CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", Srid.WGS84, false),
  EPSG_4490("http://www.opengis.net/def/crs/EPSG/0/4490", Srid.CGCS2000, true),
  EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", Srid.WGS84, true),
  EPSG_3857("http://www.opengis.net/def/crs/EPSG/0/3857", Srid.WEB_MERCATOR, false);

  private final String uri;
  private final int srid;
  private final boolean latitudeFirst;

  OgcCrs(String uri, int srid, boolean latitudeFirst) {
    this.uri = uri;
    this.srid = srid;
    this.latitudeFirst = latitudeFirst;
  }

  String uri() {
    return uri;
  }

  int srid() {
    return srid;
  }

  /** The CRS named by a parameter or header value; 400 naming {@code parameter} otherwise. */
  static OgcCrs parse(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return CRS84;
    }
    String v = value.trim();
    if (v.startsWith("<") && v.endsWith(">") || v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
    }
    for (OgcCrs crs : values()) {
      if (crs.uri.equals(v) || crs.uri.equals(v.replace("https://", "http://"))) {
        return crs;
      }
    }
    switch (v.toUpperCase(java.util.Locale.ROOT)) {
      case "EPSG:4490":
        return EPSG_4490;
      case "EPSG:4326":
        return EPSG_4326;
      case "EPSG:3857":
        return EPSG_3857;
      case "OGC:CRS84":
        return CRS84;
      default:
        throw new InvalidParameterException(
            parameter,
            "不支持的坐标参考系 \""
                + value
                + "\"；可用："
                + String.join(", ", java.util.Arrays.stream(values()).map(OgcCrs::uri).toList()));
    }
  }

  /** {@code lonLat} (SRID 4490) in this CRS and its axis order; a copy. */
  Geometry fromStorage(Geometry lonLat) {
    if (lonLat == null) {
      return null;
    }
    Geometry g = this == EPSG_3857 ? WebMercator.fromLonLat(lonLat) : lonLat.copy();
    if (latitudeFirst) {
      g = AxisOrder.swapped(g);
    }
    g.setSRID(srid);
    return g;
  }

  /** {@code geometry}, given in this CRS and its axis order, as CGCS2000 lon/lat; a copy. */
  Geometry toStorage(Geometry geometry) {
    Geometry g = latitudeFirst ? AxisOrder.swapped(geometry) : geometry.copy();
    if (this == EPSG_3857) {
      g = WebMercator.toLonLat(g, Srid.CGCS2000);
    }
    g.setSRID(Srid.CGCS2000);
    return g;
  }

  /** Four bbox numbers in this CRS's axis order as a lon/lat envelope. */
  Envelope bboxToStorage(double first, double second, double third, double fourth) {
    Envelope envelope =
        latitudeFirst
            ? new Envelope(second, fourth, first, third)
            : new Envelope(first, third, second, fourth);
    if (this == EPSG_3857) {
      Geometry corners =
          new GeometryFactory()
              .createMultiPointFromCoords(
                  new Coordinate[] {
                    new Coordinate(envelope.getMinX(), envelope.getMinY()),
                    new Coordinate(envelope.getMaxX(), envelope.getMaxY())
                  });
      return WebMercator.toLonLat(corners, Srid.CGCS2000).getEnvelopeInternal();
    }
    return envelope;
  }

  /** Whether the first axis of this CRS is latitude (EPSG:4490, EPSG:4326). */
  boolean latitudeFirst() {
    return latitudeFirst;
  }

  /** Whether bbox coordinates in this CRS are degrees (and so have degree ranges). */
  boolean isGeographic() {
    return this != EPSG_3857;
  }
}

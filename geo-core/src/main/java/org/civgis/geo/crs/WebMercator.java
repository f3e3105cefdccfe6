package org.civgis.geo.crs;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CoordinateReferenceSystem;

/**
 * Web Mercator (EPSG:3857) to and from longitude/latitude (CGCS2000 or WGS 84, taken as equal).
 *
 * <p>Contract: {@link #fromLonLat} returns metres with SRID 3857; {@link #toLonLat} returns degrees
 * with the SRID the caller names; inputs are not changed. Latitudes beyond ±85.05° have no Web
 * Mercator image.
 */
public final class WebMercator {
  private static final CoordinateReferenceSystem LON_LAT =
      Proj.crs("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
  private static final CoordinateReferenceSystem MERCATOR =
      Proj.crs(
          "EPSG:3857",
          "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m"
              + " +nadgrids=@null +no_defs");

  private WebMercator() {}

  public static Geometry fromLonLat(Geometry lonLat) {
    return Proj.transform(lonLat, LON_LAT, MERCATOR, Srid.WEB_MERCATOR);
  }

  public static Geometry toLonLat(Geometry mercator, int lonLatSrid) {
    return Proj.transform(mercator, MERCATOR, LON_LAT, lonLatSrid);
  }
}

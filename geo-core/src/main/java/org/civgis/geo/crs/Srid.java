package org.civgis.geo.crs;

/** The spatial reference identifiers (EPSG codes) the system uses by name. */
public final class Srid {
  /** CGCS2000 geographic longitude/latitude: the CRS of record for official data. */
  public static final int CGCS2000 = 4490;

  /** WGS 84 geographic longitude/latitude: GPS readings and GeoJSON exchange. */
  public static final int WGS84 = 4326;

  /** Web Mercator: web map display and vector tiles. */
  public static final int WEB_MERCATOR = 3857;

  private Srid() {}
}

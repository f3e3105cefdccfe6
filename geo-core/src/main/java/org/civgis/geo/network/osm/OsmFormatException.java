package org.civgis.geo.network.osm;

/** An OSM file that cannot be read: the message says where and why. */
public class OsmFormatException extends RuntimeException {
  public OsmFormatException(String message) {
    super(message);
  }

  public OsmFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.civgis.geo.topology;

import org.locationtech.jts.geom.MultiLineString;

/**
 * The edge two polygons of a coverage share.
 *
 * @param leftId the id of the polygon on the left of the line's direction (the smaller id)
 * @param rightId the id of the polygon on its right
 * @param geometry the shared linework, merged into maximal lines, CGCS2000 longitude/latitude
 */
public record SharedEdge(String leftId, String rightId, MultiLineString geometry) {

  /** The key of an unordered pair of ids: the smaller first. */
  public static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  public String pairKey() {
    return pairKey(leftId, rightId);
  }
}

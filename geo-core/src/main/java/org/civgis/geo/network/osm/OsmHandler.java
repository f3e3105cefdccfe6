package org.civgis.geo.network.osm;

import java.util.Map;

/** What a reader of an OSM file reports, in file order. Relations are not reported. */
public interface OsmHandler {
  /** A node with its position in degrees (WGS 84, taken as CGCS2000; see docs/adr/0002). */
  void node(long id, double lon, double lat);

  /** A way with its node references in order and its tags. */
  void way(long id, long[] nodeRefs, Map<String, String> tags);
}

package org.civgis.geo.topology;

import org.locationtech.jts.geom.Geometry;

/**
 * One polygon of a hierarchical coverage, e.g. a division.
 *
 * @param id unique among the units checked together (a division code)
 * @param parentId the id of the unit it lies in, or {@code null} (or an id not among the units) for
 *     a root
 * @param geometry Polygon or MultiPolygon in CGCS2000 longitude/latitude, or {@code null} when the
 *     unit is not drawn
 */
public record CoverageUnit(String id, String parentId, Geometry geometry) {
  public CoverageUnit {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("a coverage unit needs an id");
    }
  }

  public boolean isDrawn() {
    return geometry != null && !geometry.isEmpty();
  }
}

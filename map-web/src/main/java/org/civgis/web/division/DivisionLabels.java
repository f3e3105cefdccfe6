package org.civgis.web.division;

import java.util.List;

/**
 * What the map of divisions needs besides its tiles: each division's name, where to write it and
 * where it lies, without its geometry (a few kilobytes instead of the polygons' megabyte).
 *
 * @param divisions the divisions of the asked levels valid on the day, in code order
 */
record DivisionLabels(List<Label> divisions) {

  /**
   * @param code 12-digit code
   * @param name name valid on the day
   * @param level 1–5
   * @param parentCode the parent's code, {@code null} for a province
   * @param status {@code PUBLISHED}, or {@code DRAFT} (officers only)
   * @param labelPoint where the name is written, [lon, lat] (CGCS2000), as the OGC API's {@code
   *     labelPoint}; {@code null} without a geometry
   * @param bbox [min lon, min lat, max lon, max lat] of the geometry; {@code null} without one
   */
  record Label(
      String code,
      String name,
      int level,
      String parentCode,
      String status,
      List<Double> labelPoint,
      List<Double> bbox) {}
}

package org.civgis.geo.topology;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One topology finding.
 *
 * @param type what was found
 * @param severity how much it matters
 * @param subjects the ids of the features involved (division codes, line or marker ids), the
 *     feature the finding is mainly about first
 * @param geometry where, in CGCS2000 longitude/latitude (SRID 4490): the overlap or gap polygons,
 *     the point of an invalid geometry, the segment of the largest deviation
 * @param measure the area in square metres, the length or distance in metres, or a count, as {@link
 *     FindingType#unit()} says; {@code null} when there is nothing to measure
 * @param zoneEpsg the Gauss-Krüger zone the measure was taken in, or {@code null}
 * @param detail what exactly, in Chinese, for the report's table
 */
public record Finding(
    FindingType type,
    Severity severity,
    List<String> subjects,
    Geometry geometry,
    Double measure,
    Integer zoneEpsg,
    String detail) {

  public Finding {
    subjects = List.copyOf(subjects);
  }

  /** A finding with its type's default severity. */
  public static Finding of(
      FindingType type,
      List<String> subjects,
      Geometry geometry,
      Double measure,
      Integer zoneEpsg,
      String detail) {
    return new Finding(type, type.defaultSeverity(), subjects, geometry, measure, zoneEpsg, detail);
  }
}

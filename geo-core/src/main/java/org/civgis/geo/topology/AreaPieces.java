package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Turns the polygons an overlay produced (an overlap, a gap, a part outside the parent) into
 * findings, telling slivers from the rest by area and width in metres.
 *
 * <p>Contract: pieces of one group (one pair of siblings, one child) become at most two findings,
 * the large pieces and the slivers, each a MultiPolygon measured in the zone of its own envelope;
 * zero-area pieces are dropped. A group without a sliver type reports thin pieces under the main
 * type with severity WARNING.
 */
final class AreaPieces {
  private AreaPieces() {}

  /** Findings for the polygons of {@code overlay}, grouped as described. */
  static List<Finding> grouped(
      Geometry overlay,
      FindingType main,
      FindingType sliver,
      List<String> subjects,
      CheckTolerances tolerances) {
    List<Polygon> large = new ArrayList<>();
    List<Polygon> thin = new ArrayList<>();
    for (Polygon piece : polygons(overlay)) {
      ZoneMetrics metrics = ZoneMetrics.of(piece);
      double area = metrics.areaSquareMeters();
      if (area <= 0) {
        continue;
      }
      (isSliver(metrics, area, tolerances) ? thin : large).add(piece);
    }
    List<Finding> findings = new ArrayList<>();
    if (!large.isEmpty()) {
      findings.add(finding(large, main, main.defaultSeverity(), subjects, tolerances));
    }
    if (!thin.isEmpty()) {
      findings.add(
          sliver == null
              ? finding(thin, main, Severity.WARNING, subjects, tolerances)
              : finding(thin, sliver, sliver.defaultSeverity(), subjects, tolerances));
    }
    return findings;
  }

  /** One finding per polygon of {@code overlay}; {@code subjects} gives each piece's subjects. */
  static List<Finding> each(
      Geometry overlay,
      FindingType main,
      FindingType sliver,
      java.util.function.Function<Polygon, List<String>> subjects,
      CheckTolerances tolerances) {
    // the pieces are measured in parallel (inscribed circles); the findings keep their order
    List<List<Finding>> perPiece =
        polygons(overlay).parallelStream()
            .map(piece -> grouped(piece, main, sliver, subjects.apply(piece), tolerances))
            .toList();
    List<Finding> findings = new ArrayList<>();
    perPiece.forEach(findings::addAll);
    return findings;
  }

  private static boolean isSliver(ZoneMetrics metrics, double area, CheckTolerances tolerances) {
    if (area <= tolerances.sliverAreaSquareMeters()) {
      return true;
    }
    return metrics.isThinnerThan(tolerances.sliverWidthMeters());
  }

  private static Finding finding(
      List<Polygon> pieces,
      FindingType type,
      Severity severity,
      List<String> subjects,
      CheckTolerances tolerances) {
    Geometry group = pieces.get(0).getFactory().createMultiPolygon(pieces.toArray(Polygon[]::new));
    group.setSRID(Srid.CGCS2000);
    ZoneMetrics metrics = ZoneMetrics.of(group);
    double area = metrics.areaSquareMeters();
    double width = metrics.widthMeters(Math.max(tolerances.sliverWidthMeters() / 20, 0.01));
    String detail =
        String.format(
            Locale.ROOT,
            "%d 处，共 %s，最宽约 %s",
            pieces.size(),
            FindingType.MeasureUnit.SQUARE_METERS.format(area),
            FindingType.MeasureUnit.METERS.format(width));
    return new Finding(type, severity, subjects, group, area, metrics.zoneEpsg(), detail);
  }

  static List<Polygon> polygons(Geometry geometry) {
    List<Polygon> polygons = new ArrayList<>();
    if (geometry == null) {
      return polygons;
    }
    for (Object part : PolygonExtracter.getPolygons(geometry)) {
      Polygon polygon = (Polygon) part;
      if (!polygon.isEmpty()) {
        polygon.setSRID(Srid.CGCS2000);
        polygons.add(polygon);
      }
    }
    return polygons;
  }
}

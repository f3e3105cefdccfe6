package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Recorded boundary lines against the shared edges of the polygons on their two sides.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A line whose sides share no edge any more yields {@link FindingType#LINE_OFF_EDGE} without
 *       a measure.
 *   <li>Otherwise the Hausdorff distance between line and edge (JTS {@link
 *       DiscreteHausdorffDistance}, segments densified to a twentieth) is measured in metres in the
 *       zone of the line; over the tolerance it is a finding whose geometry is the segment between
 *       the two points of that distance.
 * </ol>
 */
public final class LineDeviationCheck {
  private static final double DENSIFY_FRACTION = 0.05;

  private LineDeviationCheck() {}

  public static List<Finding> check(
      List<RecordedLine> lines, Map<String, SharedEdge> edgesByPair, CheckTolerances tolerances) {
    List<Finding> findings = new ArrayList<>();
    for (RecordedLine line : lines) {
      SharedEdge edge = edgesByPair.get(SharedEdge.pairKey(line.sideA(), line.sideB()));
      List<String> subjects = List.of(line.id(), line.sideA(), line.sideB());
      if (edge == null || edge.geometry().isEmpty()) {
        findings.add(
            Finding.of(
                FindingType.LINE_OFF_EDGE, subjects, line.geometry(), null, null, "两侧区划已无公共边"));
        continue;
      }
      DiscreteHausdorffDistance degrees =
          new DiscreteHausdorffDistance(line.geometry(), edge.geometry());
      degrees.setDensifyFraction(DENSIFY_FRACTION);
      if (degrees.distance() * ZoneMetrics.MAX_METERS_PER_DEGREE
          <= tolerances.lineToleranceMeters()) {
        continue; // within tolerance in any zone: no need to project
      }
      GaussKrugerProjection zone = GaussKrugerProjection.forGeometry(line.geometry());
      DiscreteHausdorffDistance meters =
          new DiscreteHausdorffDistance(zone.toZone(line.geometry()), zone.toZone(edge.geometry()));
      meters.setDensifyFraction(DENSIFY_FRACTION);
      double distance = meters.distance();
      if (distance <= tolerances.lineToleranceMeters()) {
        continue;
      }
      Coordinate[] ends = meters.getCoordinates();
      LineString where =
          line.geometry()
              .getFactory()
              .createLineString(new Coordinate[] {ends[0].copy(), ends[1].copy()});
      where.setSRID(zone.zone().epsg());
      Geometry lonLat = zone.fromZone(where);
      lonLat.setSRID(Srid.CGCS2000);
      findings.add(
          Finding.of(
              FindingType.LINE_OFF_EDGE,
              subjects,
              lonLat,
              distance,
              zone.zone().epsg(),
              String.format(
                  Locale.ROOT,
                  "界线与公共边的最大偏差 %.1f 米，超过限差 %.1f 米",
                  distance,
                  tolerances.lineToleranceMeters())));
    }
    return findings;
  }
}

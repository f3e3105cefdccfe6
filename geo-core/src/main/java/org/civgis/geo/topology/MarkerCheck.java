package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.GaussKrugerZone;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Boundary markers against their lines, and their numbering.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A marker farther from its line than the tolerance (metres in the zone of the marker) is a
 *       {@link FindingType#MARKER_OFF_LINE} whose geometry is the segment to the nearest point of
 *       the line; a marker of an unknown line is one without a measure.
 *   <li>Per line, sequence numbers missing between 1 and the highest are one {@link
 *       FindingType#MARKER_NUMBER_GAP}; so is a double set without its A or B, or a triple set
 *       without its C, D or E.
 *   <li>Two markers with the same sequence and type code, or a single marker sharing its sequence
 *       with a set, are a {@link FindingType#MARKER_NUMBER_DUPLICATE}.
 * </ol>
 */
public final class MarkerCheck {
  private static final Set<String> DOUBLE = Set.of("A", "B");
  private static final Set<String> TRIPLE = Set.of("C", "D", "E");

  private MarkerCheck() {}

  public static List<Finding> check(
      List<RecordedMarker> markers, Map<String, Geometry> lines, CheckTolerances tolerances) {
    List<Finding> findings = new ArrayList<>();
    for (RecordedMarker marker : markers) {
      Finding off = offLine(marker, lines.get(marker.lineId()), tolerances);
      if (off != null) {
        findings.add(off);
      }
    }
    Map<String, List<RecordedMarker>> byLine = new LinkedHashMap<>();
    for (RecordedMarker marker : markers) {
      byLine.computeIfAbsent(marker.lineId(), k -> new ArrayList<>()).add(marker);
    }
    for (Map.Entry<String, List<RecordedMarker>> line : byLine.entrySet()) {
      findings.addAll(numbering(line.getKey(), line.getValue()));
    }
    return findings;
  }

  private static Finding offLine(RecordedMarker marker, Geometry line, CheckTolerances tolerances) {
    if (line == null || line.isEmpty()) {
      return Finding.of(
          FindingType.MARKER_OFF_LINE,
          List.of(marker.id(), marker.lineId()),
          marker.position(),
          null,
          null,
          "界桩 " + marker.number() + " 所属界线 " + marker.lineId() + " 不存在");
    }
    double degrees = line.distance(marker.position());
    if (degrees * ZoneMetrics.MAX_METERS_PER_DEGREE <= tolerances.markerToleranceMeters()) {
      return null;
    }
    Coordinate[] nearest = DistanceOp.nearestPoints(marker.position(), line);
    GeometryFactory factory = marker.position().getFactory();
    LineString segment = factory.createLineString(new Coordinate[] {nearest[0], nearest[1]});
    segment.setSRID(Srid.CGCS2000);
    GaussKrugerProjection zone =
        GaussKrugerProjection.of(GaussKrugerZone.forLongitude(marker.position().getX()));
    double meters = zone.toZone(segment).getLength();
    if (meters <= tolerances.markerToleranceMeters()) {
      return null;
    }
    return Finding.of(
        FindingType.MARKER_OFF_LINE,
        List.of(marker.id(), marker.lineId()),
        segment,
        meters,
        zone.zone().epsg(),
        String.format(
            Locale.ROOT,
            "界桩 %s 距界线 %s，超过限差 %s",
            marker.number(),
            FindingType.MeasureUnit.METERS.format(meters),
            FindingType.MeasureUnit.METERS.format(tolerances.markerToleranceMeters())));
  }

  private static List<Finding> numbering(String lineId, List<RecordedMarker> markers) {
    TreeMap<Integer, List<RecordedMarker>> bySequence = new TreeMap<>();
    for (RecordedMarker marker : markers) {
      bySequence.computeIfAbsent(marker.sequence(), k -> new ArrayList<>()).add(marker);
    }
    List<Finding> findings = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    List<RecordedMarker> aroundMissing = new ArrayList<>();
    int expected = 1;
    for (Map.Entry<Integer, List<RecordedMarker>> entry : bySequence.entrySet()) {
      if (entry.getKey() > expected) {
        for (int s = expected; s < entry.getKey(); s++) {
          missing.add(s);
        }
        if (bySequence.lowerEntry(entry.getKey()) != null) {
          aroundMissing.add(bySequence.lowerEntry(entry.getKey()).getValue().get(0));
        }
        aroundMissing.add(entry.getValue().get(0));
      }
      expected = entry.getKey() + 1;
      findings.addAll(sameNumber(lineId, entry.getKey(), entry.getValue()));
    }
    if (!missing.isEmpty()) {
      findings.add(
          Finding.of(
              FindingType.MARKER_NUMBER_GAP,
              ids(lineId, aroundMissing),
              points(aroundMissing),
              (double) missing.size(),
              null,
              "界线 " + lineId + " 缺少序号 " + joined(missing)));
    }
    return findings;
  }

  /** The markers sharing one sequence number: duplicates and incomplete sets. */
  private static List<Finding> sameNumber(
      String lineId, int sequence, List<RecordedMarker> markers) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<RecordedMarker>> byType = new TreeMap<>();
    for (RecordedMarker marker : markers) {
      byType.computeIfAbsent(marker.typeCode(), k -> new ArrayList<>()).add(marker);
    }
    for (Map.Entry<String, List<RecordedMarker>> type : byType.entrySet()) {
      if (type.getValue().size() > 1) {
        findings.add(
            duplicate(lineId, type.getValue(), "编号 " + type.getValue().get(0).number() + " 重复"));
      }
    }
    boolean single = byType.containsKey("") || byType.containsKey("Q");
    boolean set = byType.keySet().stream().anyMatch(t -> DOUBLE.contains(t) || TRIPLE.contains(t));
    if (single && set) {
      findings.add(duplicate(lineId, markers, "序号 " + sequence + " 既有单立界桩又有同号界桩"));
    }
    for (Set<String> kind : List.of(DOUBLE, TRIPLE)) {
      List<String> present = byType.keySet().stream().filter(kind::contains).toList();
      if (!present.isEmpty() && present.size() < kind.size()) {
        List<String> absent = kind.stream().filter(t -> !present.contains(t)).sorted().toList();
        findings.add(
            Finding.of(
                FindingType.MARKER_NUMBER_GAP,
                ids(lineId, markers),
                points(markers),
                (double) absent.size(),
                null,
                (kind == DOUBLE ? "同号双立" : "同号三立")
                    + "界桩序号 "
                    + sequence
                    + " 缺少 "
                    + String.join("、", absent)));
      }
    }
    return findings;
  }

  private static Finding duplicate(String lineId, List<RecordedMarker> markers, String detail) {
    return Finding.of(
        FindingType.MARKER_NUMBER_DUPLICATE,
        ids(lineId, markers),
        points(markers),
        (double) markers.size(),
        null,
        detail);
  }

  private static List<String> ids(String lineId, List<RecordedMarker> markers) {
    List<String> ids = new ArrayList<>();
    markers.forEach(m -> ids.add(m.id()));
    ids.add(lineId);
    return ids;
  }

  private static Geometry points(List<RecordedMarker> markers) {
    GeometryFactory factory = markers.get(0).position().getFactory();
    Geometry multi =
        factory.createMultiPoint(
            markers.stream().map(RecordedMarker::position).toArray(Point[]::new));
    multi.setSRID(Srid.CGCS2000);
    return multi;
  }

  private static String joined(List<Integer> numbers) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < numbers.size() && i < 20; i++) {
      text.append(i == 0 ? "" : "、").append(String.format(Locale.ROOT, "%03d", numbers.get(i)));
    }
    return numbers.size() > 20 ? text + " 等 " + numbers.size() + " 个" : text.toString();
  }
}

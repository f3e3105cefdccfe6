package org.civgis.data.changji;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.civgis.boundary.boundary.BoundaryAgreement;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.LineDerivation;
import org.civgis.boundary.boundary.LineOrigin;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.Landmark;
import org.civgis.boundary.marker.MarkerCondition;
import org.civgis.boundary.marker.MarkerForm;
import org.civgis.boundary.marker.MarkerNumber;
import org.civgis.boundary.marker.MarkerValidation;
import org.civgis.geo.crs.GaussKrugerZone;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.MetricMeasure;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The demo boundary lines and markers of the prefecture.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The lines are derived from the county polygons valid on the 2023 vintage ({@link
 *       LineDerivation}, scope the prefecture): the county-level lines inside it and the
 *       prefecture-level lines with its neighbouring units. They are valid since before our records
 *       and cite a placeholder agreement each, titled as such: no agreement is in an open source.
 *   <li>The markers are generated: spaced evenly along each line (about every 15 km, at least 3 per
 *       line), every fourth number a double pair (A and B 20 m apart on the line), with generated
 *       landmarks and conditions, marked {@code generated}. They lie exactly on their lines and are
 *       numbered without gaps, so a check of the demo finds none of their kind. Seeded by the line
 *       code: the same every time.
 * </ol>
 */
public final class ChangjiBoundaries {
  /** The source of the demo lines, agreements and markers; a reload replaces exactly them. */
  public static final String SOURCE = "demo-boundaries";

  private static final double SPACING_METERS = 15_000;
  private static final String[] LANDMARKS = {
    "输电线塔", "独立树", "道路交叉口", "水井", "牧道桥", "山顶三角点", "渠首闸", "护林站", "里程碑", "通信塔"
  };

  private ChangjiBoundaries() {}

  /** The derived lines of the prefecture as of the 2023 vintage, with their agreement's code. */
  public static List<LineDerivation.DerivedLine> derivedLines(ChangjiDataset dataset) {
    List<Division> valid =
        dataset.divisions().stream()
            .filter(d -> d.isValidOn(ChangjiDataset.VINTAGE_2023))
            .filter(d -> d.level().number() <= DivisionLevel.COUNTY.number())
            .toList();
    Division prefecture =
        valid.stream()
            .filter(d -> d.code().equals(ChangjiDataset.PREFECTURE_CODE))
            .findFirst()
            .orElseThrow();
    return LineDerivation.derive(valid, prefecture);
  }

  /** The placeholder agreement of a derived line. */
  public static BoundaryAgreement agreement(
      LineDerivation.DerivedLine line, Map<String, String> names) {
    return new BoundaryAgreement(
        0,
        "示意-" + line.lineCode(),
        names.get(line.leftCode()) + "与" + names.get(line.rightCode()) + "行政区域界线协议书（示意记录，非真实文书）",
        null,
        List.of(line.leftCode(), line.rightCode()),
        "演示数据：开放数据中没有界线协议书，此记录只为演示界线引用协议书",
        SOURCE);
  }

  /** The line to store for a derived line citing {@code agreementId}. */
  public static BoundaryLine line(LineDerivation.DerivedLine line, long agreementId) {
    return new BoundaryLine(
        0,
        1,
        line.lineCode(),
        line.level(),
        line.leftCode(),
        line.rightCode(),
        agreementId,
        line.geometry(),
        LineOrigin.DERIVED,
        null,
        null,
        RecordStatus.PUBLISHED,
        null,
        SOURCE);
  }

  /** The generated markers of a line; see the class contract. */
  public static List<BoundaryMarker> markers(BoundaryLine line) {
    SplittableRandom random = new SplittableRandom(line.lineCode().hashCode());
    double lengthMeters = MetricMeasure.of(line.geometry()).lengthMeters();
    int count = Math.max(3, (int) Math.round(lengthMeters / SPACING_METERS));
    // the parts end to end, measured in degrees along the line: positions lie exactly on it
    List<LineString> parts = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < line.geometry().getNumGeometries(); i++) {
      LineString part = (LineString) line.geometry().getGeometryN(i);
      parts.add(part);
      total += part.getLength();
    }
    List<BoundaryMarker> markers = new ArrayList<>();
    for (int sequence = 1; sequence <= count; sequence++) {
      double at = total * (sequence - 0.5) / count;
      boolean pair = sequence % 4 == 0;
      if (pair) {
        double step = 20.0 / lengthMeters * total;
        markers.add(
            marker(line, sequence, "A", MarkerForm.DOUBLE, pointAt(parts, at - step / 2), random));
        markers.add(
            marker(line, sequence, "B", MarkerForm.DOUBLE, pointAt(parts, at + step / 2), random));
      } else {
        markers.add(marker(line, sequence, "", MarkerForm.SINGLE, pointAt(parts, at), random));
      }
    }
    return markers;
  }

  private static Point pointAt(List<LineString> parts, double degreesAlong) {
    double left = degreesAlong;
    for (LineString part : parts) {
      if (left <= part.getLength()) {
        Coordinate c = new LengthIndexedLine(part).extractPoint(left);
        Point p = part.getFactory().createPoint(new Coordinate(c.x, c.y));
        p.setSRID(Srid.CGCS2000);
        return p;
      }
      left -= part.getLength();
    }
    LineString last = parts.get(parts.size() - 1);
    Point p = last.getEndPoint();
    p.setSRID(Srid.CGCS2000);
    return p;
  }

  private static BoundaryMarker marker(
      BoundaryLine line,
      int sequence,
      String typeCode,
      MarkerForm form,
      Point position,
      SplittableRandom random) {
    GaussKrugerZone zone = GaussKrugerZone.forLongitude(position.getX());
    Coordinate gk = MarkerValidation.project(position, zone);
    List<Landmark> landmarks = new ArrayList<>();
    int first = random.nextInt(LANDMARKS.length);
    for (int i = 0; i < 3; i++) {
      landmarks.add(
          new Landmark(
              LANDMARKS[(first + i * 3) % LANDMARKS.length],
              Math.round(random.nextDouble(0, 360) * 10) / 10.0 % 360,
              Math.round(random.nextDouble(30, 800))));
    }
    double roll = random.nextDouble();
    MarkerCondition condition =
        roll < 0.85
            ? MarkerCondition.INTACT
            : roll < 0.93
                ? MarkerCondition.DAMAGED
                : roll < 0.97 ? MarkerCondition.DISPLACED : MarkerCondition.MISSING;
    return new BoundaryMarker(
        0,
        1,
        new MarkerNumber(line.lineCode(), sequence, typeCode).toString(),
        line.lineCode(),
        sequence,
        typeCode,
        form,
        form == MarkerForm.SINGLE ? 2 : 1,
        random.nextBoolean() ? "花岗岩" : "钢筋混凝土",
        position,
        Math.round(gk.y * 1000) / 1000.0,
        Math.round(gk.x * 1000) / 1000.0,
        zone.epsg(),
        null,
        "生成（演示数据，非实测）",
        null,
        line.agreementId(),
        condition,
        null,
        RecordStatus.PUBLISHED,
        null,
        true,
        SOURCE,
        landmarks);
  }

  /** The day the demo condition of every marker is recorded as observed. */
  public static final LocalDate CONDITION_OBSERVED = LocalDate.of(2021, 9, 15);

  /** Division names by code, valid on the 2023 vintage. */
  public static Map<String, String> names(ChangjiDataset dataset) {
    return dataset.divisions().stream()
        .filter(d -> d.isValidOn(ChangjiDataset.VINTAGE_2023))
        .collect(Collectors.toMap(Division::code, Division::name, (a, b) -> a));
  }
}

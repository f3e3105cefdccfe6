package org.civgis.data.changji;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.InspectionTask;
import org.civgis.boundary.inspection.MarkerDeviation;
import org.civgis.boundary.inspection.MarkerRecord;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.boundary.inspection.RoundStatus;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerCondition;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.GaussKrugerZone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The demo inspection round: 第四轮联检 of the 奇台县—木垒县 line, generated.
 *
 * <ol>
 *   <li>Led by 奇台县 with 木垒县 assisting, planned for May–June 2026, tolerance 0.5 m; it works from
 *       the line's (placeholder) agreement and the marker register. Its tasks are those of the
 *       line's markers and segments.
 *   <li>It stands in field work with generated records of the line's first three markers: the first
 *       measured 0.30 m north of its record (intact), the second 1.20 m east (displaced: a
 *       deviation finding), the third missing. Record ids are derived from the marker numbers, so a
 *       reload gives the same ids.
 *   <li>Everything is marked generated: the round did not happen.
 * </ol>
 */
public final class ChangjiInspection {
  /** The source of the demo round; a reload replaces exactly it. */
  public static final String SOURCE = "demo-inspection";

  /** The line of the demo round: 奇台县—木垒县. */
  public static final String LINE = "652325652328";

  static final String QITAI = "652325000000";
  static final String MULEI = "652328000000";
  private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4490);

  private ChangjiInspection() {}

  /** The round as planned (before its tasks). */
  public static InspectionRound round() {
    return new InspectionRound(
        0,
        1,
        "第四轮联检 奇台县—木垒县界线（演示）",
        4,
        QITAI,
        MULEI,
        LocalDate.of(2026, 5, 10),
        LocalDate.of(2026, 6, 30),
        0.5,
        null,
        RoundStatus.PLANNING,
        null,
        "演示数据：生成的联检轮次，并未实际进行",
        true,
        SOURCE,
        "demo",
        List.of(LINE),
        List.of(
            new InspectionRound.Participant("qitai.inspector", QITAI, "外业组长"),
            new InspectionRound.Participant("mulei.inspector", MULEI, "外业组员")),
        List.of(
            new InspectionRound.RoundDocument(
                "AGREEMENT", "奇台县与木垒哈萨克自治县行政区域界线协议书（占位）", "demo-agreement-" + LINE),
            new InspectionRound.RoundDocument("MARKER_REGISTER", "奇台县—木垒县界桩登记表", null),
            new InspectionRound.RoundDocument("EARLIER_REPORT", "第三轮联检报告（2021 年）", null)));
  }

  /**
   * Plans the demo round with {@code service}, moves it to field work and stores its generated
   * records; returns the round's id.
   */
  public static long load(
      InspectionService service, RoundRepository rounds, MarkerRepository markers) {
    InspectionRound round = service.plan(round());
    service.advance(round.id(), round.revision(), RoundStatus.DESK_CHECK);
    service.advance(round.id(), round.revision() + 1, RoundStatus.FIELDWORK);
    List<InspectionTask> markerTasks =
        rounds.tasks(round.id()).stream().filter(t -> t.kind().equals("MARKER")).limit(3).toList();
    double[][] offsets = {{0.30, 0}, {0, 1.20}};
    MarkerCondition[] conditions = {
      MarkerCondition.INTACT, MarkerCondition.DISPLACED, MarkerCondition.MISSING
    };
    for (int i = 0; i < markerTasks.size(); i++) {
      InspectionTask task = markerTasks.get(i);
      BoundaryMarker marker = markers.findById(task.markerId(), true).orElseThrow();
      Point measured = i < offsets.length ? offset(marker, offsets[i][0], offsets[i][1]) : null;
      service.recordMarker(
          new MarkerRecord(
              UUID.nameUUIDFromBytes(
                  (SOURCE + ":" + marker.number()).getBytes(StandardCharsets.UTF_8)),
              round.id(),
              task.id(),
              marker.id(),
              "奇台县外业组（演示）",
              conditions[i],
              i != 2,
              measured,
              measured == null ? null : 0.02,
              measured == null ? null : 10,
              "演示数据：生成的外业记录",
              Instant.parse("2026-05-20T04:00:00Z").plusSeconds(3600L * i),
              "qitai.inspector",
              null,
              null,
              false,
              null));
    }
    return round.id();
  }

  /** The point {@code northMeters}/{@code eastMeters} from the marker's Gauss-Krüger record. */
  public static Point offset(BoundaryMarker marker, double northMeters, double eastMeters) {
    GaussKrugerZone zone = MarkerDeviation.zoneOf(marker.gkZoneEpsg());
    Point gk =
        new GeometryFactory(new PrecisionModel(), zone.epsg())
            .createPoint(
                new Coordinate(marker.gkYMeters() + eastMeters, marker.gkXMeters() + northMeters));
    Point lonLat = (Point) GaussKrugerProjection.of(zone).fromZone(gk);
    return LON_LAT.createPoint(lonLat.getCoordinate());
  }
}

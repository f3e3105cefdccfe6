package org.civgis.boundary.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.GaussKrugerZone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * What is wrong with a marker's record, field by field, in Chinese.
 *
 * <p>Contract: a marker passes when its number parses and agrees with its line code, sequence and
 * type code; its type code fits its form; it has 1–3 faces; at least three landmarks, each named,
 * with a bearing in [0, 360) and a positive distance; a zone equal to that of its longitude; and
 * Gauss-Krüger x/y within {@value #GK_TOLERANCE_METERS} m of its projected position.
 */
public final class MarkerValidation {
  /** How far the recorded Gauss-Krüger coordinates may be from the projected position. */
  public static final double GK_TOLERANCE_METERS = 1.0;

  public static final int MIN_LANDMARKS = 3;

  private MarkerValidation() {}

  /** One problem: the field (as the API names it) and the reason. */
  public record Problem(String field, String reason) {}

  public static List<Problem> problems(BoundaryMarker marker) {
    List<Problem> problems = new ArrayList<>();
    MarkerNumber number = MarkerNumber.parse(marker.number()).orElse(null);
    if (number == null) {
      problems.add(new Problem("number", "界桩编号须为“界线编码-序号类型码”，例如 652301652323-003A"));
    } else if (!number.lineCode().equals(marker.lineCode())
        || number.sequence() != marker.sequence()
        || !number.typeCode().equals(marker.typeCode())) {
      problems.add(new Problem("number", "界桩编号与所属界线、序号或类型码不一致"));
    }
    if (!marker.form().typeCodes().contains(marker.typeCode())) {
      problems.add(
          new Problem(
              "typeCode",
              marker.form().chineseName()
                  + "界桩的类型码须为 "
                  + String.join(
                      "、",
                      marker.form().typeCodes().stream()
                          .map(t -> t.isEmpty() ? "（空）" : t)
                          .sorted()
                          .toList())));
    }
    if (marker.faces() < 1 || marker.faces() > 3) {
      problems.add(new Problem("faces", "界桩面数须为 1 到 3"));
    }
    if (marker.landmarks().size() < MIN_LANDMARKS) {
      problems.add(new Problem("landmarks", "至少须有 3 个方位物，现有 " + marker.landmarks().size() + " 个"));
    }
    for (int i = 0; i < marker.landmarks().size(); i++) {
      Landmark landmark = marker.landmarks().get(i);
      String field = "landmarks[" + i + "]";
      if (landmark.name() == null || landmark.name().isBlank()) {
        problems.add(new Problem(field + ".name", "方位物须有名称"));
      }
      if (!(landmark.bearingDegrees() >= 0 && landmark.bearingDegrees() < 360)) {
        problems.add(new Problem(field + ".bearingDegrees", "方位角须在 0 到 360 度之间（不含 360）"));
      }
      if (!(landmark.distanceMeters() > 0) || Double.isInfinite(landmark.distanceMeters())) {
        problems.add(new Problem(field + ".distanceMeters", "距离须为正数（米）"));
      }
    }
    if (marker.accuracyMeters() != null && !(marker.accuracyMeters() >= 0)) {
      problems.add(new Problem("accuracyMeters", "精度须为非负数（米）"));
    }
    problems.addAll(gaussKruger(marker));
    return problems;
  }

  private static List<Problem> gaussKruger(BoundaryMarker marker) {
    List<Problem> problems = new ArrayList<>();
    GaussKrugerZone zone = GaussKrugerZone.forLongitude(marker.position().getX());
    if (marker.gkZoneEpsg() != zone.epsg()) {
      problems.add(
          new Problem(
              "gkZoneEpsg",
              "经度 "
                  + marker.position().getX()
                  + " 位于 EPSG:"
                  + zone.epsg()
                  + "（中央子午线 "
                  + zone.centralMeridianDegrees()
                  + "°E）带内，不是 EPSG:"
                  + marker.gkZoneEpsg()));
      return problems;
    }
    Coordinate projected = project(marker.position(), zone);
    double dx = marker.gkXMeters() - projected.y;
    double dy = marker.gkYMeters() - projected.x;
    double off = Math.hypot(dx, dy);
    if (off > GK_TOLERANCE_METERS) {
      problems.add(
          new Problem(
              "gkXMeters",
              String.format(
                  Locale.ROOT,
                  "高斯-克吕格坐标与经纬度不符：相差 %.2f 米（按经纬度应为 X=%.3f、Y=%.3f）",
                  off,
                  projected.y,
                  projected.x)));
    }
    return problems;
  }

  /** The Gauss-Krüger position of {@code lonLat} in {@code zone}: x easting, y northing. */
  public static Coordinate project(Point lonLat, GaussKrugerZone zone) {
    return GaussKrugerProjection.of(zone).toZone(lonLat).getCoordinate();
  }
}

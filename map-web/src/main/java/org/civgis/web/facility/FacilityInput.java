package org.civgis.web.facility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.gazetteer.facility.FacilityOperator;
import org.civgis.gazetteer.facility.FacilityStatus;
import org.civgis.gazetteer.facility.FacilityType;
import org.civgis.geo.crs.Srid;
import org.civgis.web.problem.InvalidFeatureException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Reads the properties of a facility feature sent by a client; each refusal names the property. The
 * division code may be left out: the service takes it from the position.
 */
final class FacilityInput {
  static final Set<String> WRITABLE =
      Set.of(
          "name",
          "type",
          "address",
          "capacity",
          "beds",
          "nursingBeds",
          "operator",
          "openedOn",
          "status",
          "divisionCode");

  /** Written by the API; a client may send them back, they are not input. */
  static final Set<String> DERIVED =
      Set.of("typeName", "operatorName", "statusName", "pointGenerated", "source");

  private FacilityInput() {}

  static Facility read(Map<String, Object> p, Geometry geometry, String source) {
    for (String key : p.keySet()) {
      if (!WRITABLE.contains(key) && !DERIVED.contains(key)) {
        throw new InvalidFeatureException(
            "properties." + key, "未知属性；可写属性：" + String.join(", ", WRITABLE));
      }
    }
    if (!(geometry instanceof Point point)) {
      throw new InvalidFeatureException("geometry", "设施的位置须为点（Point）");
    }
    point = (Point) point.copy();
    point.setSRID(Srid.CGCS2000);
    String name = text(p, "name", 100);
    if (name == null) {
      throw new InvalidFeatureException("properties.name", "名称不能为空");
    }
    String type = text(p, "type", 60);
    // the longest code, PUBLIC_BUILT_PRIVATELY_RUN, is what the API writes and a client sends back
    String operator = text(p, "operator", 40);
    String status = text(p, "status", 20);
    return new Facility(
        0,
        0,
        name,
        FacilityType.parse(type)
            .orElseThrow(
                () ->
                    new InvalidFeatureException(
                        "properties.type",
                        (type == null ? "须给出设施类型" : "未知设施类型「" + type + "」")
                            + "，可选："
                            + Arrays.toString(FacilityType.values()))),
        text(p, "address", 200),
        integer(p, "capacity"),
        integer(p, "beds"),
        integer(p, "nursingBeds"),
        FacilityOperator.parse(operator)
            .orElseThrow(
                () ->
                    new InvalidFeatureException(
                        "properties.operator",
                        (operator == null ? "须给出运营方式" : "未知运营方式「" + operator + "」")
                            + "，可选：公办、民办、公建民营")),
        date(p, "openedOn"),
        status == null
            ? FacilityStatus.OPERATING
            : FacilityStatus.parse(status)
                .orElseThrow(
                    () ->
                        new InvalidFeatureException(
                            "properties.status", "未知状态「" + status + "」，可选：规划、在建、运营、暂停、停办")),
        text(p, "divisionCode", 12),
        point,
        false,
        source);
  }

  private static String text(Map<String, Object> p, String key, int maxChars) {
    Object value = p.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new InvalidFeatureException("properties." + key, "须为文本");
    }
    String t = s.strip();
    if (t.length() > maxChars) {
      throw new InvalidFeatureException("properties." + key, "不能超过 " + maxChars + " 个字符");
    }
    return t.isEmpty() ? null : t;
  }

  private static Integer integer(Map<String, Object> p, String key) {
    Object value = p.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      if (Math.abs(n.doubleValue()) > 1_000_000) {
        throw new InvalidFeatureException("properties." + key, "数值过大");
      }
      return n.intValue();
    }
    throw new InvalidFeatureException("properties." + key, "须为整数");
  }

  private static LocalDate date(Map<String, Object> p, String key) {
    String value = text(p, key, 10);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidFeatureException("properties." + key, "须为日期 YYYY-MM-DD，而非「" + value + "」");
    }
  }
}

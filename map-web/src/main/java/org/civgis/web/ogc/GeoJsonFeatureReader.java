package org.civgis.web.ogc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.geo.geom.LonLatCheck;
import org.civgis.web.problem.InvalidFeatureException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON Feature from a request body and checks it, naming the place of each problem as a
 * JSON path ({@code geometry.coordinates[0][3]}, {@code properties}).
 *
 * <p>Contract: the result's geometry is valid (JTS {@code IsValidOp}), of an accepted type, in
 * CGCS2000 lon/lat, with every position inside China; a position that would be there with its axes
 * swapped is reported as swapped.
 */
final class GeoJsonFeatureReader {
  private static final TypeReference<LinkedHashMap<String, Object>> PROPERTIES =
      new TypeReference<>() {};

  private GeoJsonFeatureReader() {}

  static FeatureInput read(byte[] body, Set<String> geometryTypes, OgcCrs crs, JsonMapper json) {
    JsonNode root = parse(body, json);
    if (!root.isObject() || !"Feature".equals(root.path("type").asString(null))) {
      throw new InvalidFeatureException("type", "请求体须为 GeoJSON Feature（\"type\": \"Feature\"）");
    }
    JsonNode propertiesNode = root.path("properties");
    Map<String, Object> properties = new LinkedHashMap<>();
    if (propertiesNode.isObject()) {
      properties = json.treeToValue(propertiesNode, PROPERTIES);
    } else if (!propertiesNode.isMissingNode() && !propertiesNode.isNull()) {
      throw new InvalidFeatureException("properties", "须为 JSON 对象");
    }
    JsonNode geometryNode = root.path("geometry");
    Geometry geometry = null;
    if (!geometryNode.isMissingNode() && !geometryNode.isNull()) {
      geometry = geometry(geometryNode, geometryTypes, crs);
    }
    return new FeatureInput(geometry, properties);
  }

  /** Reads a body that is any JSON object (a merge patch). */
  static JsonNode parse(byte[] body, JsonMapper json) {
    if (body == null || body.length == 0) {
      throw new InvalidFeatureException("body", "请求体为空");
    }
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new InvalidFeatureException(
          "body",
          "不是合法的 JSON"
              + (at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）")
              + "："
              + e.getOriginalMessage());
    }
  }

  static Geometry geometry(JsonNode node, Set<String> geometryTypes, OgcCrs crs) {
    String type = node.path("type").asString(null);
    if (type == null || !geometryTypes.contains(type)) {
      throw new InvalidFeatureException(
          "geometry.type", "几何类型须为 " + String.join("、", geometryTypes) + "，收到 " + type);
    }
    JsonNode coordinates = node.path("coordinates");
    String path = "geometry.coordinates";
    switch (type) {
      case "Point" -> position(coordinates, path, crs);
      case "LineString" -> line(coordinates, path, crs, 2);
      case "Polygon" -> polygon(coordinates, path, crs);
      case "MultiPoint" -> each(coordinates, path, (c, p) -> position(c, p, crs));
      case "MultiLineString" -> each(coordinates, path, (c, p) -> line(c, p, crs, 2));
      case "MultiPolygon" -> each(coordinates, path, (c, p) -> polygon(c, p, crs));
      default -> throw new InvalidFeatureException("geometry.type", "不支持几何类型 " + type);
    }
    Geometry geometry;
    try {
      geometry = crs.toStorage(GeoJsonGeometry.read(node.toString(), crs.srid()));
    } catch (ParseException | RuntimeException e) {
      throw new InvalidFeatureException("geometry", "无法读取几何：" + e.getMessage());
    }
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error != null) {
      Coordinate at = error.getCoordinate();
      throw new InvalidFeatureException(
          "geometry",
          "几何无效："
              + error.getMessage()
              + (at == null ? "" : "，位置 (" + at.x + " " + at.y + ")（经度 纬度）"));
    }
    return geometry;
  }

  private interface Part {
    void check(JsonNode node, String path);
  }

  private static void each(JsonNode array, String path, Part part) {
    if (!array.isArray() || array.isEmpty()) {
      throw new InvalidFeatureException(path, "须为非空数组");
    }
    for (int i = 0; i < array.size(); i++) {
      part.check(array.get(i), path + "[" + i + "]");
    }
  }

  private static void polygon(JsonNode rings, String path, OgcCrs crs) {
    each(
        rings,
        path,
        (ring, ringPath) -> {
          line(ring, ringPath, crs, 4);
          JsonNode first = ring.get(0);
          JsonNode last = ring.get(ring.size() - 1);
          if (first.get(0).asDouble() != last.get(0).asDouble()
              || first.get(1).asDouble() != last.get(1).asDouble()) {
            throw new InvalidFeatureException(
                ringPath + "[" + (ring.size() - 1) + "]", "多边形的环未闭合：最后一点须与第一点相同");
          }
        });
  }

  private static void line(JsonNode positions, String path, OgcCrs crs, int minPositions) {
    if (!positions.isArray() || positions.size() < minPositions) {
      throw new InvalidFeatureException(path, "至少须有 " + minPositions + " 个坐标点");
    }
    for (int i = 0; i < positions.size(); i++) {
      position(positions.get(i), path + "[" + i + "]", crs);
    }
  }

  private static void position(JsonNode position, String path, OgcCrs crs) {
    if (!position.isArray() || position.size() < 2 || position.size() > 3) {
      throw new InvalidFeatureException(path, "坐标须为 2 或 3 个数的数组");
    }
    for (JsonNode n : position) {
      if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
        throw new InvalidFeatureException(path, "坐标须为有限的数");
      }
    }
    if (!crs.isGeographic()) {
      return;
    }
    double a = position.get(0).asDouble();
    double b = position.get(1).asDouble();
    Coordinate lonLat =
        crs == OgcCrs.CRS84 ? new Coordinate(a, b) : new Coordinate(b, a); // EPSG: lat first
    if (LonLatCheck.problem(lonLat).isPresent()) {
      String shown = "(" + a + ", " + b + ")";
      throw new InvalidFeatureException(
          path,
          LonLatCheck.looksSwapped(lonLat)
              ? "坐标 " + shown + " 的经度和纬度似乎写反了（" + crs.uri() + " 的轴顺序）"
              : "坐标 " + shown + " 不在中国范围内（经度 73.5–136.5，纬度 3–54）");
    }
  }
}

package org.civgis.boundary.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the GeoJSON file {@link Ogr#toLonLat} writes: features in EPSG:4490, lon/lat. */
final class StagedGeoJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StagedGeoJson() {}

  /**
   * One feature: its properties, its geometry ({@code null} when it has none or it cannot be
   * parsed) and why it could not be parsed.
   */
  record Feature(Map<String, Object> properties, Geometry geometry, String geometryProblem) {}

  /** The properties of a staged feature as stored (a JSON object of values). */
  static Map<String, Object> properties(String json) {
    Map<String, Object> properties = new LinkedHashMap<>();
    JsonNode node = JSON.readTree(json);
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode v = e.getValue();
      properties.put(e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
    }
    return properties;
  }

  static List<Feature> read(Path file) {
    JsonNode root = JSON.readTree(file.toFile());
    List<Feature> features = new ArrayList<>();
    for (JsonNode feature : root.path("features")) {
      Map<String, Object> properties = new LinkedHashMap<>();
      JsonNode props = feature.path("properties");
      if (props.isObject()) {
        for (Map.Entry<String, JsonNode> e : props.properties()) {
          JsonNode v = e.getValue();
          properties.put(
              e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
        }
      }
      JsonNode geometry = feature.path("geometry");
      if (geometry.isMissingNode() || geometry.isNull()) {
        features.add(new Feature(properties, null, null));
        continue;
      }
      try {
        features.add(
            new Feature(
                properties, GeoJsonGeometry.read(geometry.toString(), Srid.CGCS2000), null));
      } catch (ParseException | RuntimeException e) {
        features.add(new Feature(properties, null, "几何无法解析：" + e.getMessage()));
      }
    }
    return features;
  }
}

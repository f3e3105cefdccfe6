package org.civgis.data.changji;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.geo.geom.LonLatCheck;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county polygons, {@code counties_wgs84.geojson}: a FeatureCollection of Polygons or
 * MultiPolygons in WGS 84 longitude/latitude with the properties {@code code} (6 digits), {@code
 * current_name}, {@code prefecture_code}, {@code prefecture_name} and {@code in_changji}.
 *
 * <p>The polygons are taken as CGCS2000 without a datum shift (the two differ by centimetres).
 */
final class CountyGeoJson {
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
  private static final Set<String> ACCEPTED_CRS =
      Set.of(
          "urn:ogc:def:crs:OGC:1.3:CRS84",
          "urn:ogc:def:crs:EPSG::4326",
          "urn:ogc:def:crs:EPSG::4490",
          "EPSG:4326",
          "EPSG:4490",
          "http://www.opengis.net/def/crs/OGC/1.3/CRS84");

  private CountyGeoJson() {}

  /** One county: 12-digit codes; the geometry is a valid MultiPolygon with SRID 4490. */
  record Feature(
      int number,
      String code,
      String name,
      String prefectureCode,
      String prefectureName,
      boolean inChangji,
      MultiPolygon geometry) {}

  static List<Feature> read(DataFiles files, String file) {
    JsonNode root = parse(file, files.read(file));
    if (!"FeatureCollection".equals(root.path("type").asString(null))) {
      throw new DataFileException(file, null, "not a GeoJSON FeatureCollection");
    }
    String crs = root.path("crs").path("properties").path("name").asString(null);
    if (crs != null && !ACCEPTED_CRS.contains(crs)) {
      throw new DataFileException(
          file, null, "CRS " + crs + " is not supported; expected WGS 84 or CGCS2000 lon/lat");
    }
    JsonNode features = root.path("features");
    if (!features.isArray() || features.isEmpty()) {
      throw new DataFileException(file, null, "has no features");
    }
    List<Feature> counties = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int number = 0;
    for (JsonNode node : features) {
      number++;
      Feature county = feature(file, number, node);
      Integer earlier = seen.putIfAbsent(county.code(), number);
      if (earlier != null) {
        throw problem(file, number, county.name(), "code repeats feature " + earlier);
      }
      counties.add(county);
    }
    return counties;
  }

  private static JsonNode parse(String file, byte[] bytes) {
    try {
      return JsonMapper.builder().build().readTree(bytes);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new DataFileException(file, where, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static Feature feature(String file, int number, JsonNode node) {
    JsonNode properties = node.path("properties");
    String name = properties.path("current_name").asString(properties.path("name").asString(null));
    if (!"Feature".equals(node.path("type").asString(null))) {
      throw problem(file, number, name, "is not a GeoJSON Feature");
    }
    if (name == null || name.isBlank()) {
      throw problem(file, number, null, "has no current_name");
    }
    String code = sixDigits(file, number, name, properties, "code");
    String prefectureCode = sixDigits(file, number, name, properties, "prefecture_code");
    String prefectureName = properties.path("prefecture_name").asString(null);
    if (prefectureName == null || prefectureName.isBlank()) {
      throw problem(file, number, name, "has no prefecture_name");
    }
    if (!properties.path("in_changji").isBoolean()) {
      throw problem(file, number, name, "in_changji must be true or false");
    }
    return new Feature(
        number,
        code + "000000",
        name,
        prefectureCode + "000000",
        prefectureName,
        properties.path("in_changji").asBoolean(),
        geometry(file, number, name, node.path("geometry")));
  }

  private static String sixDigits(
      String file, int number, String name, JsonNode properties, String key) {
    String value = properties.path(key).asString(null);
    if (value == null || !SIX_DIGITS.matcher(value).matches()) {
      throw problem(file, number, name, key + " \"" + value + "\" is not 6 digits");
    }
    return value;
  }

  private static MultiPolygon geometry(String file, int number, String name, JsonNode json) {
    if (json.isMissingNode() || json.isNull()) {
      throw problem(file, number, name, "has no geometry");
    }
    Geometry geometry;
    try {
      geometry = GeoJsonGeometry.read(json.toString(), Srid.CGCS2000);
    } catch (ParseException | RuntimeException e) {
      throw problem(file, number, name, "geometry cannot be read: " + e.getMessage());
    }
    if (geometry instanceof Polygon polygon) {
      geometry = geometry.getFactory().createMultiPolygon(new Polygon[] {polygon});
      geometry.setSRID(Srid.CGCS2000);
    }
    if (!(geometry instanceof MultiPolygon multiPolygon) || geometry.isEmpty()) {
      throw problem(
          file, number, name, "geometry is a " + geometry.getGeometryType() + ", not a polygon");
    }
    for (Coordinate c : geometry.getCoordinates()) {
      Optional<String> problem = LonLatCheck.problem(c);
      if (problem.isPresent()) {
        throw problem(file, number, name, problem.get());
      }
    }
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error != null) {
      Coordinate at = error.getCoordinate();
      throw problem(
          file,
          number,
          name,
          "invalid geometry: " + error.getMessage() + " at (" + at.x + " " + at.y + ")");
    }
    return multiPolygon;
  }

  private static DataFileException problem(String file, int number, String name, String reason) {
    return new DataFileException(
        file, "feature " + number + (name == null ? "" : " (" + name + ")"), reason);
  }
}

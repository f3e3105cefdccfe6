package org.civgis.boundary.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.division.Division;
import org.civgis.geo.geom.GeoJsonGeometry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes divisions as a surveyor's file through {@code ogr2ogr}, in the formats the import reads.
 *
 * <p>Contract: every division with a geometry becomes one feature with {@code code} (12 digits),
 * {@code name}, {@code level} (1–5), {@code parent_code} and {@code valid_from}, in EPSG:4490 (KML:
 * EPSG:4326); in DXF, which keeps no attributes, the code is the layer name. Importing the file
 * again gives back the same geometries at the data's 1e-7° grid.
 */
public final class DivisionExport {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int DECIMALS = 9;

  private final Ogr ogr;

  public DivisionExport(Ogr ogr) {
    this.ogr = ogr;
  }

  /** The file of {@code divisions} in {@code format}; its layer is named {@code layerName}. */
  public byte[] export(List<Division> divisions, SurveyFormat format, String layerName) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("civgis-export");
      Path geojson = dir.resolve("divisions.geojson");
      try (Writer out = Files.newBufferedWriter(geojson, StandardCharsets.UTF_8)) {
        out.write(
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::4490\"}},\"features\":[");
        boolean first = true;
        for (Division d : divisions) {
          if (d.geometry() == null || d.geometry().isEmpty()) {
            continue;
          }
          out.write(first ? "\n" : ",\n");
          first = false;
          out.write("{\"type\":\"Feature\",\"properties\":");
          out.write(JSON.writeValueAsString(properties(d, format)));
          out.write(",\"geometry\":");
          out.write(GeoJsonGeometry.write(d.geometry(), DECIMALS));
          out.write("}");
        }
        out.write("\n]}\n");
      }
      return ogr.export(geojson, format, layerName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Ogr.deleteTree(dir);
    }
  }

  private static Map<String, Object> properties(Division d, SurveyFormat format) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (format == SurveyFormat.DXF) {
      properties.put("Layer", d.code());
      return properties;
    }
    properties.put("code", d.code());
    properties.put("name", d.name());
    properties.put("level", d.level().number());
    properties.put("parent_code", d.parentCode());
    properties.put("valid_from", d.validFrom() == null ? null : d.validFrom().toString());
    return properties;
  }
}

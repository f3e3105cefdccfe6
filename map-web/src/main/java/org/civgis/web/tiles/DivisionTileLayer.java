package org.civgis.web.tiles;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.web.config.SqlResources;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code divisions} layer: the versions current on the day that have a geometry (counties and
 * the prefecture in the demo), with {@code code}, {@code name}, {@code level} and {@code
 * parentCode}; the feature id is the code as an integer. SQL: {@value #SQL_RESOURCE}.
 */
@Component
class DivisionTileLayer implements TileLayer {
  static final String SQL_RESOURCE = "sql/tiles/current-divisions-tile.sql";

  private static final Map<String, String> FIELDS = propertyTypes();

  private final DivisionRepository divisions;
  private final String sql;

  DivisionTileLayer(DivisionRepository divisions) {
    this.divisions = divisions;
    this.sql = SqlResources.read(SQL_RESOURCE);
  }

  @Override
  public String id() {
    return "divisions";
  }

  @Override
  public String title() {
    return "行政区划";
  }

  @Override
  public int minZoom() {
    return 0;
  }

  /** The county polygons are generalised to about 100 m: past zoom 14 there is nothing to add. */
  @Override
  public int maxZoom() {
    return 14;
  }

  @Override
  public Map<String, String> fields() {
    return FIELDS;
  }

  @Override
  public String sql() {
    return sql;
  }

  @Override
  public Map<String, Object> parameters(LocalDate today) {
    return Map.of("date", today);
  }

  @Override
  public Envelope extent(LocalDate today) {
    return divisions.extent(today);
  }

  private static Map<String, String> propertyTypes() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", "String");
    fields.put("name", "String");
    fields.put("level", "Number");
    fields.put("parentCode", "String");
    return Collections.unmodifiableMap(fields);
  }
}

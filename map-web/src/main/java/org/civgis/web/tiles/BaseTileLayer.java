package org.civgis.web.tiles;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.web.config.SqlResources;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code base} layer: a quiet base map from our own data, drawn under the thematic layers of
 * every map. Division outlines and names at every level, place-name points (townships and villages
 * without polygons), roads of the place-name library with their names and the footways of the
 * walking network, as valid on the day. Its tiles are invalidated by changes of divisions and place
 * names. SQL, with what each zoom holds: {@value #SQL_RESOURCE}.
 */
@Component
class BaseTileLayer implements TileLayer {
  static final String SQL_RESOURCE = "sql/tiles/base-tile.sql";

  private static final Map<String, String> FIELDS = propertyTypes();

  private final DivisionRepository divisions;
  private final String sql;

  BaseTileLayer(DivisionRepository divisions) {
    this.divisions = divisions;
    this.sql = SqlResources.read(SQL_RESOURCE);
  }

  @Override
  public String id() {
    return "base";
  }

  @Override
  public String title() {
    return "底图（本平台数据）";
  }

  @Override
  public int minZoom() {
    return 0;
  }

  /** The maps zoom to 16 at most; roads are generalised to half a tile unit below that. */
  @Override
  public int maxZoom() {
    return 16;
  }

  @Override
  public Map<String, String> fields() {
    return FIELDS;
  }

  @Override
  public Set<String> collections() {
    return Set.of("divisions", "place-names");
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
    fields.put("kind", "String");
    fields.put("name", "String");
    fields.put("level", "Number");
    fields.put("category", "String");
    fields.put("generated", "Number");
    return Collections.unmodifiableMap(fields);
  }
}

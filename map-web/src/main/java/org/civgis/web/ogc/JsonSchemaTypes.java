package org.civgis.web.ogc;

import java.util.Map;
import org.civgis.web.ogc.cql.Queryable;

/** The JSON Schema of each kind of queryable, as OGC API – Features Part 3 writes them. */
final class JsonSchemaTypes {
  private JsonSchemaTypes() {}

  static Map<String, Object> of(Queryable.Type type) {
    return switch (type) {
      case STRING -> Map.of("type", "string");
      case INTEGER -> Map.of("type", "integer");
      case NUMBER -> Map.of("type", "number");
      case BOOLEAN -> Map.of("type", "boolean");
      case DATE -> Map.of("type", "string", "format", "date");
      case TIMESTAMP -> Map.of("type", "string", "format", "date-time");
      case GEOMETRY -> Map.of("format", "geometry-any");
    };
  }
}

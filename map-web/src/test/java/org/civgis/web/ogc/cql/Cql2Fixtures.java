package org.civgis.web.ogc.cql;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civgis.web.ogc.cql.Queryable.Type;

/** The queryables of a divisions-like collection, and shortcuts the tests share. */
final class Cql2Fixtures {
  static final int CRS84 = 4326;
  static final int CGCS2000 = 4490;
  static final Map<String, Queryable> QUERYABLES = new LinkedHashMap<>();

  static {
    add("name", "d.name", Type.STRING);
    add("code", "d.code", Type.STRING);
    add("level", "d.level", Type.INTEGER);
    add("area", "d.area_km2", Type.NUMBER);
    add("active", "d.active", Type.BOOLEAN);
    add("validFrom", "lower(d.valid)", Type.DATE);
    add("updated", "d.updated_at", Type.TIMESTAMP);
    add("geometry", "d.geom", Type.GEOMETRY);
    add("地名", "d.name_zh", Type.STRING);
    add("full name", "d.full_name", Type.STRING);
    add("admin:kind", "d.kind", Type.STRING);
    add("census.population", "(d.census ->> 'population')::bigint", Type.INTEGER);
  }

  private Cql2Fixtures() {}

  private static void add(String name, String sql, Type type) {
    QUERYABLES.put(name, new Queryable(name, sql, type));
  }

  /** {@code filter} with CRS84 literals and CGCS2000 columns. */
  static SqlFilter sql(String filter) {
    return Cql2Text.toSql(filter, QUERYABLES, CRS84, CGCS2000);
  }

  static Cql2Exception refusal(String filter) {
    return catchThrowableOfType(Cql2Exception.class, () -> sql(filter));
  }
}

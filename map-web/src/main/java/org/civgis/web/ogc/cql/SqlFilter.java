package org.civgis.web.ogc.cql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed filter: a boolean SQL expression with named parameters ({@code :cql1}, {@code :cql2},
 * …), in the order their literals appear in the filter.
 */
public record SqlFilter(String sql, Map<String, Object> parameters) {

  public SqlFilter {
    Objects.requireNonNull(sql, "sql");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}

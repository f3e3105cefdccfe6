package org.civgis.geo.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A further condition of a repository query: a boolean SQL expression over the columns that
 * repository documents, with its named parameters.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The text comes from trusted code (a translator that only writes the repository's own column
 *       expressions, operators and placeholders), never from user input; every value is a
 *       parameter.
 *   <li>Parameter names start with {@code cql}, so they never collide with a repository's own.
 *   <li>A repository ANDs it with its own conditions (validity, status, the reader's rights), so it
 *       can only narrow what a query finds.
 * </ol>
 */
public record SqlCondition(String sql, Map<String, Object> parameters) {

  public SqlCondition {
    Objects.requireNonNull(sql, "sql");
    for (String name : parameters.keySet()) {
      if (!name.startsWith("cql")) {
        throw new IllegalArgumentException("condition parameter " + name + " must start with cql");
      }
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** {@code " and (sql)"} for a condition, {@code ""} for {@code null}. */
  public static String and(SqlCondition condition) {
    return condition == null ? "" : " and (" + condition.sql() + ")";
  }

  /** The parameters of {@code condition}, none for {@code null}. */
  public static Map<String, Object> parametersOf(SqlCondition condition) {
    return condition == null ? Map.of() : condition.parameters();
  }
}

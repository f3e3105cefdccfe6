package org.civgis.web.ogc.cql;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A property a filter may name, and the SQL expression it stands for (never user text).
 *
 * <p>{@code sqlExpression} is written into the SQL as is, so it must be a self-contained operand: a
 * column ({@code d.level}), a function call ({@code lower(d.valid)}) or a parenthesised expression.
 * It is the caller's code, not input; the constructor still refuses what would break the statement
 * around it: {@code ;}, comments, {@code ?} placeholders and {@code :name} named parameters (a
 * {@code ::} cast is fine).
 */
public record Queryable(String name, String sqlExpression, Type type) {
  private static final Pattern UNSAFE = Pattern.compile(";|--|/\\*|\\?|(?<![:\\w]):[A-Za-z_]");

  /** The types a filter can compare a property with; see {@link Cql2Text} for the literals. */
  public enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    GEOMETRY
  }

  public Queryable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sqlExpression, "sqlExpression");
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank queryable name");
    }
    if (sqlExpression.isBlank() || UNSAFE.matcher(sqlExpression).find()) {
      throw new IllegalArgumentException(
          "queryable '" + name + "' has an unusable SQL expression: " + sqlExpression);
    }
  }
}

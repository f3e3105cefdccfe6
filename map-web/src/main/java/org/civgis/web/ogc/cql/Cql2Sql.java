package org.civgis.web.ogc.cql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.civgis.geo.geom.Ewkb;
import org.civgis.web.ogc.cql.Cql2Ast.And;
import org.civgis.web.ogc.cql.Cql2Ast.At;
import org.civgis.web.ogc.cql.Cql2Ast.Between;
import org.civgis.web.ogc.cql.Cql2Ast.BooleanValue;
import org.civgis.web.ogc.cql.Cql2Ast.CaseInsensitive;
import org.civgis.web.ogc.cql.Cql2Ast.Comparison;
import org.civgis.web.ogc.cql.Cql2Ast.Condition;
import org.civgis.web.ogc.cql.Cql2Ast.In;
import org.civgis.web.ogc.cql.Cql2Ast.IsNull;
import org.civgis.web.ogc.cql.Cql2Ast.Like;
import org.civgis.web.ogc.cql.Cql2Ast.Not;
import org.civgis.web.ogc.cql.Cql2Ast.Operand;
import org.civgis.web.ogc.cql.Cql2Ast.Or;
import org.civgis.web.ogc.cql.Cql2Ast.Property;
import org.civgis.web.ogc.cql.Cql2Ast.Spatial;
import org.civgis.web.ogc.cql.Cql2Ast.Value;
import org.civgis.web.ogc.cql.Queryable.Type;
import org.locationtech.jts.geom.Geometry;

/**
 * A {@link Cql2Ast} filter as a parameterised PostgreSQL/PostGIS boolean expression; the rules are
 * those of {@link Cql2Text}'s contract, whichever encoding the filter was read from.
 */
final class Cql2Sql {
  static final Map<String, String> SPATIAL =
      Map.of(
          "S_INTERSECTS", "ST_Intersects",
          "S_DISJOINT", "ST_Disjoint",
          "S_WITHIN", "ST_Within",
          "S_CONTAINS", "ST_Contains",
          "S_EQUALS", "ST_Equals",
          "S_TOUCHES", "ST_Touches",
          "S_OVERLAPS", "ST_Overlaps",
          "S_CROSSES", "ST_Crosses");
  private static final Map<String, String> MIRRORED =
      Map.of("<", ">", ">", "<", "<=", ">=", ">=", "<=", "=", "=", "<>", "<>");

  private final Map<String, Queryable> queryables;
  private final int filterCrsSrid;
  private final int storageSrid;
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** A boolean expression as SQL; {@code grouped} when it is in parentheses already. */
  private record Expression(String sql, boolean grouped) {}

  /** An operand with its name looked up: a property or a literal {@code value}. */
  private record Resolved(Queryable property, Object value, boolean caseInsensitive, At at) {
    boolean isProperty() {
      return property != null;
    }
  }

  private Cql2Sql(Map<String, Queryable> queryables, int filterCrsSrid, int storageSrid) {
    this.queryables = queryables;
    this.filterCrsSrid = filterCrsSrid;
    this.storageSrid = storageSrid;
  }

  static SqlFilter write(
      Condition condition, Map<String, Queryable> queryables, int filterCrsSrid, int storageSrid) {
    if (filterCrsSrid <= 0 || storageSrid <= 0) {
      throw new IllegalArgumentException(
          "SRIDs must be positive: " + filterCrsSrid + ", " + storageSrid);
    }
    Cql2Sql writer = new Cql2Sql(queryables, filterCrsSrid, storageSrid);
    return new SqlFilter(writer.condition(condition).sql(), writer.parameters);
  }

  // ---- boolean structure

  private Expression condition(Condition condition) {
    if (condition instanceof And and) {
      return group(and.terms(), " AND ");
    }
    if (condition instanceof Or or) {
      return group(or.terms(), " OR ");
    }
    if (condition instanceof Not not) {
      Expression operand = condition(not.operand());
      return new Expression(
          "NOT " + (operand.grouped() ? operand.sql() : "(" + operand.sql() + ")"), false);
    }
    String sql;
    if (condition instanceof BooleanValue value) {
      sql = value.value() ? "TRUE" : "FALSE";
    } else if (condition instanceof Comparison comparison) {
      sql = comparison(comparison);
    } else if (condition instanceof IsNull isNull) {
      sql = isNull(isNull);
    } else if (condition instanceof Like like) {
      sql = like(like);
    } else if (condition instanceof Between between) {
      sql = between(between);
    } else if (condition instanceof In in) {
      sql = in(in);
    } else {
      sql = spatial((Spatial) condition);
    }
    return new Expression(sql, false);
  }

  private Expression group(List<Condition> terms, String operator) {
    if (terms.size() == 1) {
      return condition(terms.get(0));
    }
    List<String> sql = new ArrayList<>();
    for (Condition term : terms) {
      sql.add(condition(term).sql());
    }
    return new Expression("(" + String.join(operator, sql) + ")", true);
  }

  // ---- predicates

  private String comparison(Comparison comparison) {
    Resolved left = resolve(comparison.left());
    Resolved right = resolve(comparison.right());
    if (left.isProperty() && right.isProperty()) {
      throw right.at().error("comparing two properties is not supported; expected a literal");
    }
    if (!left.isProperty() && !right.isProperty()) {
      throw left.at()
          .error("comparing two literals is not supported; expected a property on one side");
    }
    Resolved property = left.isProperty() ? left : right;
    Resolved literal = left.isProperty() ? right : left;
    String operator = comparison.operator();
    String op = left.isProperty() ? operator : MIRRORED.get(operator);
    Type type = property.property().type();
    if (type == Type.GEOMETRY) {
      throw comparison
          .at()
          .error(
              "geometry property '"
                  + clip(property.property().name())
                  + "' cannot be compared with "
                  + operator
                  + "; expected a spatial function such as S_INTERSECTS");
    }
    if (type == Type.BOOLEAN && !op.equals("=") && !op.equals("<>")) {
      throw comparison
          .at()
          .error(
              "BOOLEAN property '"
                  + clip(property.property().name())
                  + "' can only be compared with = or <>");
    }
    return sql(property) + " " + op + " " + bind(property, literal);
  }

  private String isNull(IsNull isNull) {
    Resolved operand = resolve(isNull.operand());
    requireProperty(operand, "IS NULL");
    return sql(operand) + (isNull.not() ? " IS NOT NULL" : " IS NULL");
  }

  private String like(Like like) {
    Resolved left = resolve(like.operand());
    requireProperty(left, "LIKE");
    if (left.property().type() != Type.STRING) {
      throw left.at()
          .error(
              "LIKE needs a STRING property; '"
                  + clip(left.property().name())
                  + "' is "
                  + left.property().type());
    }
    Resolved pattern = resolve(like.pattern());
    if (pattern.isProperty() || !(pattern.value() instanceof String text)) {
      throw pattern.at().error("expected a string pattern after LIKE");
    }
    int backslashes = 0;
    for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      throw pattern
          .at()
          .error("LIKE pattern ends with the escape character '\\'; expected \\\\ for a backslash");
    }
    return sql(left)
        + (like.not() ? " NOT LIKE " : " LIKE ")
        + bind(left, pattern)
        + " ESCAPE '\\'";
  }

  private String between(Between between) {
    Resolved left = resolve(between.operand());
    requireProperty(left, "BETWEEN");
    Type type = left.property().type();
    if (type == Type.BOOLEAN || type == Type.GEOMETRY) {
      throw left.at()
          .error(
              "BETWEEN needs a property with an order; '"
                  + clip(left.property().name())
                  + "' is "
                  + type);
    }
    String low = bind(left, literal(resolve(between.low()), "BETWEEN"));
    String high = bind(left, literal(resolve(between.high()), "BETWEEN"));
    return sql(left) + (between.not() ? " NOT BETWEEN " : " BETWEEN ") + low + " AND " + high;
  }

  private String in(In in) {
    Resolved left = resolve(in.operand());
    requireProperty(left, "IN");
    if (left.property().type() == Type.GEOMETRY) {
      throw left.at()
          .error(
              "IN is not supported for geometry property '" + clip(left.property().name()) + "'");
    }
    List<String> items = new ArrayList<>();
    for (Operand item : in.items()) {
      items.add(bind(left, literal(resolve(item), "an IN list")));
    }
    return sql(left) + (in.not() ? " NOT IN (" : " IN (") + String.join(", ", items) + ")";
  }

  private String spatial(Spatial spatial) {
    String function = SPATIAL.get(spatial.function());
    Resolved first = resolve(spatial.first());
    Resolved second = resolve(spatial.second());
    if (first.isProperty() == second.isProperty()) {
      throw spatial
          .at()
          .error(
              spatial.function()
                  + (first.isProperty()
                      ? " of two properties is not supported"
                      : " of two literals")
                  + "; expected a GEOMETRY property and a geometry literal");
    }
    return function + "(" + spatialArgument(first) + ", " + spatialArgument(second) + ")";
  }

  private String spatialArgument(Resolved operand) {
    if (operand.isProperty()) {
      if (operand.property().type() != Type.GEOMETRY) {
        throw operand
            .at()
            .error(
                "spatial functions need a GEOMETRY property; '"
                    + clip(operand.property().name())
                    + "' is "
                    + operand.property().type());
      }
      return operand.property().sqlExpression();
    }
    if (!(operand.value() instanceof Geometry geometry)) {
      throw operand
          .at()
          .error("expected a geometry literal (WKT or BBOX), found " + describe(operand.value()));
    }
    Geometry copy = geometry.copy();
    copy.setSRID(filterCrsSrid);
    String literal = "ST_GeomFromEWKB(" + parameter(Ewkb.write(copy)) + ")";
    return filterCrsSrid == storageSrid
        ? literal
        : "ST_Transform(" + literal + ", " + storageSrid + ")";
  }

  // ---- operands

  private Resolved resolve(Operand operand) {
    if (operand instanceof Property property) {
      return new Resolved(queryable(property), null, false, property.at());
    }
    if (operand instanceof Value value) {
      return new Resolved(null, value.value(), false, value.at());
    }
    CaseInsensitive casei = (CaseInsensitive) operand;
    Resolved inner = resolve(casei.inner());
    boolean string =
        inner.isProperty()
            ? inner.property().type() == Type.STRING
            : inner.value() instanceof String;
    if (!string) {
      throw inner.at().error("CASEI needs a STRING property or a string");
    }
    return new Resolved(inner.property(), inner.value(), true, casei.at());
  }

  private Queryable queryable(Property property) {
    Queryable queryable = queryables.get(property.name());
    if (queryable == null) {
      if (property.name().isEmpty()) {
        throw property.at().error("empty property name");
      }
      throw property
          .at()
          .error(
              "unknown queryable '"
                  + clip(property.name())
                  + "'; queryables: "
                  + String.join(", ", new TreeSet<>(queryables.keySet())));
    }
    return queryable;
  }

  private static Resolved literal(Resolved operand, String where) {
    if (operand.isProperty()) {
      throw operand
          .at()
          .error(
              "expected a literal in "
                  + where
                  + ", found property '"
                  + clip(operand.property().name())
                  + "'");
    }
    return operand;
  }

  private static void requireProperty(Resolved operand, String what) {
    if (!operand.isProperty()) {
      throw operand.at().error("expected a property before " + what);
    }
  }

  private static String sql(Resolved property) {
    String expression = property.property().sqlExpression();
    return property.caseInsensitive() ? "lower(" + expression + ")" : expression;
  }

  // ---- literals and parameters

  /** The placeholder for {@code literal} compared with {@code property}, cast to its type. */
  private String bind(Resolved property, Resolved literal) {
    Queryable queryable = property.property();
    Object value = fit(queryable, literal);
    String placeholder = parameter(value);
    String sql;
    if (value instanceof Long && queryable.type() == Type.INTEGER) {
      sql = "cast(" + placeholder + " as bigint)";
    } else if (value instanceof Long || value instanceof BigDecimal) {
      sql = "cast(" + placeholder + " as numeric)";
    } else if (value instanceof Boolean) {
      sql = "cast(" + placeholder + " as boolean)";
    } else if (value instanceof LocalDate) {
      sql = "cast(" + placeholder + " as date)";
    } else if (value instanceof OffsetDateTime) {
      sql = "cast(" + placeholder + " as timestamptz)";
    } else {
      sql = placeholder;
    }
    return literal.caseInsensitive() ? "lower(" + sql + ")" : sql;
  }

  /** The value of {@code literal} as {@code queryable}'s type, or why it does not fit. */
  private static Object fit(Queryable queryable, Resolved literal) {
    Object value = literal.value();
    Type type = queryable.type();
    if (value instanceof Geometry) {
      throw literal.at().error("a geometry literal is only allowed in a spatial function");
    }
    if (literal.caseInsensitive() && type != Type.STRING) {
      throw literal
          .at()
          .error("CASEI needs a STRING property; '" + clip(queryable.name()) + "' is " + type);
    }
    boolean fits =
        switch (type) {
          case STRING -> value instanceof String;
          case INTEGER, NUMBER -> value instanceof Long || value instanceof BigDecimal;
          case BOOLEAN -> value instanceof Boolean;
          case DATE -> value instanceof LocalDate || value instanceof String;
          case TIMESTAMP -> value instanceof OffsetDateTime;
          case GEOMETRY -> false;
        };
    if (!fits) {
      throw literal
          .at()
          .error(
              "property '"
                  + clip(queryable.name())
                  + "' is "
                  + type
                  + "; expected "
                  + expected(type)
                  + ", found "
                  + describe(value));
    }
    return type == Type.DATE && value instanceof String text ? date(text, literal.at()) : value;
  }

  private String parameter(Object value) {
    String name = "cql" + (parameters.size() + 1);
    parameters.put(name, value);
    return ":" + name;
  }

  /** {@code text} as a date of years 1–9999, or a refusal pointing at {@code at}. */
  static LocalDate date(String text, At at) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() >= 1 && date.getYear() <= 9999) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw at.error("expected a date 'yyyy-mm-dd', found '" + clip(text) + "'");
  }

  /** {@code text} as a UTC timestamp of years 1–9999 with an offset, or a refusal. */
  static OffsetDateTime timestamp(String text, At at) {
    try {
      OffsetDateTime timestamp =
          OffsetDateTime.parse(text).withOffsetSameInstant(java.time.ZoneOffset.UTC);
      if (timestamp.getYear() >= 1 && timestamp.getYear() <= 9999) {
        return timestamp;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw at.error("expected a timestamp 'yyyy-mm-ddThh:mm:ssZ', found '" + clip(text) + "'");
  }

  private static String expected(Type type) {
    return switch (type) {
      case STRING -> "a string";
      case INTEGER, NUMBER -> "a number";
      case BOOLEAN -> "TRUE or FALSE";
      case DATE -> "DATE('yyyy-mm-dd')";
      case TIMESTAMP -> "TIMESTAMP('yyyy-mm-ddThh:mm:ssZ')";
      case GEOMETRY -> "a spatial function";
    };
  }

  static String describe(Object value) {
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof LocalDate) {
      return "a date";
    }
    if (value instanceof OffsetDateTime) {
      return "a timestamp";
    }
    return "a geometry";
  }

  static String clip(String text) {
    return clip(text, 40);
  }

  static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "…";
  }
}

package org.civgis.web.ogc.cql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civgis.geo.geom.GeoJsonGeometry;
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
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CQL2 JSON (OGC 21-065, {@code filter-lang=cql2-json}) to the same SQL as {@link Cql2Text}.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The operators are those {@link Cql2Text} reads, in their JSON encoding: {@code {"op":
 *       "and"|"or"|"not", "args": [...]}}, comparisons {@code "=" "<>" "<" "<=" ">" ">="}, {@code
 *       "like"}, {@code "between"}, {@code "in"} (the list as a JSON array), {@code "isNull"}, the
 *       spatial functions ({@code "s_intersects"}, …) and {@code {"op": "casei"}} as an operand.
 *       Operator names are case-insensitive.
 *   <li>Operands: {@code {"property": name}}, strings, numbers, {@code true}/{@code false}, {@code
 *       {"date": "…"}}, {@code {"timestamp": "…"}}, {@code {"bbox": [4 or 6 numbers]}} and GeoJSON
 *       geometry objects (x/y in the filter CRS). {@code true} or {@code false} may stand alone as
 *       the filter or an argument of and/or/not.
 *   <li>The same filter in both encodings gives the same SQL and parameters; the same refusals too,
 *       each ending with the JSON pointer of the offending member, e.g. {@code (at /args/1)}.
 * </ol>
 */
public final class Cql2Json {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", "<=", ">", ">=");
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();

  private int depth;

  private Cql2Json() {}

  /**
   * The SQL and parameters of {@code filter}, or a {@link Cql2Exception} saying why it cannot be
   * used; the parameters are as for {@link Cql2Text#toSql}.
   */
  public static SqlFilter toSql(
      String filter, Map<String, Queryable> queryables, int filterCrsSrid, int storageSrid) {
    Objects.requireNonNull(queryables, "queryables");
    return Cql2Sql.write(parse(filter), queryables, filterCrsSrid, storageSrid);
  }

  /** {@code filter} read, its names not yet looked up. */
  static Condition parse(String filter) {
    Objects.requireNonNull(filter, "filter");
    if (filter.length() > Cql2Text.MAX_LENGTH) {
      throw new Cql2Exception("filter longer than " + Cql2Text.MAX_LENGTH + " characters", -1);
    }
    if (filter.isBlank()) {
      throw new Cql2Exception("empty filter; expected a JSON object", -1);
    }
    JsonNode root;
    try {
      root = JSON.readTree(filter);
    } catch (JacksonException e) {
      throw new Cql2Exception("not JSON: " + Cql2Sql.clip(e.getOriginalMessage(), 80), -1);
    }
    return new Cql2Json().condition(root, At.json(""));
  }

  // ---- conditions

  private Condition condition(JsonNode node, At at) {
    if (node.isBoolean()) {
      return new BooleanValue(node.booleanValue());
    }
    if (!node.isObject() || !node.has("op")) {
      throw at.error("expected a condition {\"op\": …, \"args\": […]} or true/false");
    }
    String op = op(node, at);
    List<JsonNode> args = args(node, at);
    At argsAt = at.child("args");
    switch (op) {
      case "and", "or" -> {
        if (args.size() < 2) {
          throw argsAt.error("\"" + op + "\" needs at least 2 arguments, found " + args.size());
        }
        enter(at);
        List<Condition> terms = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
          terms.add(condition(args.get(i), argsAt.child(Integer.toString(i))));
        }
        depth--;
        return op.equals("and") ? new And(terms) : new Or(terms);
      }
      case "not" -> {
        count(op, args, 1, argsAt);
        enter(at);
        Condition operand = condition(args.get(0), argsAt.child("0"));
        depth--;
        return new Not(operand);
      }
      case "isnull" -> {
        count(op, args, 1, argsAt);
        return new IsNull(operand(args.get(0), argsAt.child("0")), false);
      }
      case "like" -> {
        count(op, args, 2, argsAt);
        return new Like(
            operand(args.get(0), argsAt.child("0")),
            operand(args.get(1), argsAt.child("1")),
            false);
      }
      case "between" -> {
        count(op, args, 3, argsAt);
        return new Between(
            operand(args.get(0), argsAt.child("0")),
            operand(args.get(1), argsAt.child("1")),
            operand(args.get(2), argsAt.child("2")),
            false);
      }
      case "in" -> {
        count(op, args, 2, argsAt);
        JsonNode list = args.get(1);
        At listAt = argsAt.child("1");
        if (!list.isArray() || list.isEmpty()) {
          throw listAt.error("expected a non-empty array of literals for \"in\"");
        }
        List<Operand> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          items.add(operand(list.get(i), listAt.child(Integer.toString(i))));
        }
        return new In(operand(args.get(0), argsAt.child("0")), items, false);
      }
      default -> {
        if (COMPARISONS.contains(op)) {
          count(op, args, 2, argsAt);
          return new Comparison(
              op,
              operand(args.get(0), argsAt.child("0")),
              operand(args.get(1), argsAt.child("1")),
              at.child("op"));
        }
        String spatial = op.toUpperCase(Locale.ROOT);
        if (Cql2Sql.SPATIAL.containsKey(spatial)) {
          count(op, args, 2, argsAt);
          return new Spatial(
              spatial,
              operand(args.get(0), argsAt.child("0")),
              operand(args.get(1), argsAt.child("1")),
              at);
        }
        if (op.equals("casei")) {
          throw at.child("op").error("casei is a value, not a condition");
        }
        throw at.child("op").error("operator '" + Cql2Sql.clip(op) + "' is not supported");
      }
    }
  }

  private static String op(JsonNode node, At at) {
    JsonNode op = node.get("op");
    if (!op.isString()) {
      throw at.child("op").error("expected the operator as a string");
    }
    return op.stringValue().toLowerCase(Locale.ROOT);
  }

  private static List<JsonNode> args(JsonNode node, At at) {
    JsonNode args = node.get("args");
    if (args == null || !args.isArray()) {
      throw at.child("args").error("expected \"args\" as an array");
    }
    List<JsonNode> list = new ArrayList<>();
    args.forEach(list::add);
    return list;
  }

  private static void count(String op, List<JsonNode> args, int expected, At at) {
    if (args.size() != expected) {
      throw at.error("\"" + op + "\" needs " + expected + " argument(s), found " + args.size());
    }
  }

  private void enter(At at) {
    if (++depth > Cql2Text.MAX_DEPTH) {
      throw at.error("nested deeper than " + Cql2Text.MAX_DEPTH + " levels");
    }
  }

  // ---- operands

  private Operand operand(JsonNode node, At at) {
    if (node.isString()) {
      return new Value(node.stringValue(), at);
    }
    if (node.isBoolean()) {
      return new Value(node.booleanValue(), at);
    }
    if (node.isNumber()) {
      return new Value(number(node, at), at);
    }
    if (!node.isObject()) {
      throw at.error("expected a property, a literal or a function");
    }
    if (node.has("property")) {
      JsonNode name = node.get("property");
      if (!name.isString() || node.size() != 1) {
        throw at.error("expected {\"property\": \"name\"}");
      }
      return new Property(name.stringValue(), at);
    }
    if (node.has("date") || node.has("timestamp")) {
      boolean timestamp = node.has("timestamp");
      JsonNode text = node.get(timestamp ? "timestamp" : "date");
      At textAt = at.child(timestamp ? "timestamp" : "date");
      if (!text.isString() || node.size() != 1) {
        throw textAt.error("expected a string");
      }
      return new Value(
          timestamp
              ? Cql2Sql.timestamp(text.stringValue(), textAt)
              : Cql2Sql.date(text.stringValue(), textAt),
          at);
    }
    if (node.has("bbox")) {
      return new Value(bbox(node.get("bbox"), at.child("bbox")), at);
    }
    if (node.has("op")) {
      String op = op(node, at);
      if (op.equals("casei")) {
        List<JsonNode> args = args(node, at);
        At argsAt = at.child("args");
        count(op, args, 1, argsAt);
        enter(at);
        Operand inner = operand(args.get(0), argsAt.child("0"));
        depth--;
        return new CaseInsensitive(inner, at);
      }
      if (Cql2Sql.SPATIAL.containsKey(op.toUpperCase(Locale.ROOT))) {
        throw at.error(op + " is a predicate, not a value");
      }
      throw at.child("op").error("function '" + Cql2Sql.clip(op) + "' is not supported");
    }
    if (node.has("type") && node.has("coordinates") || node.has("geometries")) {
      return new Value(geometry(node, at), at);
    }
    throw at.error("expected a property, a literal or a function");
  }

  /** A {@link Long} for an integer, else a {@link BigDecimal} as the text lexer reads it. */
  private static Object number(JsonNode node, At at) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    BigDecimal decimal = node.decimalValue();
    double approximation = Math.abs(decimal.doubleValue());
    if (!Double.isFinite(approximation)
        || (decimal.signum() != 0 && approximation < Double.MIN_NORMAL)) {
      throw at.error("number out of range");
    }
    return decimal;
  }

  private static Geometry bbox(JsonNode node, At at) {
    if (!node.isArray()) {
      throw at.error("expected an array of 4 or 6 numbers");
    }
    List<Double> numbers = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode n = node.get(i);
      if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
        throw at.child(Integer.toString(i)).error("expected a number");
      }
      numbers.add(n.doubleValue());
    }
    if (numbers.size() != 4 && numbers.size() != 6) {
      throw at.error("BBOX needs 4 or 6 numbers, found " + numbers.size());
    }
    int half = numbers.size() / 2;
    if (numbers.get(0) > numbers.get(half)) {
      throw at.error(
          "BBOX minimum x is greater than its maximum (crossing the antimeridian is not supported)");
    }
    if (numbers.get(1) > numbers.get(half + 1)) {
      throw at.error("BBOX minimum y is greater than its maximum");
    }
    return GEOMETRIES.toGeometry(
        new Envelope(numbers.get(0), numbers.get(half), numbers.get(1), numbers.get(half + 1)));
  }

  private static Geometry geometry(JsonNode node, At at) {
    Geometry geometry;
    TopologyValidationError invalid;
    try {
      geometry = GeoJsonGeometry.read(node.toString(), 0);
      invalid = new IsValidOp(geometry).getValidationError();
    } catch (Exception e) {
      throw at.error(
          "invalid GeoJSON geometry: " + Cql2Sql.clip(String.valueOf(e.getMessage()), 80));
    }
    if (invalid != null) {
      throw at.error("invalid geometry: " + invalid.getMessage());
    }
    return geometry;
  }
}

package org.civgis.web.ogc.cql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.civgis.geo.geom.Ewkb;
import org.civgis.web.ogc.cql.Cql2Lexer.Kind;
import org.civgis.web.ogc.cql.Cql2Lexer.Token;
import org.civgis.web.ogc.cql.Queryable.Type;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * CQL2 text (OGC 21-065) to a parameterised PostgreSQL/PostGIS boolean expression.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The SQL holds only the queryables' {@code sqlExpression}s, SQL keywords, operators, casts,
 *       function names, the storage SRID and {@code :cqlN} placeholders. Every value in the filter
 *       becomes a parameter; a name that is not a queryable is refused, whatever it looks like.
 *   <li>Parameters are named {@code cql1}, {@code cql2}, … in the order their literals appear, one
 *       per value (an IN list binds one per item). Values are {@link String}, {@link Long}, {@link
 *       BigDecimal}, {@link Boolean}, {@link LocalDate}, {@link OffsetDateTime} (in UTC) or {@code
 *       byte[]} (EWKB); never {@code null}, never a collection. The SQL casts each placeholder to
 *       its type, except strings (typed by the driver) and geometries (read by {@code
 *       ST_GeomFromEWKB}).
 *   <li>AND and OR groups are in parentheses, so the SQL can be joined to other conditions with
 *       AND. NOT binds tighter than AND, AND tighter than OR; keywords are case-insensitive, names
 *       are not.
 *   <li>A literal must fit the property's type: STRING a string; INTEGER and NUMBER a number;
 *       BOOLEAN {@code TRUE} or {@code FALSE} (only {@code =} and {@code <>}); DATE {@code
 *       DATE('yyyy-mm-dd')} or such a string; TIMESTAMP {@code TIMESTAMP('…')} with an offset. LIKE
 *       is for STRING properties, BETWEEN not for BOOLEAN, spatial functions only for GEOMETRY
 *       properties, which no comparison accepts ({@code IS NULL} is for every type).
 *   <li>A predicate compares one property with literals: two literals ({@code 1=1}) or two
 *       properties are refused.
 *   <li>Geometry literals (WKT or {@code BBOX}) are x/y (longitude/latitude, easting/northing) in
 *       {@code filterCrsSrid}, whatever that CRS's official axis order; invalid geometries are
 *       refused. The SQL transforms them to {@code storageSrid} when the two differ.
 *   <li>Anything else is a {@link Cql2Exception} with the position of the problem, including a
 *       filter longer than {@value #MAX_LENGTH} characters or nested deeper than {@value
 *       #MAX_DEPTH} levels.
 * </ol>
 *
 * <p>The package documentation lists what of CQL2 is not supported.
 */
public final class Cql2Text {
  static final int MAX_LENGTH = 10_000;
  static final int MAX_DEPTH = 50;

  private static final Map<String, String> SPATIAL =
      Map.of(
          "S_INTERSECTS", "ST_Intersects",
          "S_DISJOINT", "ST_Disjoint",
          "S_WITHIN", "ST_Within",
          "S_CONTAINS", "ST_Contains",
          "S_EQUALS", "ST_Equals",
          "S_TOUCHES", "ST_Touches",
          "S_OVERLAPS", "ST_Overlaps",
          "S_CROSSES", "ST_Crosses");
  private static final Set<String> GEOMETRY_TYPES =
      Set.of(
          "POINT",
          "LINESTRING",
          "POLYGON",
          "MULTIPOINT",
          "MULTILINESTRING",
          "MULTIPOLYGON",
          "GEOMETRYCOLLECTION");
  private static final Set<String> RESERVED =
      Set.of("AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL");
  private static final Map<String, String> MIRRORED =
      Map.of("<", ">", ">", "<", "<=", ">=", ">=", "<=", "=", "=", "<>", "<>");
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();

  private final String filter;
  private final List<Token> tokens;
  private final Map<String, Queryable> queryables;
  private final int filterCrsSrid;
  private final int storageSrid;
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private int next;
  private int depth;

  /** A boolean expression as SQL; {@code grouped} when it is in parentheses already. */
  private record Expression(String sql, boolean grouped) {}

  /** One side of a predicate: a property or a literal {@code value}. */
  private record Operand(Queryable property, Object value, boolean caseInsensitive, int start) {
    boolean isProperty() {
      return property != null;
    }
  }

  private Cql2Text(
      String filter, Map<String, Queryable> queryables, int filterCrsSrid, int storageSrid) {
    this.filter = filter;
    this.tokens = Cql2Lexer.tokenize(filter);
    this.queryables = queryables;
    this.filterCrsSrid = filterCrsSrid;
    this.storageSrid = storageSrid;
  }

  /**
   * The SQL and parameters of {@code filter}, or a {@link Cql2Exception} saying why it cannot be
   * used.
   *
   * @param filter CQL2 text
   * @param queryables by name (case-sensitive names as in the OGC queryables)
   * @param filterCrsSrid SRID of geometry literals (4326 = CRS84 lon/lat default; also 4490, 3857)
   * @param storageSrid SRID of the geometry columns (4490)
   */
  public static SqlFilter toSql(
      String filter, Map<String, Queryable> queryables, int filterCrsSrid, int storageSrid) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(queryables, "queryables");
    if (filterCrsSrid <= 0 || storageSrid <= 0) {
      throw new IllegalArgumentException(
          "SRIDs must be positive: " + filterCrsSrid + ", " + storageSrid);
    }
    if (filter.length() > MAX_LENGTH) {
      throw new Cql2Exception("filter longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
    }
    if (filter.isBlank()) {
      throw new Cql2Exception("empty filter; expected a predicate", 0);
    }
    Cql2Text parser = new Cql2Text(filter, queryables, filterCrsSrid, storageSrid);
    Expression expression = parser.or();
    Token end = parser.peek();
    if (end.kind() != Kind.END) {
      throw parser.expected("AND, OR or the end of the filter", end);
    }
    return new SqlFilter(expression.sql(), parser.parameters);
  }

  // ---- boolean structure

  private Expression or() {
    Expression first = and();
    if (!keyword(peek(), "OR")) {
      return first;
    }
    List<String> terms = new ArrayList<>(List.of(first.sql()));
    while (keyword(peek(), "OR")) {
      next++;
      terms.add(and().sql());
    }
    return new Expression("(" + String.join(" OR ", terms) + ")", true);
  }

  private Expression and() {
    Expression first = not();
    if (!keyword(peek(), "AND")) {
      return first;
    }
    List<String> terms = new ArrayList<>(List.of(first.sql()));
    while (keyword(peek(), "AND")) {
      next++;
      terms.add(not().sql());
    }
    return new Expression("(" + String.join(" AND ", terms) + ")", true);
  }

  private Expression not() {
    Token token = peek();
    if (!keyword(token, "NOT")) {
      return primary();
    }
    next++;
    enter(token);
    Expression operand = not();
    depth--;
    return new Expression(
        "NOT " + (operand.grouped() ? operand.sql() : "(" + operand.sql() + ")"), false);
  }

  private Expression primary() {
    Token token = peek();
    if (token.kind() != Kind.LEFT) {
      return new Expression(predicate(), false);
    }
    next++;
    enter(token);
    Expression inner = or();
    expect(Kind.RIGHT, "')'");
    depth--;
    return inner;
  }

  // ---- predicates

  private String predicate() {
    Token first = peek();
    if (first.kind() == Kind.IDENTIFIER && tokens.get(next + 1).kind() == Kind.LEFT) {
      String function = SPATIAL.get(word(first));
      if (function != null) {
        return spatial(function);
      }
    }
    Operand left = operand();
    Token token = peek();
    if (keyword(token, "IS")) {
      next++;
      boolean not = acceptKeyword("NOT");
      if (!acceptKeyword("NULL")) {
        throw expected("NULL", peek());
      }
      requireProperty(left, "IS NULL");
      return sql(left) + (not ? " IS NOT NULL" : " IS NULL");
    }
    boolean not = acceptKeyword("NOT");
    if (acceptKeyword("LIKE")) {
      return like(left, not);
    }
    if (acceptKeyword("BETWEEN")) {
      return between(left, not);
    }
    if (acceptKeyword("IN")) {
      return in(left, not);
    }
    if (not) {
      throw expected("LIKE, BETWEEN or IN after NOT", peek());
    }
    if (token.kind() == Kind.OPERATOR) {
      next++;
      return comparison(left, token);
    }
    throw expected("a comparison operator, LIKE, BETWEEN, IN or IS", token);
  }

  private String comparison(Operand left, Token operator) {
    Operand right = operand();
    if (left.isProperty() && right.isProperty()) {
      throw new Cql2Exception(
          "comparing two properties is not supported; expected a literal", right.start());
    }
    if (!left.isProperty() && !right.isProperty()) {
      throw new Cql2Exception(
          "comparing two literals is not supported; expected a property on one side", left.start());
    }
    Operand property = left.isProperty() ? left : right;
    Operand literal = left.isProperty() ? right : left;
    String op = left.isProperty() ? operator.text() : MIRRORED.get(operator.text());
    Type type = property.property().type();
    if (type == Type.GEOMETRY) {
      throw new Cql2Exception(
          "geometry property '"
              + clip(property.property().name())
              + "' cannot be compared with "
              + operator.text()
              + "; expected a spatial function such as S_INTERSECTS",
          operator.start());
    }
    if (type == Type.BOOLEAN && !op.equals("=") && !op.equals("<>")) {
      throw new Cql2Exception(
          "BOOLEAN property '"
              + clip(property.property().name())
              + "' can only be compared with = or <>",
          operator.start());
    }
    return sql(property) + " " + op + " " + bind(property, literal);
  }

  private String like(Operand left, boolean not) {
    requireProperty(left, "LIKE");
    if (left.property().type() != Type.STRING) {
      throw new Cql2Exception(
          "LIKE needs a STRING property; '"
              + clip(left.property().name())
              + "' is "
              + left.property().type(),
          left.start());
    }
    Operand pattern = operand();
    if (pattern.isProperty() || !(pattern.value() instanceof String text)) {
      throw new Cql2Exception("expected a string pattern after LIKE", pattern.start());
    }
    int backslashes = 0;
    for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      throw new Cql2Exception(
          "LIKE pattern ends with the escape character '\\'; expected \\\\ for a backslash",
          pattern.start());
    }
    return sql(left) + (not ? " NOT LIKE " : " LIKE ") + bind(left, pattern) + " ESCAPE '\\'";
  }

  private String between(Operand left, boolean not) {
    requireProperty(left, "BETWEEN");
    Type type = left.property().type();
    if (type == Type.BOOLEAN || type == Type.GEOMETRY) {
      throw new Cql2Exception(
          "BETWEEN needs a property with an order; '"
              + clip(left.property().name())
              + "' is "
              + type,
          left.start());
    }
    String low = bind(left, literal(operand(), "BETWEEN"));
    if (!acceptKeyword("AND")) {
      throw expected("AND", peek());
    }
    String high = bind(left, literal(operand(), "BETWEEN"));
    return sql(left) + (not ? " NOT BETWEEN " : " BETWEEN ") + low + " AND " + high;
  }

  private String in(Operand left, boolean not) {
    requireProperty(left, "IN");
    if (left.property().type() == Type.GEOMETRY) {
      throw new Cql2Exception(
          "IN is not supported for geometry property '" + clip(left.property().name()) + "'",
          left.start());
    }
    expect(Kind.LEFT, "'('");
    List<String> items = new ArrayList<>();
    items.add(bind(left, literal(operand(), "an IN list")));
    while (peek().kind() == Kind.COMMA) {
      next++;
      items.add(bind(left, literal(operand(), "an IN list")));
    }
    expect(Kind.RIGHT, "',' or ')'");
    return sql(left) + (not ? " NOT IN (" : " IN (") + String.join(", ", items) + ")";
  }

  private String spatial(String function) {
    Token name = peek();
    next += 2;
    Operand first = operand();
    expect(Kind.COMMA, "','");
    Operand second = operand();
    expect(Kind.RIGHT, "')'");
    if (first.isProperty() == second.isProperty()) {
      throw new Cql2Exception(
          word(name)
              + (first.isProperty() ? " of two properties is not supported" : " of two literals")
              + "; expected a GEOMETRY property and a geometry literal",
          name.start());
    }
    return function + "(" + spatialArgument(first) + ", " + spatialArgument(second) + ")";
  }

  private String spatialArgument(Operand operand) {
    if (operand.isProperty()) {
      if (operand.property().type() != Type.GEOMETRY) {
        throw new Cql2Exception(
            "spatial functions need a GEOMETRY property; '"
                + clip(operand.property().name())
                + "' is "
                + operand.property().type(),
            operand.start());
      }
      return operand.property().sqlExpression();
    }
    if (!(operand.value() instanceof Geometry geometry)) {
      throw new Cql2Exception(
          "expected a geometry literal (WKT or BBOX), found " + describe(operand.value()),
          operand.start());
    }
    geometry.setSRID(filterCrsSrid);
    String literal = "ST_GeomFromEWKB(" + parameter(Ewkb.write(geometry)) + ")";
    return filterCrsSrid == storageSrid
        ? literal
        : "ST_Transform(" + literal + ", " + storageSrid + ")";
  }

  // ---- operands

  private Operand operand() {
    Token token = peek();
    switch (token.kind()) {
      case STRING:
        next++;
        return new Operand(null, token.text(), false, token.start());
      case NUMBER:
        next++;
        return new Operand(null, token.value(), false, token.start());
      case QUOTED_IDENTIFIER:
        next++;
        return property(token);
      case IDENTIFIER:
        next++;
        return identifier(token);
      default:
        throw expected("a property or a literal", token);
    }
  }

  private Operand identifier(Token token) {
    String word = word(token);
    if (word.equals("TRUE") || word.equals("FALSE")) {
      return new Operand(null, word.equals("TRUE"), false, token.start());
    }
    boolean call = peek().kind() == Kind.LEFT;
    if (call && (word.equals("DATE") || word.equals("TIMESTAMP"))) {
      return temporal(token, word.equals("TIMESTAMP"));
    }
    if (call && word.equals("CASEI")) {
      return caseInsensitive(token);
    }
    if (call && word.equals("BBOX")) {
      return bbox(token);
    }
    if (GEOMETRY_TYPES.contains(word)
        && (call
            || keyword(peek(), "EMPTY")
            || keyword(peek(), "Z")
            || keyword(peek(), "M")
            || keyword(peek(), "ZM"))) {
      return wkt(token);
    }
    if (call && SPATIAL.containsKey(word)) {
      throw new Cql2Exception(word + " is a predicate, not a value", token.start());
    }
    if (call) {
      throw new Cql2Exception(
          "function '" + clip(token.text()) + "' is not supported", token.start());
    }
    if (RESERVED.contains(word)) {
      throw expected("a property or a literal", token);
    }
    return property(token);
  }

  private Operand property(Token token) {
    Queryable queryable = queryables.get(token.text());
    if (queryable == null) {
      if (token.text().isEmpty()) {
        throw new Cql2Exception("empty property name", token.start());
      }
      throw new Cql2Exception(
          "unknown queryable '"
              + clip(token.text())
              + "'; queryables: "
              + String.join(", ", new TreeSet<>(queryables.keySet())),
          token.start());
    }
    return new Operand(queryable, null, false, token.start());
  }

  private Operand temporal(Token name, boolean timestamp) {
    next++;
    Token text = peek();
    if (text.kind() != Kind.STRING) {
      throw expected("a string", text);
    }
    next++;
    expect(Kind.RIGHT, "')'");
    Object value =
        timestamp ? timestamp(text.text(), text.start()) : date(text.text(), text.start());
    return new Operand(null, value, false, name.start());
  }

  private Operand caseInsensitive(Token name) {
    next++;
    enter(name);
    Operand inner = operand();
    expect(Kind.RIGHT, "')'");
    depth--;
    boolean string =
        inner.isProperty()
            ? inner.property().type() == Type.STRING
            : inner.value() instanceof String;
    if (!string) {
      throw new Cql2Exception("CASEI needs a STRING property or a string", inner.start());
    }
    return new Operand(inner.property(), inner.value(), true, name.start());
  }

  private Operand bbox(Token name) {
    next++;
    List<Double> numbers = new ArrayList<>();
    while (true) {
      Token token = peek();
      if (token.kind() != Kind.NUMBER) {
        throw expected("a number", token);
      }
      next++;
      // finite: the lexer refuses numbers beyond double precision
      numbers.add(((Number) token.value()).doubleValue());
      if (peek().kind() != Kind.COMMA) {
        break;
      }
      next++;
    }
    expect(Kind.RIGHT, "',' or ')'");
    if (numbers.size() != 4 && numbers.size() != 6) {
      throw new Cql2Exception("BBOX needs 4 or 6 numbers, found " + numbers.size(), name.start());
    }
    int half = numbers.size() / 2;
    Envelope box =
        new Envelope(numbers.get(0), numbers.get(half), numbers.get(1), numbers.get(half + 1));
    if (numbers.get(0) > numbers.get(half)) {
      throw new Cql2Exception(
          "BBOX minimum x is greater than its maximum (crossing the antimeridian is not supported)",
          name.start());
    }
    if (numbers.get(1) > numbers.get(half + 1)) {
      throw new Cql2Exception("BBOX minimum y is greater than its maximum", name.start());
    }
    return new Operand(null, GEOMETRIES.toGeometry(box), false, name.start());
  }

  /** A WKT literal: the tokens up to the matching parenthesis, read back from the text. */
  private Operand wkt(Token type) {
    if (keyword(peek(), "Z") || keyword(peek(), "M") || keyword(peek(), "ZM")) {
      next++;
    }
    Token token = peek();
    int end;
    if (keyword(token, "EMPTY")) {
      next++;
      end = token.end();
    } else if (token.kind() == Kind.LEFT) {
      int level = 0;
      while (true) {
        token = peek();
        if (token.kind() == Kind.END) {
          throw expected("')'", token);
        }
        next++;
        if (token.kind() == Kind.LEFT && ++level > MAX_DEPTH) {
          throw new Cql2Exception("nested deeper than " + MAX_DEPTH + " levels", token.start());
        }
        if (token.kind() == Kind.RIGHT && --level == 0) {
          end = token.end();
          break;
        }
      }
    } else {
      throw expected("'(' or EMPTY", token);
    }
    Geometry geometry;
    TopologyValidationError invalid;
    try {
      geometry = new WKTReader(GEOMETRIES).read(filter.substring(type.start(), end));
      invalid = new IsValidOp(geometry).getValidationError();
    } catch (Exception e) {
      throw new Cql2Exception(
          "invalid " + word(type) + " literal: " + clip(String.valueOf(e.getMessage()), 80),
          type.start());
    }
    if (invalid != null) {
      throw new Cql2Exception("invalid geometry: " + invalid.getMessage(), type.start());
    }
    return new Operand(null, geometry, false, type.start());
  }

  // ---- literals and parameters

  private static Operand literal(Operand operand, String where) {
    if (operand.isProperty()) {
      throw new Cql2Exception(
          "expected a literal in "
              + where
              + ", found property '"
              + clip(operand.property().name())
              + "'",
          operand.start());
    }
    return operand;
  }

  /** The placeholder for {@code literal} compared with {@code property}, cast to its type. */
  private String bind(Operand property, Operand literal) {
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
  private static Object fit(Queryable queryable, Operand literal) {
    Object value = literal.value();
    Type type = queryable.type();
    if (value instanceof Geometry) {
      throw new Cql2Exception(
          "a geometry literal is only allowed in a spatial function", literal.start());
    }
    if (literal.caseInsensitive() && type != Type.STRING) {
      throw new Cql2Exception(
          "CASEI needs a STRING property; '" + clip(queryable.name()) + "' is " + type,
          literal.start());
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
      throw new Cql2Exception(
          "property '"
              + clip(queryable.name())
              + "' is "
              + type
              + "; expected "
              + expected(type)
              + ", found "
              + describe(value),
          literal.start());
    }
    return type == Type.DATE && value instanceof String text ? date(text, literal.start()) : value;
  }

  private String parameter(Object value) {
    String name = "cql" + (parameters.size() + 1);
    parameters.put(name, value);
    return ":" + name;
  }

  private static LocalDate date(String text, int position) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() >= 1 && date.getYear() <= 9999) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new Cql2Exception("expected a date 'yyyy-mm-dd', found '" + clip(text) + "'", position);
  }

  private static OffsetDateTime timestamp(String text, int position) {
    try {
      OffsetDateTime timestamp = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
      if (timestamp.getYear() >= 1 && timestamp.getYear() <= 9999) {
        return timestamp;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new Cql2Exception(
        "expected a timestamp 'yyyy-mm-ddThh:mm:ssZ', found '" + clip(text) + "'", position);
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

  private static String describe(Object value) {
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

  // ---- tokens

  private Token peek() {
    return tokens.get(next);
  }

  private void expect(Kind kind, String what) {
    Token token = peek();
    if (token.kind() != kind) {
      throw expected(what, token);
    }
    next++;
  }

  private boolean acceptKeyword(String keyword) {
    if (keyword(peek(), keyword)) {
      next++;
      return true;
    }
    return false;
  }

  private void enter(Token token) {
    if (++depth > MAX_DEPTH) {
      throw new Cql2Exception("nested deeper than " + MAX_DEPTH + " levels", token.start());
    }
  }

  private static void requireProperty(Operand operand, String what) {
    if (!operand.isProperty()) {
      throw new Cql2Exception("expected a property before " + what, operand.start());
    }
  }

  private static String sql(Operand property) {
    String expression = property.property().sqlExpression();
    return property.caseInsensitive() ? "lower(" + expression + ")" : expression;
  }

  private Cql2Exception expected(String what, Token found) {
    String shown =
        switch (found.kind()) {
          case END -> "the end of the filter";
          case STRING -> "a string";
          default -> "'" + clip(filter.substring(found.start(), found.end())) + "'";
        };
    return new Cql2Exception("expected " + what + ", found " + shown, found.start());
  }

  private static boolean keyword(Token token, String keyword) {
    return token.kind() == Kind.IDENTIFIER && word(token).equals(keyword);
  }

  /** An unquoted identifier in upper case if it is ASCII (so it may be a keyword), else "". */
  private static String word(Token token) {
    String text = token.text();
    if (token.kind() != Kind.IDENTIFIER || !text.chars().allMatch(c -> c < 128)) {
      return "";
    }
    return text.toUpperCase(Locale.ROOT);
  }

  private static String clip(String text) {
    return clip(text, 40);
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "…";
  }
}

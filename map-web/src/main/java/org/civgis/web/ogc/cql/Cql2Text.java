package org.civgis.web.ogc.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.civgis.web.ogc.cql.Cql2Lexer.Kind;
import org.civgis.web.ogc.cql.Cql2Lexer.Token;
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
 *       are not. {@code TRUE} and {@code FALSE} may stand alone as a condition ({@code TRUE},
 *       {@code NOT FALSE}, {@code level = 3 OR TRUE}); they are written as SQL keywords.
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
 * <p>The filter is read into a {@link Cql2Ast} and written by {@link Cql2Sql}, as CQL2 JSON is
 * ({@link Cql2Json}). The package documentation lists what of CQL2 is not supported.
 */
public final class Cql2Text {
  static final int MAX_LENGTH = 10_000;
  static final int MAX_DEPTH = 50;

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
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();

  private final String filter;
  private final List<Token> tokens;
  private int next;
  private int depth;

  private Cql2Text(String filter) {
    this.filter = filter;
    this.tokens = Cql2Lexer.tokenize(filter);
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
    Objects.requireNonNull(queryables, "queryables");
    if (filterCrsSrid <= 0 || storageSrid <= 0) {
      throw new IllegalArgumentException(
          "SRIDs must be positive: " + filterCrsSrid + ", " + storageSrid);
    }
    return Cql2Sql.write(parse(filter), queryables, filterCrsSrid, storageSrid);
  }

  /** {@code filter} read, its names not yet looked up. */
  static Condition parse(String filter) {
    Objects.requireNonNull(filter, "filter");
    if (filter.length() > MAX_LENGTH) {
      throw new Cql2Exception("filter longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
    }
    if (filter.isBlank()) {
      throw new Cql2Exception("empty filter; expected a predicate", 0);
    }
    Cql2Text parser = new Cql2Text(filter);
    Condition condition = parser.or();
    Token end = parser.peek();
    if (end.kind() != Kind.END) {
      throw parser.expected("AND, OR or the end of the filter", end);
    }
    return condition;
  }

  // ---- boolean structure

  private Condition or() {
    Condition first = and();
    if (!keyword(peek(), "OR")) {
      return first;
    }
    List<Condition> terms = new ArrayList<>(List.of(first));
    while (keyword(peek(), "OR")) {
      next++;
      terms.add(and());
    }
    return new Or(terms);
  }

  private Condition and() {
    Condition first = not();
    if (!keyword(peek(), "AND")) {
      return first;
    }
    List<Condition> terms = new ArrayList<>(List.of(first));
    while (keyword(peek(), "AND")) {
      next++;
      terms.add(not());
    }
    return new And(terms);
  }

  private Condition not() {
    Token token = peek();
    if (!keyword(token, "NOT")) {
      return primary();
    }
    next++;
    enter(token);
    Condition operand = not();
    depth--;
    return new Not(operand);
  }

  private Condition primary() {
    Token token = peek();
    if (token.kind() != Kind.LEFT) {
      return predicate();
    }
    next++;
    enter(token);
    Condition inner = or();
    expect(Kind.RIGHT, "')'");
    depth--;
    return inner;
  }

  // ---- predicates

  private Condition predicate() {
    Token first = peek();
    if (first.kind() == Kind.IDENTIFIER && tokens.get(next + 1).kind() == Kind.LEFT) {
      if (Cql2Sql.SPATIAL.containsKey(word(first))) {
        return spatial();
      }
    }
    if ((keyword(first, "TRUE") || keyword(first, "FALSE"))
        && endsCondition(tokens.get(next + 1))) {
      next++;
      return new BooleanValue(keyword(first, "TRUE"));
    }
    Operand left = operand();
    Token token = peek();
    if (keyword(token, "IS")) {
      next++;
      boolean not = acceptKeyword("NOT");
      if (!acceptKeyword("NULL")) {
        throw expected("NULL", peek());
      }
      return new IsNull(left, not);
    }
    boolean not = acceptKeyword("NOT");
    if (acceptKeyword("LIKE")) {
      return new Like(left, operand(), not);
    }
    if (acceptKeyword("BETWEEN")) {
      Operand low = operand();
      if (!acceptKeyword("AND")) {
        throw expected("AND", peek());
      }
      return new Between(left, low, operand(), not);
    }
    if (acceptKeyword("IN")) {
      expect(Kind.LEFT, "'('");
      List<Operand> items = new ArrayList<>();
      items.add(operand());
      while (peek().kind() == Kind.COMMA) {
        next++;
        items.add(operand());
      }
      expect(Kind.RIGHT, "',' or ')'");
      return new In(left, items, not);
    }
    if (not) {
      throw expected("LIKE, BETWEEN or IN after NOT", peek());
    }
    if (token.kind() == Kind.OPERATOR) {
      next++;
      return new Comparison(token.text(), left, operand(), At.text(token.start()));
    }
    throw expected("a comparison operator, LIKE, BETWEEN, IN or IS", token);
  }

  /** Whether {@code token} may follow a whole condition: a boolean literal stands alone there. */
  private static boolean endsCondition(Token token) {
    return token.kind() == Kind.END
        || token.kind() == Kind.RIGHT
        || keyword(token, "AND")
        || keyword(token, "OR");
  }

  private Condition spatial() {
    Token name = peek();
    next += 2;
    Operand first = operand();
    expect(Kind.COMMA, "','");
    Operand second = operand();
    expect(Kind.RIGHT, "')'");
    return new Spatial(word(name), first, second, At.text(name.start()));
  }

  // ---- operands

  private Operand operand() {
    Token token = peek();
    switch (token.kind()) {
      case STRING:
        next++;
        return new Value(token.text(), At.text(token.start()));
      case NUMBER:
        next++;
        return new Value(token.value(), At.text(token.start()));
      case QUOTED_IDENTIFIER:
        next++;
        return new Property(token.text(), At.text(token.start()));
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
      return new Value(word.equals("TRUE"), At.text(token.start()));
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
    if (call && Cql2Sql.SPATIAL.containsKey(word)) {
      throw new Cql2Exception(word + " is a predicate, not a value", token.start());
    }
    if (call) {
      throw new Cql2Exception(
          "function '" + clip(token.text()) + "' is not supported", token.start());
    }
    if (RESERVED.contains(word)) {
      throw expected("a property or a literal", token);
    }
    return new Property(token.text(), At.text(token.start()));
  }

  private Operand temporal(Token name, boolean timestamp) {
    next++;
    Token text = peek();
    if (text.kind() != Kind.STRING) {
      throw expected("a string", text);
    }
    next++;
    expect(Kind.RIGHT, "')'");
    At at = At.text(text.start());
    Object value = timestamp ? Cql2Sql.timestamp(text.text(), at) : Cql2Sql.date(text.text(), at);
    return new Value(value, At.text(name.start()));
  }

  private Operand caseInsensitive(Token name) {
    next++;
    enter(name);
    Operand inner = operand();
    expect(Kind.RIGHT, "')'");
    depth--;
    return new CaseInsensitive(inner, At.text(name.start()));
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
    return new Value(GEOMETRIES.toGeometry(box), At.text(name.start()));
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
    return new Value(geometry, At.text(type.start()));
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

package org.civgis.web.ogc.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.civgis.web.ogc.cql.Cql2Fixtures.QUERYABLES;
import static org.civgis.web.ogc.cql.Cql2Fixtures.refusal;
import static org.civgis.web.ogc.cql.Cql2Fixtures.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No text of a filter reaches the SQL: injections are refused or bound as values. */
class Cql2TextSecurityTest {
  private static final Pattern PLACEHOLDER = Pattern.compile(":cql[0-9]+");
  private static final Set<String> WORDS =
      Set.of(
          "QUERYABLE",
          "AND",
          "OR",
          "NOT",
          "LIKE",
          "ESCAPE",
          "IN",
          "BETWEEN",
          "IS",
          "NULL",
          "cast",
          "as",
          "bigint",
          "numeric",
          "boolean",
          "date",
          "timestamptz",
          "lower",
          "ST_GeomFromEWKB",
          "ST_Transform",
          "ST_Intersects",
          "ST_Disjoint",
          "ST_Within",
          "ST_Contains",
          "ST_Equals",
          "ST_Touches",
          "ST_Overlaps",
          "ST_Crosses",
          "4490");
  private static final Set<Class<?>> VALUE_TYPES =
      Set.of(
          String.class,
          Long.class,
          BigDecimal.class,
          Boolean.class,
          LocalDate.class,
          OffsetDateTime.class,
          byte[].class);

  /**
   * Asserts that {@code filter} is made of the queryables' SQL, the placeholders of its parameters
   * and nothing but whitelisted words and punctuation.
   */
  static void assertOnlyAllowedTokens(SqlFilter filter) {
    String rest = filter.sql();
    List<String> expressions =
        QUERYABLES.values().stream()
            .map(Queryable::sqlExpression)
            .sorted(Comparator.comparing(String::length).reversed())
            .toList();
    for (String expression : expressions) {
      rest = rest.replace(expression, " QUERYABLE ");
    }
    Set<String> placeholders = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(rest);
    while (matcher.find()) {
      placeholders.add(matcher.group().substring(1));
    }
    assertThat(placeholders)
        .as(filter.sql())
        .isEqualTo(new TreeSet<>(filter.parameters().keySet()));
    rest = PLACEHOLDER.matcher(rest).replaceAll(" ").replace(" ESCAPE '\\'", " ESCAPE ");
    assertThat(rest).as(filter.sql()).matches("[A-Za-z_0-9 (),<>=]*");
    for (String word : rest.split("[^A-Za-z_0-9]+")) {
      if (!word.isEmpty()) {
        assertThat(WORDS).as(filter.sql()).contains(word);
      }
    }
    filter
        .parameters()
        .values()
        .forEach(value -> assertThat(VALUE_TYPES).as(filter.sql()).contains(value.getClass()));
  }

  // ---- injections

  @Test
  void aQuoteInsideAStringIsPartOfTheValue() {
    SqlFilter filter = sql("name = 'x'' OR 1=1 --'");
    assertThat(filter.sql()).isEqualTo("d.name = :cql1");
    assertThat(filter.parameters())
        .containsExactlyEntriesOf(java.util.Map.of("cql1", "x' OR 1=1 --"));
    filter = sql("name LIKE '%''; DROP TABLE boundary.division; --'");
    assertThat(filter.sql()).isEqualTo("d.name LIKE :cql1 ESCAPE '\\'");
    assertThat(filter.parameters().get("cql1")).isEqualTo("%'; DROP TABLE boundary.division; --");
  }

  @Test
  void statementsCannotBeAppended() {
    assertThat(refusal("name = 'a'; DROP TABLE t; --").position()).isEqualTo(10);
    assertThat(refusal("level = 1 UNION SELECT password FROM users").position()).isEqualTo(10);
    assertThat(refusal("level = 1) OR (1 = 1").position()).isEqualTo(9);
    assertThat(refusal("level = 1 OR name = 'x'/*").position()).isEqualTo(23);
  }

  @Test
  void namesAreLookedUpNeverWritten() {
    assertThat(refusal("\"name; DROP TABLE t\" = 1").getMessage())
        .startsWith("unknown queryable 'name; DROP TABLE t'");
    assertThat(refusal("\"name\"\" = 1 OR \"\"name\" = 'x'").getMessage())
        .startsWith("unknown queryable 'name\" = 1 OR \"name'");
    assertThat(refusal("\"d.name\" = 'x'").getMessage()).startsWith("unknown queryable 'd.name'");
    assertThat(refusal("name = x").getMessage()).startsWith("unknown queryable 'x'");
    assertThat(refusal("name\" = 1").getMessage()).startsWith("unterminated quoted property name");
    assertThat(refusal("pg_sleep(10) IS NULL").getMessage())
        .startsWith("function 'pg_sleep' is not supported");
  }

  @Test
  void tautologiesAreRefused() {
    assertThat(refusal("1=1").position()).isZero();
    assertThat(refusal("level = 3 OR 1=1").position()).isEqualTo(13);
    assertThat(refusal("name = 'x' OR 'a' = 'a'").position()).isEqualTo(14);
    assertThat(refusal("TRUE = TRUE").position()).isZero();
  }

  @Test
  void aBooleanLiteralAloneIsAKeywordNotAValue() {
    // CQL2 allows TRUE and FALSE as conditions; the repositories AND them to their read rules
    assertThat(sql("level = 3 OR TRUE").sql())
        .isEqualTo("(d.level = cast(:cql1 as bigint) OR TRUE)");
    assertThat(sql("NOT FALSE").parameters()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name = '\\' OR 1=1 --'",
        "name = 'x'::text",
        "name = :cql1",
        "name = ?",
        "name = $$x$$",
        "name = E'\\x27'",
        "name = U&'\\0041'",
        "name = ＇x＇",
        "level = 0x1F",
        "level = 1e3; SELECT 1",
        "name = 'a' || 'b'",
        "name = 'a\u0000b'",
        "\"na\u0000me\" = 1",
        "name LIKE '%' ESCAPE ''''",
        "level = (SELECT max(level) FROM d)",
        "S_INTERSECTS(geometry, ST_GeomFromText('POINT(1 2)'))",
        "S_INTERSECTS(geometry, POINT(1 2); DROP TABLE t)",
        "S_INTERSECTS(geometry, POINT(1 2) OR 1=1)",
        "level IN (1, 2) OR level IN (SELECT 1)",
      })
  void injectionAttemptsAreRefused(String filter) {
    Cql2Exception refusal = refusal(filter);
    assertThat(refusal).as(filter).isNotNull();
    assertThat(refusal.position()).as(filter).isBetween(0, filter.length());
  }

  // ---- every SQL is whitelisted

  @ParameterizedTest
  @ValueSource(
      strings = {
        "level = 3",
        "3 >= level",
        "area < -0.5e2",
        "name = 'x'' OR 1=1 --'",
        "name = '''; DROP TABLE t; --'",
        "name = '\" OR \"\"=\"'",
        "name LIKE '昌吉%' AND NOT name LIKE '%村'",
        "CASEI(name) LIKE CASEI('CHANGJI%')",
        "code IN ('652301', '652302') OR code NOT IN ('x')",
        "level BETWEEN 1 AND 3 OR area NOT BETWEEN 1 AND 2.5",
        "active = TRUE AND geometry IS NOT NULL AND updated IS NULL",
        "validFrom >= DATE('2021-01-01') AND updated < TIMESTAMP('2023-06-30T12:00:00Z')",
        "census.population > 100000 AND admin:kind = 'county' AND \"full name\" <> '' AND 地名 = 'x'",
        "S_INTERSECTS(geometry, POLYGON((87 44, 88 44, 88 45, 87 44)))",
        "S_WITHIN(geometry, BBOX(86, 43, 89, 46)) OR S_DISJOINT(POINT(1 2), geometry)",
        "S_CONTAINS(geometry, MULTIPOINT((87 44), (88 45))) AND S_EQUALS(geometry, POINT EMPTY)",
        "S_TOUCHES(geometry, LINESTRING(1 2, 3 4)) OR S_OVERLAPS(geometry, BBOX(0,0,1,1))",
        "S_CROSSES(geometry, GEOMETRYCOLLECTION(POINT(1 2)))",
        "NOT (NOT (level = 1 OR (name = 'a' AND code = 'b')))",
      })
  void producedSqlHoldsOnlyAllowedTokens(String filter) {
    assertOnlyAllowedTokens(sql(filter));
  }

  @Test
  void theWhitelistCatchesALeak() {
    SqlFilter leaking = new SqlFilter("d.name = 'x' OR 1=1", java.util.Map.of());
    try {
      assertOnlyAllowedTokens(leaking);
    } catch (AssertionError expected) {
      return;
    }
    fail("a literal in the SQL went unnoticed");
  }

  // ---- random filters

  /** Properties, each with literals that fit it; the last row fits nothing. */
  private static final String[][] PROPERTIES = {
    {"name", "'x'", "'昌吉%'", "'a''b'", "'; DROP TABLE t; --'", "CASEI('X')"},
    {"CASEI(\"full name\")", "'x'", "CASEI('%村')"},
    {"地名", "'昌吉'", "''"},
    {"level", "3", "-2", "1e3", "99999999999999999999", "1e9999999999"},
    {"area", "-2.5", "0.125", "7", "1e-400", ".5E+3"},
    {"active", "TRUE", "false"},
    {"validFrom", "DATE('2023-06-30')", "'2021-01-01'"},
    {"updated", "TIMESTAMP('2023-06-30T12:00:00Z')"},
    {"geometry", "POINT(87 44)", "BBOX(86,43,89,46)", "LINESTRING(1 2, 3 4)"},
    {"nosuch", "x", "\"x; DROP TABLE t\"", "'x'"},
  };

  private static final String[] OPERATORS = {"=", "<>", "<", "<=", ">", ">="};
  private static final String NOISE = "()',\";-=<>%_\\/* \t:?$x1.éA昌\u0000";

  private static String literal(Random random, String[] property) {
    String[] choices = random.nextInt(5) == 0 ? pick(random, PROPERTIES) : property;
    return choices[1 + random.nextInt(choices.length - 1)];
  }

  private static String[] pick(Random random, String[][] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String predicate(Random random) {
    String[] property = pick(random, PROPERTIES);
    String name = property[0];
    return switch (random.nextInt(8)) {
      case 0 -> name + " IS " + (random.nextBoolean() ? "NOT " : "") + "NULL";
      case 1 -> name + (random.nextBoolean() ? " NOT" : "") + " LIKE " + literal(random, property);
      case 2 ->
          name + " BETWEEN " + literal(random, property) + " AND " + literal(random, property);
      case 3 -> name + " IN (" + literal(random, property) + ", " + literal(random, property) + ")";
      case 4 -> "S_INTERSECTS(" + name + ", " + literal(random, property) + ")";
      case 5 -> literal(random, property) + " " + pick(random, OPERATORS) + " " + name;
      default -> name + " " + pick(random, OPERATORS) + " " + literal(random, property);
    };
  }

  private static String expression(Random random, int depth) {
    int choice = depth > 3 ? 0 : random.nextInt(5);
    return switch (choice) {
      case 1 -> expression(random, depth + 1) + " AND " + expression(random, depth + 1);
      case 2 -> expression(random, depth + 1) + " OR " + expression(random, depth + 1);
      case 3 -> "NOT " + expression(random, depth + 1);
      case 4 -> "(" + expression(random, depth + 1) + ")";
      default -> predicate(random);
    };
  }

  private static String mutate(Random random, String filter) {
    StringBuilder mutated = new StringBuilder(filter);
    int mutations = random.nextBoolean() ? 0 : 1 + random.nextInt(2);
    for (int i = 0; i < mutations && mutated.length() > 0; i++) {
      int at = random.nextInt(mutated.length());
      char noise = NOISE.charAt(random.nextInt(NOISE.length()));
      switch (random.nextInt(3)) {
        case 0 -> mutated.insert(at, noise);
        case 1 -> mutated.deleteCharAt(at);
        default -> mutated.setCharAt(at, noise);
      }
    }
    return mutated.toString();
  }

  @Test
  void randomFiltersAreRefusedOrSafe() {
    Random random = new Random(20230630);
    int accepted = 0;
    int total = 20_000;
    for (int i = 0; i < total; i++) {
      String filter = mutate(random, expression(random, 0));
      SqlFilter result;
      try {
        result = sql(filter);
      } catch (Cql2Exception refused) {
        assertThat(refused.position()).as(filter).isBetween(0, filter.length());
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("not a Cql2Exception for: " + filter, e);
      }
      accepted++;
      assertOnlyAllowedTokens(result);
      assertThat(result.sql()).as(filter).doesNotContain("DROP", "'x", "--", ";");
    }
    // the generator makes enough valid filters for the check to mean something
    assertThat(accepted).isGreaterThan(total / 10);
  }
}

package org.civgis.web.ogc.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civgis.web.ogc.cql.Cql2Fixtures.refusal;
import static org.civgis.web.ogc.cql.Cql2Fixtures.sql;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refusals: each names what was expected and where. */
class Cql2TextErrorTest {

  private static void assertRefused(String filter, int position, String message) {
    Cql2Exception refusal = refusal(filter);
    assertThat(refusal).as(filter).isNotNull();
    assertThat(refusal.position()).as(filter).isEqualTo(position);
    assertThat(refusal.getMessage())
        .as(filter)
        .startsWith(message)
        .endsWith("(at position " + position + ")");
  }

  // ---- syntax

  @Test
  void incompleteFilters() {
    assertRefused("", 0, "empty filter; expected a predicate");
    assertRefused("  \n ", 0, "empty filter; expected a predicate");
    assertRefused(
        "level", 5, "expected a comparison operator, LIKE, BETWEEN, IN or IS, found the end");
    assertRefused("level =", 7, "expected a property or a literal, found the end of the filter");
    assertRefused("level = 1 AND", 13, "expected a property or a literal, found the end");
    assertRefused("NOT", 3, "expected a property or a literal, found the end");
    assertRefused("level IS", 8, "expected NULL, found the end of the filter");
  }

  @Test
  void unbalancedParentheses() {
    assertRefused("(level = 1", 10, "expected ')', found the end of the filter");
    assertRefused("((level = 1) OR name = 'x'", 26, "expected ')', found the end");
    assertRefused("level = 1)", 9, "expected AND, OR or the end of the filter, found ')'");
    assertRefused("()", 1, "expected a property or a literal, found ')'");
    assertRefused("S_INTERSECTS(geometry, POINT(1 2)", 33, "expected ')', found the end");
    assertRefused("S_INTERSECTS(geometry, POINT(1 2", 32, "expected ')', found the end");
  }

  @Test
  void trailingGarbage() {
    assertRefused("level = 1 2", 10, "expected AND, OR or the end of the filter, found '2'");
    assertRefused("level = 1 name = 'x'", 10, "expected AND, OR or the end of the filter");
    assertRefused(
        "CASEI(name) LIKE 'x' ESCAPE '!'", 21, "expected AND, OR or the end of the filter");
  }

  @Test
  void unterminatedStringsAndNames() {
    assertRefused("name = 'abc", 7, "unterminated string; expected '");
    assertRefused("name = 'O''", 7, "unterminated string");
    assertRefused("\"name = 1", 0, "unterminated quoted property name; expected \"");
  }

  @Test
  void charactersNoFilterContains() {
    assertRefused("name = 'x' ;", 11, "unexpected character ';'");
    assertRefused("level = 1 -- x", 10, "comments are not allowed");
    assertRefused("level = 1 /* x */", 10, "comments are not allowed");
    assertRefused("level != 1", 6, "unexpected '!='; use <> for 'not equal'");
    assertRefused("level + 1 = 2", 6, "unexpected '+'; arithmetic is not supported");
    assertRefused("level = 1\u0000", 9, "unexpected character U+0000");
    assertRefused("level ＝ 1", 6, "unexpected character '＝'");
    assertRefused("level = `1`", 8, "unexpected character '`'");
  }

  @Test
  void misplacedKeywords() {
    assertRefused(
        "level = 1 AND OR name = 'x'", 14, "expected a property or a literal, found 'OR'");
    assertRefused("AND = 1", 0, "expected a property or a literal, found 'AND'");
    assertRefused("level IS 1", 9, "expected NULL, found '1'");
    assertRefused("level NOT = 1", 10, "expected LIKE, BETWEEN or IN after NOT, found '='");
    assertRefused("level BETWEEN 1 OR 2", 16, "expected AND, found 'OR'");
    assertRefused("level IN ()", 10, "expected a property or a literal, found ')'");
    assertRefused("level IN (1 2)", 12, "expected ',' or ')', found '2'");
    assertRefused("level IN 1", 9, "expected '(', found '1'");
    // a keyword is not a property name, unless quoted
    assertRefused("\"AND\" = 1", 0, "unknown queryable 'AND'");
  }

  // ---- names

  @Test
  void unknownQueryablesAreNamedWithTheQueryables() {
    Cql2Exception refusal = refusal("name = 'x' AND population > 1000");
    assertThat(refusal.position()).isEqualTo(15);
    assertThat(refusal.getMessage())
        .isEqualTo(
            "unknown queryable 'population'; queryables: active, admin:kind, area,"
                + " census.population, code, full name, geometry, level, name, updated, validFrom,"
                + " 地名 (at position 15)");
  }

  @Test
  void namesAreCaseSensitive() {
    assertRefused("Level = 1", 0, "unknown queryable 'Level'");
    assertRefused("NAME = 'x'", 0, "unknown queryable 'NAME'");
  }

  @Test
  void unsupportedFunctions() {
    assertRefused(
        "T_AFTER(updated, TIMESTAMP('2023-01-01T00:00:00Z'))",
        0,
        "function 'T_AFTER' is not supported");
    assertRefused("A_CONTAINS(code, ('a'))", 0, "function 'A_CONTAINS' is not supported");
    assertRefused("ACCENTI(name) = 'x'", 0, "function 'ACCENTI' is not supported");
    assertRefused("upper(name) = 'X'", 0, "function 'upper' is not supported");
    assertRefused("name = INTERVAL('2023-01-01', '..')", 7, "function 'INTERVAL' is not supported");
    assertRefused(
        "level = S_INTERSECTS(geometry, POINT(1 2))",
        8,
        "S_INTERSECTS is a predicate, not a value");
  }

  @Test
  void longNamesAreClipped() {
    String name = "x".repeat(200);
    Cql2Exception refusal = refusal(name + " = 1");
    assertThat(refusal.getMessage()).contains("'" + "x".repeat(40) + "…'").doesNotContain(name);
  }

  // ---- types

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "level = 'x'                    | 8  | property 'level' is INTEGER; expected a number, found a string",
        "area >= TRUE                   | 8  | property 'area' is NUMBER; expected a number, found a boolean",
        "name = 3                       | 7  | property 'name' is STRING; expected a string, found a number",
        "name = DATE('2023-01-01')      | 7  | property 'name' is STRING; expected a string, found a date",
        "active = 1                     | 9  | property 'active' is BOOLEAN; expected TRUE or FALSE, found a number",
        "active = 'true'                | 9  | property 'active' is BOOLEAN; expected TRUE or FALSE, found a string",
        "validFrom = 20230630           | 12 | property 'validFrom' is DATE; expected DATE('yyyy-mm-dd'), found a number",
        "updated = DATE('2023-01-01')   | 10 | property 'updated' is TIMESTAMP; expected TIMESTAMP('yyyy-mm-ddThh:mm:ssZ'), found a date",
        "updated = '2023-01-01T00:00Z'  | 10 | property 'updated' is TIMESTAMP; expected TIMESTAMP('yyyy-mm-ddThh:mm:ssZ'), found a string",
        "level IN (1, 'two')            | 13 | property 'level' is INTEGER; expected a number, found a string",
        "level BETWEEN 1 AND '3'        | 20 | property 'level' is INTEGER; expected a number, found a string",
      })
  void literalsMustFitTheProperty(String filter, int position, String message) {
    assertRefused(filter.strip(), position, message);
  }

  @Test
  void badDatesAndTimestamps() {
    assertRefused(
        "validFrom = '2023-02-30'", 12, "expected a date 'yyyy-mm-dd', found '2023-02-30'");
    assertRefused("validFrom = DATE('2023-02-30')", 17, "expected a date 'yyyy-mm-dd'");
    assertRefused("validFrom = DATE('30.06.2023')", 17, "expected a date 'yyyy-mm-dd'");
    assertRefused("validFrom = DATE('+10000-01-01')", 17, "expected a date 'yyyy-mm-dd'");
    assertRefused("validFrom = DATE(2023)", 17, "expected a string, found '2023'");
    assertRefused(
        "updated = TIMESTAMP('2023-01-01')", 20, "expected a timestamp 'yyyy-mm-ddThh:mm:ssZ'");
    // a timestamp needs its offset: a local time is ambiguous
    assertRefused(
        "updated = TIMESTAMP('2023-01-01T08:00:00')",
        20,
        "expected a timestamp 'yyyy-mm-ddThh:mm:ssZ'");
  }

  @Test
  void operatorsMustFitTheProperty() {
    assertRefused(
        "active < TRUE", 7, "BOOLEAN property 'active' can only be compared with = or <>");
    assertRefused(
        "geometry = 'x'",
        9,
        "geometry property 'geometry' cannot be compared with =; expected a spatial function");
    assertRefused("level LIKE '1%'", 0, "LIKE needs a STRING property; 'level' is INTEGER");
    assertRefused("name LIKE 3", 10, "expected a string pattern after LIKE");
    assertRefused("active BETWEEN TRUE AND FALSE", 0, "BETWEEN needs a property with an order");
    assertRefused("geometry IN ('x')", 0, "IN is not supported for geometry property 'geometry'");
    assertRefused("CASEI(level) = 'x'", 6, "CASEI needs a STRING property or a string");
    assertRefused("CASEI(name) = CASEI(3)", 20, "CASEI needs a STRING property or a string");
    assertRefused("level = CASEI('x')", 8, "CASEI needs a STRING property; 'level' is INTEGER");
    assertRefused(
        "level = POINT(1 2)", 8, "a geometry literal is only allowed in a spatial function");
  }

  @Test
  void likePatternMayNotEndInTheEscapeCharacter() {
    assertRefused("name LIKE 'a\\'", 10, "LIKE pattern ends with the escape character");
    assertRefused("name LIKE 'a\\\\\\'", 10, "LIKE pattern ends with the escape character");
    assertThat(sql("name LIKE 'a\\\\'").parameters()).containsEntry("cql1", "a\\\\");
  }

  @Test
  void aPredicateComparesOnePropertyWithLiterals() {
    assertRefused("1=1", 0, "comparing two literals is not supported");
    assertRefused("'a' = 'a'", 0, "comparing two literals is not supported");
    assertRefused("level = 3 OR 1=1", 13, "comparing two literals is not supported");
    assertRefused("name = code", 7, "comparing two properties is not supported");
    assertRefused("level BETWEEN name AND 3", 14, "expected a literal in BETWEEN, found property");
    assertRefused("level IN (1, code)", 13, "expected a literal in an IN list, found property");
    assertRefused("1 IS NULL", 0, "expected a property before IS NULL");
    assertRefused("'a' LIKE name", 0, "expected a property before LIKE");
    assertRefused("3 BETWEEN 1 AND 5", 0, "expected a property before BETWEEN");
    assertRefused("TRUE = TRUE", 0, "comparing two literals is not supported");
    assertRefused("active", 6, "expected a comparison operator");
  }

  // ---- spatial

  @Test
  void spatialRefusals() {
    assertRefused(
        "S_INTERSECTS(name, POINT(1 2))",
        13,
        "spatial functions need a GEOMETRY property; 'name' is STRING");
    assertRefused(
        "S_INTERSECTS(geometry, geometry)", 0, "S_INTERSECTS of two properties is not supported");
    assertRefused("S_WITHIN(POINT(1 2), POINT(1 2))", 0, "S_WITHIN of two literals");
    assertRefused(
        "S_INTERSECTS(geometry, 'POINT(1 2)')",
        23,
        "expected a geometry literal (WKT or BBOX), found a string");
    assertRefused("S_INTERSECTS(geometry POINT(1 2))", 22, "expected ',', found 'POINT'");
    // read as the property POINT, then refused at what follows it: syntax comes before names
    assertRefused("S_INTERSECTS(geometry, POINT 1)", 29, "expected ')', found '1'");
    assertRefused("S_INTERSECTS(geometry, POINT Z 1)", 31, "expected '(' or EMPTY, found '1'");
  }

  @Test
  void badGeometryLiterals() {
    assertRefused("S_INTERSECTS(geometry, POINT(1 a))", 23, "invalid POINT literal: ");
    assertRefused("S_INTERSECTS(geometry, POINT(1))", 23, "invalid POINT literal: ");
    assertRefused(
        "S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 1 0)))", 23, "invalid POLYGON literal: ");
    assertRefused(
        "S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 1 0, 0 1, 0 0)))",
        23,
        "invalid geometry: Self-intersection");
    assertRefused("S_INTERSECTS(geometry, POINT('1' 2))", 23, "invalid POINT literal: ");
    assertRefused("S_INTERSECTS(geometry, LINESTRING(1 2, 1e999 3))", 39, "number out of range");
  }

  @Test
  void badBoxes() {
    assertRefused("S_INTERSECTS(geometry, BBOX(1,2,3))", 23, "BBOX needs 4 or 6 numbers, found 3");
    assertRefused(
        "S_INTERSECTS(geometry, BBOX(1,2,3,4,5,6,7))", 23, "BBOX needs 4 or 6 numbers, found 7");
    assertRefused(
        "S_INTERSECTS(geometry, BBOX(170,40,-170,50))",
        23,
        "BBOX minimum x is greater than its maximum (crossing the antimeridian is not supported)");
    assertRefused(
        "S_INTERSECTS(geometry, BBOX(87,45,88,44))",
        23,
        "BBOX minimum y is greater than its maximum");
    assertRefused("S_INTERSECTS(geometry, BBOX(87,x,88,44))", 31, "expected a number, found 'x'");
    assertRefused("S_INTERSECTS(geometry, BBOX(1e999,2,3,4))", 28, "number out of range");
  }

  // ---- limits

  @Test
  void numbersBeyondDoublePrecisionAreRefused() {
    assertRefused("level = 1e99999", 8, "number out of range");
    assertRefused("area = -1e309", 7, "number out of range");
    assertRefused("area = 1e-308", 7, "number out of range");
    assertRefused("area = 1e9999999999", 7, "number out of range");
    assertRefused("area = 0." + "0".repeat(1000) + "1", 7, "number out of range");
    assertRefused("area = " + "9".repeat(400), 7, "number out of range");
    assertThat(sql("area < 1e308").parameters()).containsEntry("cql1", new BigDecimal("1e308"));
    assertThat(sql("area = 0e-999").parameters()).containsEntry("cql1", new BigDecimal("0e-999"));
  }

  @Test
  void lengthIsLimited() {
    String filter = "name = '" + "x".repeat(Cql2Text.MAX_LENGTH - 9) + "'";
    assertThat(filter).hasSize(Cql2Text.MAX_LENGTH);
    assertThat(sql(filter).parameters()).hasSize(1);
    assertRefused(filter + " ", Cql2Text.MAX_LENGTH, "filter longer than 10000 characters");
  }

  @Test
  void nestingIsLimited() {
    int depth = Cql2Text.MAX_DEPTH;
    assertThat(sql("(".repeat(depth) + "level = 1" + ")".repeat(depth)).sql())
        .isEqualTo("d.level = cast(:cql1 as bigint)");
    assertRefused(
        "(".repeat(depth + 1) + "level = 1" + ")".repeat(depth + 1),
        depth,
        "nested deeper than 50 levels");
    assertThat(sql("NOT ".repeat(depth) + "level = 1").parameters()).hasSize(1);
    assertRefused("NOT ".repeat(depth + 1) + "level = 1", 4 * depth, "nested deeper than 50");
    assertRefused(
        "CASEI(".repeat(depth + 1) + "name" + ")".repeat(depth + 1) + " = 'x'",
        6 * depth,
        "nested deeper than 50");
    String collections = "GEOMETRYCOLLECTION(".repeat(depth + 1);
    assertRefused(
        "S_INTERSECTS(geometry, " + collections + "POINT(1 2)" + ")".repeat(depth + 2) + ")",
        23 + collections.length() - 1,
        "nested deeper than 50");
    // very deep input is refused, never a StackOverflowError
    assertRefused("(".repeat(5000), depth, "nested deeper than 50");
  }
}

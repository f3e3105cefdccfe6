package org.civgis.web.ogc.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.civgis.web.ogc.cql.Cql2Fixtures.CGCS2000;
import static org.civgis.web.ogc.cql.Cql2Fixtures.CRS84;
import static org.civgis.web.ogc.cql.Cql2Fixtures.QUERYABLES;
import static org.civgis.web.ogc.cql.Cql2Fixtures.sql;

import java.util.Arrays;
import org.civgis.geo.geom.Ewkb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CQL2 JSON: the same SQL and parameters as the same filter in CQL2 text. */
class Cql2JsonTest {

  private static SqlFilter json(String filter) {
    return Cql2Json.toSql(filter, QUERYABLES, CRS84, CGCS2000);
  }

  private static Cql2Exception refusal(String filter) {
    return catchThrowableOfType(Cql2Exception.class, () -> json(filter));
  }

  private static void assertSameAsText(String json, String text) {
    SqlFilter fromJson = json(json);
    SqlFilter fromText = sql(text);
    assertThat(fromJson.sql()).as(json).isEqualTo(fromText.sql());
    assertThat(fromJson.parameters().keySet()).isEqualTo(fromText.parameters().keySet());
    fromText
        .parameters()
        .forEach(
            (name, value) -> {
              Object other = fromJson.parameters().get(name);
              if (value instanceof byte[] bytes) {
                assertThat(Ewkb.read((byte[]) other).equalsExact(Ewkb.read(bytes)))
                    .as(json)
                    .isTrue();
              } else {
                assertThat(other).as(json + " " + name).isEqualTo(value);
              }
            });
  }

  // ---- the same filter in both encodings

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"op\": \"=\", \"args\": [{\"property\": \"name\"}, \"阜康市\"]} | name = '阜康市'",
        "{\"op\": \"<>\", \"args\": [{\"property\": \"level\"}, 3]}       | level <> 3",
        "{\"op\": \">=\", \"args\": [{\"property\": \"area\"}, 12.5]}      | area >= 12.5",
        "{\"op\": \"<\", \"args\": [3, {\"property\": \"level\"}]}         | 3 < level",
        "{\"op\": \"=\", \"args\": [{\"property\": \"active\"}, true]}     | active = TRUE",
        "{\"op\": \"isNull\", \"args\": [{\"property\": \"code\"}]}        | code IS NULL",
        "{\"op\": \"not\", \"args\": [{\"op\": \"isNull\", \"args\": [{\"property\": \"code\"}]}]} | NOT code IS NULL",
        "{\"op\": \"like\", \"args\": [{\"property\": \"name\"}, \"%县\"]}  | name LIKE '%县'",
        "{\"op\": \"between\", \"args\": [{\"property\": \"level\"}, 2, 4]} | level BETWEEN 2 AND 4",
        "{\"op\": \"in\", \"args\": [{\"property\": \"code\"}, [\"a\", \"b\"]]} | code IN ('a', 'b')",
        "{\"op\": \"=\", \"args\": [{\"op\": \"casei\", \"args\": [{\"property\": \"name\"}]}, {\"op\": \"casei\", \"args\": [\"ABC\"]}]} | CASEI(name) = CASEI('ABC')",
        "{\"op\": \"=\", \"args\": [{\"property\": \"validFrom\"}, {\"date\": \"2023-06-30\"}]} | validFrom = DATE('2023-06-30')",
        "{\"op\": \">\", \"args\": [{\"property\": \"updated\"}, {\"timestamp\": \"2023-06-30T08:00:00+08:00\"}]} | updated > TIMESTAMP('2023-06-30T08:00:00+08:00')",
        "{\"op\": \"=\", \"args\": [{\"property\": \"地名\"}, \"x\"]}        | \"地名\" = 'x'",
        "true                                                              | TRUE",
        "{\"op\": \"not\", \"args\": [true]}                               | NOT TRUE",
        "{\"op\": \"or\", \"args\": [false, {\"op\": \"=\", \"args\": [{\"property\": \"level\"}, 3]}]} | FALSE OR level = 3",
      })
  void sameSqlAsText(String json, String text) {
    assertSameAsText(json.strip(), text.strip());
  }

  @Test
  void logicNestsAsWritten() {
    assertSameAsText(
        """
        {"op": "and", "args": [
          {"op": "=", "args": [{"property": "level"}, 3]},
          {"op": "or", "args": [
            {"op": "like", "args": [{"property": "name"}, "%县"]},
            {"op": "=", "args": [{"property": "code"}, "652302000000"]}]},
          {"op": "not", "args": [{"op": "in", "args": [{"property": "name"}, ["沙湾市"]]}]}]}
        """,
        "level = 3 AND (name LIKE '%县' OR code = '652302000000') AND NOT name IN ('沙湾市')");
  }

  @Test
  void spatialLiterals() {
    assertSameAsText(
        """
        {"op": "s_intersects", "args": [{"property": "geometry"},
          {"type": "Point", "coordinates": [87.3, 44.0]}]}
        """,
        "S_INTERSECTS(geometry, POINT(87.3 44.0))");
    assertSameAsText(
        """
        {"op": "S_WITHIN", "args": [{"property": "geometry"},
          {"type": "Polygon", "coordinates": [[[87, 44], [88, 44], [88, 45], [87, 45], [87, 44]]]}]}
        """,
        "S_WITHIN(geometry, POLYGON((87 44, 88 44, 88 45, 87 45, 87 44)))");
    assertSameAsText(
        "{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"}, {\"bbox\": [86.9, 43.5, 87.0, 43.6]}]}",
        "S_INTERSECTS(geometry, BBOX(86.9, 43.5, 87.0, 43.6))");
  }

  // ---- refusals name the member at fault

  @Test
  void refusalsEndWithAJsonPointer() {
    assertThat(
            refusal("{\"op\": \"=\", \"args\": [{\"property\": \"population\"}, 1]}").getMessage())
        .startsWith("unknown queryable 'population'; queryables: ")
        .endsWith("(at /args/0)");
    assertThat(
            refusal("{\"op\": \"=\", \"args\": [{\"property\": \"level\"}, \"x\"]}").getMessage())
        .isEqualTo("property 'level' is INTEGER; expected a number, found a string (at /args/1)");
    assertThat(
            refusal("{\"op\": \"and\", \"args\": [true, {\"op\": \"=\", \"args\": [1, 1]}]}")
                .getMessage())
        .startsWith("comparing two literals is not supported")
        .endsWith("(at /args/1/args/0)");
    assertThat(refusal("{\"op\": \"t_after\", \"args\": []}").getMessage())
        .isEqualTo("operator 't_after' is not supported (at /op)");
    assertThat(refusal("{\"op\": \"=\", \"args\": [{\"property\": \"level\"}]}").getMessage())
        .isEqualTo("\"=\" needs 2 argument(s), found 1 (at /args)");
    assertThat(
            refusal(
                    "{\"op\": \"=\", \"args\": [{\"property\": \"validFrom\"}, {\"date\": \"2023-02-30\"}]}")
                .getMessage())
        .isEqualTo("expected a date 'yyyy-mm-dd', found '2023-02-30' (at /args/1/date)");
    assertThat(
            refusal(
                    "{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"}, {\"bbox\": [170, 40, -170, 50]}]}")
                .getMessage())
        .startsWith("BBOX minimum x is greater than its maximum");
    assertThat(refusal("\"level = 3\"").getMessage())
        .isEqualTo("expected a condition {\"op\": …, \"args\": […]} or true/false (at /)");
    assertThat(refusal("level = 3").getMessage()).startsWith("not JSON: ");
    assertThat(refusal("").getMessage()).startsWith("empty filter");
  }

  @Test
  void injectionsStayValues() {
    SqlFilter filter =
        json("{\"op\": \"=\", \"args\": [{\"property\": \"name\"}, \"x'; DROP TABLE t; --\"]}");
    assertThat(filter.sql()).isEqualTo("d.name = :cql1");
    assertThat(filter.parameters()).containsEntry("cql1", "x'; DROP TABLE t; --");
    assertThat(refusal("{\"op\": \"=\", \"args\": [{\"property\": \"name; DROP TABLE t\"}, 1]}"))
        .isNotNull();
    assertThat(
            refusal(
                    "{\"op\": \"=\", \"args\": [{\"property\": \"level\"}, {\"property\": \"level\"}]}")
                .getMessage())
        .startsWith("comparing two properties is not supported");
  }

  @Test
  void deepNestingIsRefused() {
    String[] open = new String[Cql2Text.MAX_DEPTH + 1];
    Arrays.fill(open, "{\"op\": \"not\", \"args\": [");
    String filter = String.join("", open) + "true" + "]}".repeat(open.length);
    assertThat(refusal(filter).getMessage()).startsWith("nested deeper than");
  }
}

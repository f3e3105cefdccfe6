package org.civgis.web.ogc.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civgis.web.ogc.cql.Cql2Fixtures.CGCS2000;
import static org.civgis.web.ogc.cql.Cql2Fixtures.CRS84;
import static org.civgis.web.ogc.cql.Cql2Fixtures.QUERYABLES;
import static org.civgis.web.ogc.cql.Cql2Fixtures.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civgis.geo.geom.Ewkb;
import org.civgis.web.ogc.cql.Queryable.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class Cql2TextTest {

  private static void assertSql(String filter, String sql, Object... parameters) {
    SqlFilter result = sql(filter);
    assertThat(result.sql()).isEqualTo(sql);
    Map<String, Object> expected = new LinkedHashMap<>();
    for (int i = 0; i < parameters.length; i++) {
      expected.put("cql" + (i + 1), parameters[i]);
    }
    assertThat(result.parameters()).containsExactlyEntriesOf(expected);
  }

  private static Geometry geometry(SqlFilter filter, String parameter) {
    return Ewkb.read((byte[]) filter.parameters().get(parameter));
  }

  private static Geometry wkt(String wkt) throws Exception {
    return new WKTReader().read(wkt);
  }

  // ---- comparisons

  @ParameterizedTest
  @CsvSource({"=,=", "<>,<>", "<,<", "<=,<=", ">,>", ">=,>="})
  void everyComparisonOperator(String cql, String sql) {
    assertSql("level " + cql + " 3", "d.level " + sql + " cast(:cql1 as bigint)", 3L);
  }

  @ParameterizedTest
  @CsvSource({"=,=", "<>,<>", "<,>", "<=,>=", ">,<", ">=,<="})
  void aLiteralOnTheLeftIsMirrored(String cql, String sql) {
    assertSql("3 " + cql + " level", "d.level " + sql + " cast(:cql1 as bigint)", 3L);
  }

  @Test
  void numbers() {
    assertSql("level=-2", "d.level = cast(:cql1 as bigint)", -2L);
    assertSql("level = +4", "d.level = cast(:cql1 as bigint)", 4L);
    assertSql("level = 2.5", "d.level = cast(:cql1 as numeric)", new BigDecimal("2.5"));
    assertSql("area >= 12.5", "d.area_km2 >= cast(:cql1 as numeric)", new BigDecimal("12.5"));
    assertSql("area > 10", "d.area_km2 > cast(:cql1 as numeric)", 10L);
    assertSql("area < -0.25", "d.area_km2 < cast(:cql1 as numeric)", new BigDecimal("-0.25"));
    assertSql("area < .5", "d.area_km2 < cast(:cql1 as numeric)", new BigDecimal(".5"));
    assertSql("area = 7.", "d.area_km2 = cast(:cql1 as numeric)", new BigDecimal("7."));
    assertSql("area = 1.5e3", "d.area_km2 = cast(:cql1 as numeric)", new BigDecimal("1.5e3"));
    // beyond a long: a decimal
    assertSql(
        "area = 123456789012345678901234567890",
        "d.area_km2 = cast(:cql1 as numeric)",
        new BigDecimal("123456789012345678901234567890"));
  }

  @Test
  void strings() {
    assertSql("name = '昌吉市'", "d.name = :cql1", "昌吉市");
    assertSql("name = 'O''Brien'", "d.name = :cql1", "O'Brien");
    assertSql("name = ''", "d.name = :cql1", "");
    assertSql("name <> '玛纳斯县 (Manas)'", "d.name <> :cql1", "玛纳斯县 (Manas)");
    assertSql("'昌吉市' = name", "d.name = :cql1", "昌吉市");
  }

  @Test
  void booleans() {
    assertSql("active = TRUE", "d.active = cast(:cql1 as boolean)", true);
    assertSql("active <> false", "d.active <> cast(:cql1 as boolean)", false);
    assertSql("TRUE = active", "d.active = cast(:cql1 as boolean)", true);
  }

  @Test
  void booleanLiteralsStandAlone() {
    assertSql("TRUE", "TRUE");
    assertSql("false", "FALSE");
    assertSql("NOT TRUE", "NOT (TRUE)");
    assertSql("(FALSE) OR level = 3", "(FALSE OR d.level = cast(:cql1 as bigint))", 3L);
    assertSql("active = TRUE AND TRUE", "(d.active = cast(:cql1 as boolean) AND TRUE)", true);
  }

  @Test
  void datesAndTimestamps() {
    assertSql(
        "validFrom = DATE('2023-06-30')",
        "lower(d.valid) = cast(:cql1 as date)",
        LocalDate.of(2023, 6, 30));
    assertSql(
        "validFrom >= '2021-01-01'",
        "lower(d.valid) >= cast(:cql1 as date)",
        LocalDate.of(2021, 1, 1));
    assertSql(
        "updated > TIMESTAMP('2023-06-30T12:00:00Z')",
        "d.updated_at > cast(:cql1 as timestamptz)",
        OffsetDateTime.of(2023, 6, 30, 12, 0, 0, 0, ZoneOffset.UTC));
    // an offset is kept as the same instant, in UTC
    assertSql(
        "updated < timestamp('2023-06-30T20:00:00.5+08:00')",
        "d.updated_at < cast(:cql1 as timestamptz)",
        OffsetDateTime.of(2023, 6, 30, 12, 0, 0, 500_000_000, ZoneOffset.UTC));
  }

  @Test
  void propertyNames() {
    assertSql("\"full name\" = 'x'", "d.full_name = :cql1", "x");
    assertSql("\"name\" = 'x'", "d.name = :cql1", "x");
    assertSql("地名 = '昌吉'", "d.name_zh = :cql1", "昌吉");
    assertSql("admin:kind = 'county'", "d.kind = :cql1", "county");
    assertSql(
        "census.population > 100000",
        "(d.census ->> 'population')::bigint > cast(:cql1 as bigint)",
        100_000L);
    // a name that looks like a function of the grammar is a property when not called
    Map<String, Queryable> queryables = Map.of("date", new Queryable("date", "t.day", Type.DATE));
    assertThat(Cql2Text.toSql("date = DATE('2024-02-29')", queryables, CRS84, CGCS2000).sql())
        .isEqualTo("t.day = cast(:cql1 as date)");
  }

  // ---- null, between, in

  @Test
  void isNull() {
    assertSql("name IS NULL", "d.name IS NULL");
    assertSql("geometry is not null", "d.geom IS NOT NULL");
    assertSql("updated IS NULL", "d.updated_at IS NULL");
  }

  @Test
  void between() {
    assertSql(
        "level BETWEEN 2 AND 4",
        "d.level BETWEEN cast(:cql1 as bigint) AND cast(:cql2 as bigint)",
        2L,
        4L);
    assertSql(
        "area NOT BETWEEN 0.5 AND 100",
        "d.area_km2 NOT BETWEEN cast(:cql1 as numeric) AND cast(:cql2 as numeric)",
        new BigDecimal("0.5"),
        100L);
    assertSql(
        "validFrom BETWEEN DATE('2021-01-01') AND '2021-12-31'",
        "lower(d.valid) BETWEEN cast(:cql1 as date) AND cast(:cql2 as date)",
        LocalDate.of(2021, 1, 1),
        LocalDate.of(2021, 12, 31));
    // BETWEEN's AND is not a logical AND
    assertSql(
        "level between 1 and 3 and name = 'x'",
        "(d.level BETWEEN cast(:cql1 as bigint) AND cast(:cql2 as bigint) AND d.name = :cql3)",
        1L,
        3L,
        "x");
  }

  @Test
  void in() {
    assertSql(
        "code IN ('652301', '652302', '652323')",
        "d.code IN (:cql1, :cql2, :cql3)",
        "652301",
        "652302",
        "652323");
    assertSql("level NOT IN (1)", "d.level NOT IN (cast(:cql1 as bigint))", 1L);
    assertSql(
        "level in (4, 5.0)",
        "d.level IN (cast(:cql1 as bigint), cast(:cql2 as numeric))",
        4L,
        new BigDecimal("5.0"));
  }

  // ---- like and casei

  @Test
  void like() {
    assertSql("name LIKE '昌吉%'", "d.name LIKE :cql1 ESCAPE '\\'", "昌吉%");
    assertSql("name NOT LIKE '_村'", "d.name NOT LIKE :cql1 ESCAPE '\\'", "_村");
    // the escape character of CQL2 and of the SQL are the same: the pattern passes unchanged
    assertSql("name like '100\\%'", "d.name LIKE :cql1 ESCAPE '\\'", "100\\%");
    assertSql("name LIKE 'a\\\\'", "d.name LIKE :cql1 ESCAPE '\\'", "a\\\\");
  }

  @Test
  void caseInsensitive() {
    assertSql(
        "CASEI(name) LIKE CASEI('changji%')",
        "lower(d.name) LIKE lower(:cql1) ESCAPE '\\'", "changji%");
    assertSql("casei(name) = casei('Hutubi')", "lower(d.name) = lower(:cql1)", "Hutubi");
    assertSql(
        "CASEI(code) IN (CASEI('a'), 'b')", "lower(d.code) IN (lower(:cql1), :cql2)", "a", "b");
    assertSql("CASEI('x') = CASEI(name)", "lower(d.name) = lower(:cql1)", "x");
  }

  // ---- logic and precedence

  @Test
  void andBindsTighterThanOr() {
    assertSql(
        "level = 1 OR name = 'x' AND code = 'y'",
        "(d.level = cast(:cql1 as bigint) OR (d.name = :cql2 AND d.code = :cql3))",
        1L,
        "x",
        "y");
    assertSql(
        "level = 1 AND name = 'x' OR code = 'y'",
        "((d.level = cast(:cql1 as bigint) AND d.name = :cql2) OR d.code = :cql3)",
        1L,
        "x",
        "y");
  }

  @Test
  void parenthesesGroup() {
    assertSql(
        "(level = 1 OR level = 2) AND name = 'x'",
        "((d.level = cast(:cql1 as bigint) OR d.level = cast(:cql2 as bigint)) AND d.name ="
            + " :cql3)",
        1L,
        2L,
        "x");
    assertSql("((((level = 1))))", "d.level = cast(:cql1 as bigint)", 1L);
  }

  @Test
  void notBindsTighterThanAnd() {
    assertSql(
        "NOT level = 1 AND name = 'x'",
        "(NOT (d.level = cast(:cql1 as bigint)) AND d.name = :cql2)",
        1L,
        "x");
    assertSql(
        "NOT (level = 1 OR name = 'x')",
        "NOT (d.level = cast(:cql1 as bigint) OR d.name = :cql2)",
        1L,
        "x");
    assertSql("not not name is null", "NOT (NOT (d.name IS NULL))");
  }

  @Test
  void chainsAreFlat() {
    assertSql(
        "level = 1 AND level = 2 AND level = 3 OR name = 'a' OR name = 'b'",
        "((d.level = cast(:cql1 as bigint) AND d.level = cast(:cql2 as bigint) AND d.level ="
            + " cast(:cql3 as bigint)) OR d.name = :cql4 OR d.name = :cql5)",
        1L,
        2L,
        3L,
        "a",
        "b");
  }

  @Test
  void keywordsIgnoreCaseAndWhitespace() {
    assertSql(
        "level=1 and\tname like 'x%'\nOr NoT active = True",
        "((d.level = cast(:cql1 as bigint) AND d.name LIKE :cql2 ESCAPE '\\') OR NOT (d.active ="
            + " cast(:cql3 as boolean)))",
        1L,
        "x%",
        true);
  }

  // ---- spatial

  @Test
  void intersectsAPointInCrs84() throws Exception {
    SqlFilter filter = sql("S_INTERSECTS(geometry, POINT(87.3 44.01))");
    assertThat(filter.sql())
        .isEqualTo("ST_Intersects(d.geom, ST_Transform(ST_GeomFromEWKB(:cql1), 4490))");
    Geometry point = geometry(filter, "cql1");
    assertThat(point.getSRID()).isEqualTo(CRS84);
    assertThat(point.equalsExact(wkt("POINT (87.3 44.01)"))).isTrue();
  }

  @Test
  void noTransformWhenTheCrsIsTheStoragesOne() {
    SqlFilter filter =
        Cql2Text.toSql("s_intersects(geometry, POINT(87.3 44))", QUERYABLES, CGCS2000, CGCS2000);
    assertThat(filter.sql()).isEqualTo("ST_Intersects(d.geom, ST_GeomFromEWKB(:cql1))");
    assertThat(geometry(filter, "cql1").getSRID()).isEqualTo(CGCS2000);
  }

  @Test
  void webMercatorLiterals() {
    SqlFilter filter =
        Cql2Text.toSql(
            "S_INTERSECTS(geometry, POINT(9718000 5465000))", QUERYABLES, 3857, CGCS2000);
    assertThat(filter.sql())
        .isEqualTo("ST_Intersects(d.geom, ST_Transform(ST_GeomFromEWKB(:cql1), 4490))");
    assertThat(geometry(filter, "cql1").getSRID()).isEqualTo(3857);
  }

  @Test
  void everyWktType() throws Exception {
    String[] literals = {
      "POINT (87 44)",
      "LINESTRING (87 44, 88 45)",
      "POLYGON ((87 44, 88 44, 88 45, 87 44))",
      "POLYGON ((86 43, 89 43, 89 46, 86 46, 86 43), (87 44, 88 44, 88 45, 87 44))",
      "MULTIPOINT ((87 44), (88 45))",
      "MULTILINESTRING ((87 44, 88 45), (86 43, 87 43))",
      "MULTIPOLYGON (((87 44, 88 44, 88 45, 87 44)), ((80 40, 81 40, 81 41, 80 40)))",
      "GEOMETRYCOLLECTION (POINT (87 44), LINESTRING (87 44, 88 45))",
      "POINT EMPTY",
    };
    for (String literal : literals) {
      SqlFilter filter = sql("S_INTERSECTS(geometry, " + literal + ")");
      assertThat(filter.sql())
          .isEqualTo("ST_Intersects(d.geom, ST_Transform(ST_GeomFromEWKB(:cql1), 4490))");
      assertThat(geometry(filter, "cql1").equalsExact(wkt(literal))).as(literal).isTrue();
    }
    // lower case and a third coordinate (dropped)
    assertThat(
            geometry(sql("S_INTERSECTS(geometry, point z (87 44 500))"), "cql1")
                .equalsExact(wkt("POINT (87 44)")))
        .isTrue();
  }

  @Test
  void bbox() throws Exception {
    SqlFilter filter = sql("S_INTERSECTS(geometry, BBOX(87, 43.5, 88, 44.5))");
    assertThat(filter.sql())
        .isEqualTo("ST_Intersects(d.geom, ST_Transform(ST_GeomFromEWKB(:cql1), 4490))");
    assertThat(
            geometry(filter, "cql1")
                .equalsTopo(wkt("POLYGON ((87 43.5, 88 43.5, 88 44.5, 87 44.5, 87 43.5))")))
        .isTrue();
    // six numbers: the heights are dropped
    assertThat(
            geometry(sql("S_INTERSECTS(geometry, bbox(87, 43.5, 0, 88, 44.5, 3000))"), "cql1")
                .getEnvelopeInternal())
        .isEqualTo(geometry(filter, "cql1").getEnvelopeInternal());
  }

  @ParameterizedTest
  @CsvSource({
    "S_INTERSECTS,ST_Intersects",
    "S_DISJOINT,ST_Disjoint",
    "S_WITHIN,ST_Within",
    "S_CONTAINS,ST_Contains",
    "S_EQUALS,ST_Equals",
    "S_TOUCHES,ST_Touches",
    "S_OVERLAPS,ST_Overlaps",
    "S_CROSSES,ST_Crosses"
  })
  void everySpatialFunctionKeepsItsArgumentOrder(String cql, String sql) {
    assertThat(sql(cql + "(geometry, POINT(87 44))").sql())
        .isEqualTo(sql + "(d.geom, ST_Transform(ST_GeomFromEWKB(:cql1), 4490))");
    assertThat(sql(cql + "(POINT(87 44), geometry)").sql())
        .isEqualTo(sql + "(ST_Transform(ST_GeomFromEWKB(:cql1), 4490), d.geom)");
  }

  @Test
  void spatialAndScalarTogether() {
    SqlFilter filter =
        sql("level = 3 AND S_WITHIN(geometry, BBOX(86,43,89,46)) AND NOT name LIKE '%村'");
    assertThat(filter.sql())
        .isEqualTo(
            "(d.level = cast(:cql1 as bigint)"
                + " AND ST_Within(d.geom, ST_Transform(ST_GeomFromEWKB(:cql2), 4490))"
                + " AND NOT (d.name LIKE :cql3 ESCAPE '\\'))");
    assertThat(filter.parameters().keySet()).containsExactly("cql1", "cql2", "cql3");
    assertThat(filter.parameters().get("cql2")).isInstanceOf(byte[].class);
    assertThat(filter.parameters().get("cql3")).isEqualTo("%村");
  }

  // ---- queryables and results

  @Test
  void queryablesRefuseUnusableSqlExpressions() {
    assertThatThrownBy(() -> new Queryable("a", "x; drop table t", Type.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Queryable("a", "x -- comment", Type.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Queryable("a", "x /* c */", Type.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Queryable("a", "x = ?", Type.BOOLEAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Queryable("a", "coalesce(x, :cql1)", Type.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Queryable(" ", "x", Type.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Queryable("a", "", Type.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    // casts and a colon inside a word are fine
    assertThat(new Queryable("a", "x::text", Type.STRING).sqlExpression()).isEqualTo("x::text");
    assertThat(new Queryable("a", "to_char(t, 'HH24:MI')", Type.STRING)).isNotNull();
  }

  @Test
  void parametersCannotBeChanged() {
    SqlFilter filter = sql("level = 1");
    assertThatThrownBy(() -> filter.parameters().put("cql2", 2L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sridsMustBePositive() {
    assertThatThrownBy(() -> Cql2Text.toSql("level = 1", QUERYABLES, 0, CGCS2000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

/**
 * OGC API – Features, Part 3 (Filtering): CQL2 text ({@link org.civgis.web.ogc.cql.Cql2Text#toSql})
 * and CQL2 JSON ({@link org.civgis.web.ogc.cql.Cql2Json#toSql}) to a parameterised
 * PostgreSQL/PostGIS condition; both are read into one tree ({@code Cql2Ast}) whose SQL one class
 * writes ({@code Cql2Sql}).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A filter can name only {@link org.civgis.web.ogc.cql.Queryable}s; each stands for an SQL
 *       expression the caller wrote. No text of the filter reaches the SQL: values become named
 *       parameters ({@code :cql1}, {@code :cql2}, …), names are looked up, keywords and operators
 *       are written by the translator.
 *   <li>Supported: comparisons ({@code = <> < <= > >=}) of a property with a literal in either
 *       order, {@code IS [NOT] NULL}, {@code [NOT] BETWEEN}, {@code [NOT] LIKE} ({@code %}, {@code
 *       _}, {@code \} escape), {@code [NOT] IN (…)}, {@code CASEI}, {@code AND}/{@code OR}/{@code
 *       NOT} and parentheses, {@code TRUE}/{@code FALSE} as a condition; literals: strings,
 *       numbers, {@code TRUE}/{@code FALSE}, {@code DATE('…')}, {@code TIMESTAMP('…')}, WKT
 *       geometries and {@code BBOX(…)}; spatial functions {@code S_INTERSECTS}, {@code S_DISJOINT},
 *       {@code S_WITHIN}, {@code S_CONTAINS}, {@code S_EQUALS}, {@code S_TOUCHES}, {@code
 *       S_OVERLAPS}, {@code S_CROSSES} between a geometry property and a geometry literal.
 *   <li>A filter that cannot be used is a {@link org.civgis.web.ogc.cql.Cql2Exception} with a short
 *       English message and the position of the problem; answer it with 400.
 *   <li>Bind {@link org.civgis.web.ogc.cql.SqlFilter#parameters()} as they are, e.g. {@code
 *       jdbc.sql("… where " + filter.sql()).params(filter.parameters())}. No value is a collection,
 *       so Spring's expansion of collections into IN lists never applies.
 * </ol>
 *
 * <p>Known limitations:
 *
 * <ul>
 *   <li>Not supported: temporal operators ({@code T_AFTER}, {@code T_INTERSECTS}, …) and {@code
 *       INTERVAL}, array operators ({@code A_CONTAINS}, …), {@code ACCENTI}, other functions,
 *       arithmetic, comparisons or spatial functions between two properties or between two
 *       literals, a boolean property standing alone as a condition ({@code active} instead of
 *       {@code active = TRUE}).
 *   <li>Geometry literals are read x/y (longitude first) whatever axis order the filter CRS
 *       defines: an API that offers EPSG:4326 or EPSG:4490 (latitude first by definition) as {@code
 *       filter-crs} must say so or refuse them. {@code BBOX} crossing the antimeridian is refused.
 *   <li>Property names that are CQL2 keywords ({@code AND}, {@code NOT}, {@code TRUE}, …) must be
 *       written in double quotes.
 * </ul>
 */
package org.civgis.web.ogc.cql;

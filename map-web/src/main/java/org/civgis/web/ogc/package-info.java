/**
 * OGC API – Features, Part 1 (Core, GeoJSON) under {@code /ogc}.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Each collection is a {@link org.civgis.web.ogc.FeatureSource} bean; its id is also its
 *       vector tile layer name (shared/DESIGN.md fixes the ids).
 *   <li>Coordinates are CRS84 longitude/latitude (data of record in CGCS2000 is written as is: the
 *       two differ by centimetres).
 *   <li>Query parameters follow the standard: {@code limit} (1–10000, default 10; larger values are
 *       capped), {@code offset}, {@code bbox} (4 or 6 numbers, CRS84), {@code datetime} (a date, a
 *       date-time or an interval), Part 3's {@code filter} (CQL2 text or, with {@code
 *       filter-lang=cql2-json}, CQL2 JSON), the collection's own parameters and, as an equality
 *       filter, each queryable that is not a geometry ({@code ?road=北京南路}); where an own parameter
 *       has a queryable's name it has that property's meaning. Unknown parameters and bad values
 *       are answered with 400 and a problem detail naming the parameter.
 *   <li>Each collection declares its properties once ({@link org.civgis.web.ogc.FeatureSchema}):
 *       {@code /schema} (Part 5), {@code /queryables} and the filters' SQL derive from it.
 *   <li>Without {@code datetime} a collection with history returns what is valid today.
 * </ol>
 */
package org.civgis.web.ogc;

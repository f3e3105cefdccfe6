/**
 * Coordinate reference systems of record and of measurement.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Geometries of record are CGCS2000 longitude/latitude ({@link
 *       org.civgis.geo.crs.Srid#CGCS2000}, EPSG:4490), x = longitude, y = latitude.
 *   <li>Areas, lengths, distances and tolerances are measured in metres in the CGCS2000 3-degree
 *       Gauss-Krüger zone of the feature ({@link org.civgis.geo.crs.GaussKrugerZone}), never in
 *       degrees.
 *   <li>CGCS2000 and WGS 84 differ by centimetres; they are treated as equal for exchange, but the
 *       SRID of record is kept on every geometry.
 * </ol>
 */
package org.civgis.geo.crs;

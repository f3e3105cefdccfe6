/**
 * Topology check runs (内业检查) over the divisions, boundary lines and markers of a scope, and their
 * stored reports.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A run checks, as of a day, the scope division and every division under it (geo-core's
 *       {@link org.civgis.geo.topology.CoverageCheck}), the stored lines with a side in the scope
 *       against the polygons of their two sides ({@link
 *       org.civgis.boundary.boundary.LineSidePolygons}, {@link
 *       org.civgis.geo.topology.LineDeviationCheck}), and the markers of those lines; the precision
 *       is that of the polygons ({@link org.civgis.geo.topology.DataPrecision}).
 *   <li>Its findings are stored with the run and never change; subjects are 12-digit division
 *       codes, {@code L:} + line code and {@code M:} + marker id, each with its name.
 * </ol>
 */
package org.civgis.boundary.check;

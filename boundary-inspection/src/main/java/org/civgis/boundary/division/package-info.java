/**
 * Administrative divisions (行政区划) over time.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A division is identified by its 12-digit statistical division code; the first six digits
 *       are its GB/T 2260 code.
 *   <li>A division has versions with half-open validity periods [from, to) that never overlap; a
 *       query "as of" a date returns the version valid on that date.
 *   <li>Geometries are MultiPolygons in CGCS2000 (EPSG:4490); a division may have none (no open
 *       source gives township or village polygons).
 * </ol>
 */
package org.civgis.boundary.division;

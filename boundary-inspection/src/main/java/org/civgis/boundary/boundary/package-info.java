/**
 * Boundary lines (行政区域界线): the lines between adjacent divisions of one level, derived from the
 * shared edges of their polygons, with their two sides, their level and the agreement they cite;
 * recomputed when divisions change, and edited as shared borders.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A line's code is the two sides' significant code digits, the smaller first; its versions
 *       have non-overlapping validity periods like divisions' (ADR 0003).
 *   <li>A shared edge belongs to the line of the highest level at which its two sides differ: the
 *       edge between a county of Changji and one of Ürümqi is part of the prefecture-level line
 *       昌吉州—乌鲁木齐市, not a county-level line.
 *   <li>Geometries are MultiLineStrings in CGCS2000 (EPSG:4490), the side with the smaller code on
 *       the left of their direction.
 * </ol>
 */
package org.civgis.boundary.boundary;

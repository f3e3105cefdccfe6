/**
 * Geometry helpers shared by every module: metric measures and the one place where geometry crosses
 * a boundary (PostGIS EWKB, GeoJSON).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Geometries carry their SRID; a geometry read without one is given the SRID of record the
 *       caller names, never a silent default.
 *   <li>Measures are in metres or square metres in the Gauss-Krüger zone of the feature.
 * </ol>
 */
package org.civgis.geo.geom;

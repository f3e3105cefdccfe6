/**
 * Imports and exports of divisions in surveyors' formats (GeoJSON, Shapefile, GeoPackage, KML, DXF,
 * CSV with WKT) through GDAL's {@code ogr2ogr}.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A file is read by {@code ogr2ogr} into CGCS2000 lon/lat (EPSG:4490). Its CRS is the one the
 *       file declares (GeoJSON, Shapefile {@code .prj}, GeoPackage, KML) or the one the user
 *       declares (DXF and CSV carry none); a file whose CRS is neither is rejected.
 *   <li>The features are staged ({@code boundary.import_batch}, {@code boundary.import_feature}),
 *       validated (codes, names, geometry) and checked with the topology checks of geo-core
 *       together with the divisions they join; invalid geometry is repaired (PostGIS {@code
 *       ST_MakeValid}) only when the user asks, and every repair is reported with what it changed.
 *   <li>All of it runs in the caller's transaction: a rejected import throws {@link
 *       ImportRejectedException} carrying the report of every problem, and the rollback leaves
 *       nothing behind; an accepted one publishes new division versions from its effective day and
 *       recomputes the boundary lines in the same transaction.
 *   <li>An import can also be staged first ({@link DivisionImport#stage}): checked the same way but
 *       kept, with its report and its problems, for the user to look at; it is then published
 *       ({@link DivisionImport#publishStaged}, checked again against the divisions as they are
 *       then) or discarded ({@link DivisionImport#discard}), which leaves nothing behind.
 * </ol>
 */
package org.civgis.boundary.imports;

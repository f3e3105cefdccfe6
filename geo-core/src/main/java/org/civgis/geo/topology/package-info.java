/**
 * Topology checks of administrative geometry (内业检查), in plain JTS: validity, overlaps between
 * siblings, gaps inside the parent, slivers, children outside their parent, the shared edges of a
 * coverage (boundary lines), lines off their shared edge, markers off their line, and marker
 * numbering.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Input geometries are CGCS2000 longitude/latitude (EPSG:4490); output geometries too.
 *   <li>Every area, width, length and distance of a {@link org.civgis.geo.topology.Finding} is
 *       measured in metres in the CGCS2000 3-degree Gauss-Krüger zone of the longitude of the
 *       centre of the finding's own envelope, never in degrees; tolerances are given in metres.
 *   <li>Overlays run in JTS OverlayNG with the fixed {@link
 *       org.civgis.geo.topology.CheckTolerances#precision() precision model} of the data (snap
 *       rounding), so shared vertices stay shared and results are robust.
 *   <li>A check never changes its input.
 * </ol>
 */
package org.civgis.geo.topology;

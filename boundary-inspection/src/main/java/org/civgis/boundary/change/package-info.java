/**
 * Division changes (行政区划调整) as operations: rename, upgrade (撤县设市), a new division from part of its
 * siblings, merge, and the transfer of an area between neighbours.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A change is planned first: the new versions' geometries are computed with JTS OverlayNG at
 *       the precision of the data, the coverage of every parent it touches is checked before and
 *       after ({@link org.civgis.geo.topology.CoverageCheck}), and its impact is listed (place
 *       names, addresses, facilities from the {@link
 *       org.civgis.boundary.change.ChangeImpactSource}s the application registers; boundary lines,
 *       markers and child divisions from this module).
 *   <li>A plan whose result has an error the coverage did not have before is refused.
 *   <li>Applying a plan, in the caller's transaction: the old versions end the day before the
 *       effective day (or are corrected in place when they began that day), the new versions start
 *       on it, the change is recorded with its changed area and impact, and the lines of the
 *       divisions involved are derived again. Queries as of a day before the change return the old
 *       versions, from that day the new.
 * </ol>
 */
package org.civgis.boundary.change;

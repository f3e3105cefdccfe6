package org.civgis.boundary.change;

import java.util.List;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.geo.topology.Finding;
import org.locationtech.jts.geom.Geometry;

/**
 * A division change worked out but not yet written.
 *
 * @param request what was asked
 * @param change the change record to store
 * @param ending the versions valid on the effective day that end (or are corrected in place)
 * @param starting the versions that start on the effective day
 * @param changedArea the ground whose division changes, or {@code null}
 * @param findingsBefore the coverage findings of the touched parents before the change
 * @param findingsAfter the same after the change
 * @param impact what the change touches
 * @param lineCodes the line codes whose lines are derived again when it is applied
 */
public record ChangePlan(
    ChangeRequest request,
    DivisionChange change,
    List<DivisionVersion> ending,
    List<Division> starting,
    Geometry changedArea,
    List<Finding> findingsBefore,
    List<Finding> findingsAfter,
    ChangeImpact impact,
    java.util.Set<String> lineCodes) {}

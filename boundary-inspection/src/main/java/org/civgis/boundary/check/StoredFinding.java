package org.civgis.boundary.check;

import java.util.List;
import org.civgis.geo.topology.FindingType;
import org.civgis.geo.topology.Severity;
import org.locationtech.jts.geom.Geometry;

/**
 * A finding as stored with its run.
 *
 * @param subjects division codes, {@code L:} + line code, {@code M:} + marker id
 * @param subjectNames their names, in the same order
 * @param geometry CGCS2000 longitude/latitude, or {@code null}
 */
public record StoredFinding(
    long id,
    long runId,
    FindingType type,
    Severity severity,
    List<String> subjects,
    List<String> subjectNames,
    Geometry geometry,
    Double measure,
    FindingType.MeasureUnit unit,
    Integer zoneEpsg,
    String detail) {}

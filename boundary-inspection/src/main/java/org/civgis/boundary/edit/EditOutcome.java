package org.civgis.boundary.edit;

import java.util.List;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.geo.topology.Finding;
import org.locationtech.jts.geom.Geometry;

/**
 * What a write did.
 *
 * @param version the edited division's version current today after the write (for a legal change
 *     from a later day: the version current today, unchanged)
 * @param written every division written, with its geometry before and after (to announce)
 * @param acknowledged the warning findings the editor acknowledged
 * @param lines the boundary lines derived again
 */
public record EditOutcome(
    DivisionVersion version,
    List<Written> written,
    List<Finding> acknowledged,
    List<String> lines) {

  /** One division written. */
  public record Written(String code, Geometry before, Geometry after) {}
}

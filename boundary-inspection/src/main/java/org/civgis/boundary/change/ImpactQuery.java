package org.civgis.boundary.change;

import java.time.LocalDate;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * What an impact source is asked about a planned change.
 *
 * @param affectedCodes the 12-digit codes of the divisions that get new versions or end
 * @param renamedCodes those among them whose name changes
 * @param changedArea the ground whose division changes (CGCS2000 lon/lat), or {@code null} when no
 *     ground changes hands (a rename)
 * @param effective the effective day
 */
public record ImpactQuery(
    Set<String> affectedCodes,
    Set<String> renamedCodes,
    Geometry changedArea,
    LocalDate effective) {
  public ImpactQuery {
    affectedCodes = Set.copyOf(affectedCodes);
    renamedCodes = Set.copyOf(renamedCodes);
  }
}

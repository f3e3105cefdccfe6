package org.civgis.boundary.inspection;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * A daily boundary patrol (平安边界巡查) along a line.
 *
 * @param route the walked route (CGCS2000), or {@code null}
 * @param issuesFound whether the patrol found anything to report
 */
public record Patrol(
    long id,
    String lineCode,
    LocalDate patrolledOn,
    List<String> patrollers,
    LineString route,
    boolean issuesFound,
    String notes,
    String recordedBy) {

  public Patrol {
    patrollers = List.copyOf(patrollers);
  }
}

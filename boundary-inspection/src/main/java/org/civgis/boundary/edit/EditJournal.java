package org.civgis.boundary.edit;

import java.util.Map;
import java.util.Optional;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.RecordStatus;
import org.locationtech.jts.geom.Geometry;

/**
 * The audit trail as the edits see it; the application provides it. Writes join the caller's
 * transaction.
 */
public interface EditJournal {

  /**
   * Records a write of a division.
   *
   * @param action CREATE, UPDATE or DELETE
   * @param before the version before, or {@code null}
   * @param after the version after, or {@code null}
   * @param edit what the edit was: kind, reason, document, acknowledged findings, areas, extent
   */
  void division(
      String action,
      Editor editor,
      String code,
      Division before,
      Division after,
      Map<String, Object> edit);

  /** Records a shared-border edit of boundary line {@code lineCode}. */
  void line(
      Editor editor, String lineCode, Geometry before, Geometry after, Map<String, Object> edit);

  /** The entry {@code id} if it is a write of a division, with the states it recorded. */
  Optional<Recorded> find(long id);

  /** A recorded write of division {@code code}; a state is {@code null} where there was none. */
  record Recorded(long id, String code, State before, State after) {}

  /** What a division was as an audit entry keeps it. */
  record State(String name, RecordStatus status, String remarks, Geometry geometry) {}
}

package org.civgis.boundary.marker;

import java.time.LocalDate;
import java.util.List;
import org.civgis.boundary.division.RecordStatus;
import org.locationtech.jts.geom.Point;

/**
 * A boundary marker (界桩) as recorded.
 *
 * @param id row id, 0 before it is stored
 * @param revision increases with every edit
 * @param number its number as written on it
 * @param lineCode the code of the line it belongs to
 * @param sequence its sequence along the line
 * @param typeCode empty, A–E or Q (see {@link MarkerForm})
 * @param form single, double or triple
 * @param faces 1 to 3 faces (单面/双面/三面)
 * @param material e.g. 花岗岩, 钢筋混凝土, or {@code null}
 * @param position recorded CGCS2000 longitude/latitude (SRID 4490)
 * @param gkXMeters recorded Gauss-Krüger northing
 * @param gkYMeters recorded Gauss-Krüger easting (500 km false easting, no zone prefix)
 * @param gkZoneEpsg the zone of the Gauss-Krüger coordinates, EPSG:4534–4554
 * @param elevationMeters elevation, or {@code null}
 * @param surveyMethod e.g. GNSS RTK, or {@code null}
 * @param accuracyMeters the survey's horizontal accuracy, or {@code null}
 * @param agreementId the agreement it is recorded in, or {@code null}
 * @param condition its last observed condition
 * @param installedOn the day it was set, or {@code null}
 * @param status publication status
 * @param remarks 备注, or {@code null}
 * @param generated whether the position is a generated demo position, not a real one
 * @param source where the record comes from
 * @param landmarks its reference landmarks, at least three
 */
public record BoundaryMarker(
    long id,
    int revision,
    String number,
    String lineCode,
    int sequence,
    String typeCode,
    MarkerForm form,
    int faces,
    String material,
    Point position,
    double gkXMeters,
    double gkYMeters,
    int gkZoneEpsg,
    Double elevationMeters,
    String surveyMethod,
    Double accuracyMeters,
    Long agreementId,
    MarkerCondition condition,
    LocalDate installedOn,
    RecordStatus status,
    String remarks,
    boolean generated,
    String source,
    List<Landmark> landmarks) {

  public BoundaryMarker {
    landmarks = List.copyOf(landmarks);
  }

  /** The entity tag of this revision (quoted, strong). */
  public String etag() {
    return "\"" + id + "-" + revision + "\"";
  }

  /** A copy with the id and revision of a stored row. */
  public BoundaryMarker stored(long newId, int newRevision) {
    return new BoundaryMarker(
        newId,
        newRevision,
        number,
        lineCode,
        sequence,
        typeCode,
        form,
        faces,
        material,
        position,
        gkXMeters,
        gkYMeters,
        gkZoneEpsg,
        elevationMeters,
        surveyMethod,
        accuracyMeters,
        agreementId,
        condition,
        installedOn,
        status,
        remarks,
        generated,
        source,
        landmarks);
  }
}

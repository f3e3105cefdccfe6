package org.civgis.gazetteer.facility;

import java.time.LocalDate;
import org.locationtech.jts.geom.Point;

/**
 * A social-service facility (民政服务设施), one row of the registry.
 *
 * @param id the row id (0 before it is stored)
 * @param revision the revision, 1 on insert, +1 on each edit (the ETag)
 * @param name its name, e.g. 宁边路街道综合养老服务中心
 * @param type its type
 * @param address its address as text, or {@code null}
 * @param capacity how many people it serves (places), or {@code null}
 * @param beds its beds, or {@code null}
 * @param nursingBeds its nursing-type beds (护理型床位), at most {@code beds}, or {@code null}
 * @param operator who runs it
 * @param openedOn when it opened, or {@code null}
 * @param status where it stands
 * @param divisionCode the 12-digit code of the division it lies in
 * @param point where it is, CGCS2000 lon/lat (SRID 4490)
 * @param pointGenerated whether the position is generated (示意), not surveyed
 * @param source where the row comes from, e.g. {@code api}, {@code import:…}
 */
public record Facility(
    long id,
    int revision,
    String name,
    FacilityType type,
    String address,
    Integer capacity,
    Integer beds,
    Integer nursingBeds,
    FacilityOperator operator,
    LocalDate openedOn,
    FacilityStatus status,
    String divisionCode,
    Point point,
    boolean pointGenerated,
    String source) {

  /** The strong ETag of this revision, quoted as HTTP writes it. */
  public String etag() {
    return "\"facility-" + id + "-" + revision + "\"";
  }

  /** This facility with another id and revision (as stored). */
  public Facility withId(long newId, int newRevision) {
    return new Facility(
        newId,
        newRevision,
        name,
        type,
        address,
        capacity,
        beds,
        nursingBeds,
        operator,
        openedOn,
        status,
        divisionCode,
        point,
        pointGenerated,
        source);
  }

  /** The 6-digit code of its county. */
  public String countyCode6() {
    return divisionCode.substring(0, 6);
  }

  /** The 9-digit code of its township or street. */
  public String townshipCode9() {
    return divisionCode.substring(0, 9);
  }
}

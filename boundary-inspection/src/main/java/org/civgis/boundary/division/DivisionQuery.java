package org.civgis.boundary.division;

import java.time.LocalDate;
import org.locationtech.jts.geom.Envelope;

/**
 * Which divisions to find.
 *
 * @param validStart first day of the period of interest, {@code null} for open
 * @param validEnd last day of the period of interest (inclusive), {@code null} for open; equal to
 *     {@code validStart} for "as of" one day
 * @param code only this 12-digit code, or {@code null}
 * @param level only this level, or {@code null}
 * @param parentCode only children of this 12-digit code, or {@code null}
 * @param bbox only divisions whose geometry intersects this CGCS2000 longitude/latitude box, or
 *     {@code null}
 * @param limit at most this many (≥ 1)
 * @param offset skip this many, in code order (≥ 0)
 */
public record DivisionQuery(
    LocalDate validStart,
    LocalDate validEnd,
    String code,
    DivisionLevel level,
    String parentCode,
    Envelope bbox,
    int limit,
    long offset) {

  public DivisionQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (validStart != null && validEnd != null && validEnd.isBefore(validStart)) {
      throw new IllegalArgumentException("period ends before it starts");
    }
  }

  /** The divisions valid on {@code date}, at most {@code limit}. */
  public static DivisionQuery asOf(LocalDate date, int limit) {
    return new DivisionQuery(date, date, null, null, null, null, limit, 0);
  }

  public DivisionQuery withCode(String newCode) {
    return new DivisionQuery(validStart, validEnd, newCode, level, parentCode, bbox, limit, offset);
  }

  public DivisionQuery withLevel(DivisionLevel newLevel) {
    return new DivisionQuery(validStart, validEnd, code, newLevel, parentCode, bbox, limit, offset);
  }

  public DivisionQuery withParent(String newParentCode) {
    return new DivisionQuery(validStart, validEnd, code, level, newParentCode, bbox, limit, offset);
  }

  public DivisionQuery withBbox(Envelope newBbox) {
    return new DivisionQuery(validStart, validEnd, code, level, parentCode, newBbox, limit, offset);
  }

  public DivisionQuery withPage(int newLimit, long newOffset) {
    return new DivisionQuery(
        validStart, validEnd, code, level, parentCode, bbox, newLimit, newOffset);
  }
}

package org.civgis.boundary.division;

import java.time.LocalDate;
import java.util.Map;
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
 * @param includeDrafts whether draft versions are found too (for officers)
 * @param condition a further condition over the {@link DivisionRepository#QUERYABLES}, or {@code
 *     null}
 */
public record DivisionQuery(
    LocalDate validStart,
    LocalDate validEnd,
    String code,
    DivisionLevel level,
    String parentCode,
    Envelope bbox,
    int limit,
    long offset,
    boolean includeDrafts,
    Condition condition) {

  /**
   * A boolean SQL expression over the queryable columns with its named parameters. Its text must
   * come from trusted code (a parser that only emits the queryables' expressions, operators and
   * placeholders), never from user input; parameter names must start with {@code cql}.
   */
  public record Condition(String sql, Map<String, Object> parameters) {
    public Condition {
      parameters = Map.copyOf(parameters);
      for (String name : parameters.keySet()) {
        if (!name.startsWith("cql")) {
          throw new IllegalArgumentException(
              "condition parameter " + name + " must start with cql");
        }
      }
    }
  }

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

  /** The published divisions valid on {@code date}, at most {@code limit}. */
  public static DivisionQuery asOf(LocalDate date, int limit) {
    return new DivisionQuery(date, date, null, null, null, null, limit, 0, false, null);
  }

  /** The published divisions valid at some time from {@code start} to {@code end}. */
  public static DivisionQuery during(LocalDate start, LocalDate end, int limit) {
    return new DivisionQuery(start, end, null, null, null, null, limit, 0, false, null);
  }

  public DivisionQuery withCode(String newCode) {
    return new DivisionQuery(
        validStart,
        validEnd,
        newCode,
        level,
        parentCode,
        bbox,
        limit,
        offset,
        includeDrafts,
        condition);
  }

  public DivisionQuery withLevel(DivisionLevel newLevel) {
    return new DivisionQuery(
        validStart,
        validEnd,
        code,
        newLevel,
        parentCode,
        bbox,
        limit,
        offset,
        includeDrafts,
        condition);
  }

  public DivisionQuery withParent(String newParentCode) {
    return new DivisionQuery(
        validStart,
        validEnd,
        code,
        level,
        newParentCode,
        bbox,
        limit,
        offset,
        includeDrafts,
        condition);
  }

  public DivisionQuery withBbox(Envelope newBbox) {
    return new DivisionQuery(
        validStart,
        validEnd,
        code,
        level,
        parentCode,
        newBbox,
        limit,
        offset,
        includeDrafts,
        condition);
  }

  public DivisionQuery withPage(int newLimit, long newOffset) {
    return new DivisionQuery(
        validStart,
        validEnd,
        code,
        level,
        parentCode,
        bbox,
        newLimit,
        newOffset,
        includeDrafts,
        condition);
  }

  public DivisionQuery withDrafts(boolean newIncludeDrafts) {
    return new DivisionQuery(
        validStart,
        validEnd,
        code,
        level,
        parentCode,
        bbox,
        limit,
        offset,
        newIncludeDrafts,
        condition);
  }

  public DivisionQuery withCondition(Condition newCondition) {
    return new DivisionQuery(
        validStart,
        validEnd,
        code,
        level,
        parentCode,
        bbox,
        limit,
        offset,
        includeDrafts,
        newCondition);
  }
}

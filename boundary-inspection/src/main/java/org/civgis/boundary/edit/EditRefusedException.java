package org.civgis.boundary.edit;

import java.util.List;
import org.civgis.geo.topology.Finding;

/**
 * A write that is not made: why, the field at fault, the message in Chinese, and for a write the
 * checks refuse the findings (with whether acknowledging the warnings would let it through).
 */
public class EditRefusedException extends RuntimeException {
  /** Why a write is refused. */
  public enum Reason {
    /** The input is incomplete or contradictory (HTTP 400). */
    INVALID,
    /** The editor does not answer for a division the write changes (403). */
    OUT_OF_JURISDICTION,
    /** No such division or audit entry (404). */
    NOT_FOUND,
    /** The version moved on since the editor read it (412). */
    STALE,
    /**
     * The write contradicts what is stored, e.g. a code that already has a current version (409).
     */
    CONFLICT,
    /** The checks on save found problems the edit causes (422). */
    FINDINGS
  }

  private final Reason reason;
  private final String field;
  private final transient List<Finding> findings;
  private final boolean acknowledgeable;

  public EditRefusedException(Reason reason, String field, String message) {
    this(reason, field, message, List.of(), false);
  }

  public EditRefusedException(
      Reason reason,
      String field,
      String message,
      List<Finding> findings,
      boolean acknowledgeable) {
    super(message);
    this.reason = reason;
    this.field = field;
    this.findings = List.copyOf(findings);
    this.acknowledgeable = acknowledgeable;
  }

  public Reason reason() {
    return reason;
  }

  /** The request field at fault, e.g. {@code reason} or {@code geometry}. */
  public String field() {
    return field;
  }

  /** The findings the edit would cause (errors and warnings), for {@link Reason#FINDINGS}. */
  public List<Finding> findings() {
    return findings;
  }

  /** Whether the findings are all warnings, so that acknowledging them lets the write through. */
  public boolean acknowledgeable() {
    return acknowledgeable;
  }
}

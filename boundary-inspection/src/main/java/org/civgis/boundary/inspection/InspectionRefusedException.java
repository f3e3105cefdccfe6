package org.civgis.boundary.inspection;

/** A request the inspection domain refuses: names the field and the reason (in Chinese). */
public final class InspectionRefusedException extends RuntimeException {
  private final String field;
  private final String reason;

  public InspectionRefusedException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}

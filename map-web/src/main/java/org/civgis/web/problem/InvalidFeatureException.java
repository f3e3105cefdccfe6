package org.civgis.web.problem;

/** A feature in a request body that cannot be stored; answered with 400 naming where and why. */
public class InvalidFeatureException extends RuntimeException {
  private final String location;
  private final String reason;

  /**
   * @param location where in the body, as a JSON path, e.g. {@code geometry.coordinates[0][3]} or
   *     {@code properties.name}
   * @param reason what is wrong, in Chinese
   */
  public InvalidFeatureException(String location, String reason) {
    super(location + "：" + reason);
    this.location = location;
    this.reason = reason;
  }

  public String location() {
    return location;
  }

  public String reason() {
    return reason;
  }
}

package org.civgis.web.problem;

/** The actor may not do this (role or jurisdiction); answered with 403. */
public class ForbiddenException extends RuntimeException {

  /**
   * @param detail why, in Chinese
   */
  public ForbiddenException(String detail) {
    super(detail);
  }
}

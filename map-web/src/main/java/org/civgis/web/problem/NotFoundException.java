package org.civgis.web.problem;

/** The requested resource does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

  /**
   * @param detail what was not found, in Chinese
   */
  public NotFoundException(String detail) {
    super(detail);
  }
}

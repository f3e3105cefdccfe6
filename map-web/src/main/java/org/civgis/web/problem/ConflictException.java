package org.civgis.web.problem;

/** The write contradicts stored data (e.g. a second current version of a code); 409. */
public class ConflictException extends RuntimeException {

  /**
   * @param detail what conflicts, in Chinese
   */
  public ConflictException(String detail) {
    super(detail);
  }
}

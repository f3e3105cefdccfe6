package org.civgis.gazetteer.placename;

/** A lifecycle step that the rules refuse; the message says why, in Chinese. */
public class IllegalTransitionException extends RuntimeException {
  public IllegalTransitionException(String reason) {
    super(reason);
  }
}

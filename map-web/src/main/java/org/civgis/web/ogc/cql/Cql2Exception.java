package org.civgis.web.ogc.cql;

/**
 * A filter that cannot be used; position is the 0-based character offset in the filter text, or -1.
 *
 * <p>The message is short English saying what was expected, and ends with the position when there
 * is one, e.g. {@code expected ')', found the end of the filter (at position 17)}.
 */
public class Cql2Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int position;

  public Cql2Exception(String message, int position) {
    super(position >= 0 ? message + " (at position " + position + ")" : message);
    this.position = position;
  }

  /** The 0-based offset (in UTF-16 units, as {@link String#charAt}) of the problem, or -1. */
  public int position() {
    return position;
  }
}

package org.civgis.web.tabular;

/**
 * An uploaded table that cannot be read or exceeds a {@link TableLimits limit}; the message says
 * why in Chinese (where in the file, which limit), for the caller to answer as a refusal of its
 * {@code file} parameter.
 */
public class TableException extends RuntimeException {
  public TableException(String reason) {
    super(reason);
  }

  public TableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

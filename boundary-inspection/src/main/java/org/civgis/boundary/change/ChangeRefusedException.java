package org.civgis.boundary.change;

import java.util.List;
import org.civgis.geo.topology.Finding;

/**
 * A change that cannot be made: a field and the reason, in Chinese; for a change that would break
 * the coverage, the findings it would cause.
 */
public class ChangeRefusedException extends RuntimeException {
  private final String field;
  private final transient List<Finding> findings;

  public ChangeRefusedException(String field, String reason) {
    this(field, reason, List.of());
  }

  public ChangeRefusedException(String field, String reason, List<Finding> findings) {
    super(reason);
    this.field = field;
    this.findings = List.copyOf(findings);
  }

  /** The request field at fault, e.g. {@code area}. */
  public String field() {
    return field;
  }

  public List<Finding> findings() {
    return findings;
  }
}

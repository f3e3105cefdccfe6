package org.civgis.boundary.division;

/**
 * A stored version of a division with what optimistic locking needs.
 *
 * @param id the row id of the version
 * @param revision increases by one with every edit of the version
 * @param division the version's content
 */
public record DivisionVersion(long id, int revision, Division division) {

  /** The entity tag of this revision, as HTTP writes it (quoted, strong). */
  public String etag() {
    return "\"" + id + "-" + revision + "\"";
  }
}

package org.civgis.boundary.edit;

/** What a write to the division record is. */
public enum ChangeKind {
  /**
   * The record was wrong: the current version is corrected in place, its dates stay; the audit
   * trail keeps what it was.
   */
  CORRECTION,
  /** The division changed by an act: a new dated version from the effective day. */
  LEGAL_CHANGE
}

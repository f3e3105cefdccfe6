package org.civgis.boundary.division;

/** Where a record stands in publication. */
public enum RecordStatus {
  /** Proposed; seen only by officers. */
  DRAFT,
  /** Official; seen by everyone. */
  PUBLISHED,
  /** A draft taken back; kept for the record, never shown. */
  WITHDRAWN
}

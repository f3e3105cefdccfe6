package org.civgis.boundary.boundary;

/** Where a boundary line's geometry comes from. */
public enum LineOrigin {
  /** The shared edge of the two sides' polygons. */
  DERIVED,
  /** A survey or the agreement. */
  SURVEYED,
  /** Moved by shared-border editing; the two polygons moved with it. */
  EDITED
}

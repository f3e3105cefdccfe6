package org.civgis.geo.topology;

/** Where a long check reports how far it is; may stop the check by throwing. */
@FunctionalInterface
public interface CheckProgress {
  /** {@code fraction} (0–1) done, now doing {@code message} (Chinese). */
  void update(double fraction, String message);

  /** A progress that goes nowhere. */
  CheckProgress NONE = (fraction, message) -> {};
}

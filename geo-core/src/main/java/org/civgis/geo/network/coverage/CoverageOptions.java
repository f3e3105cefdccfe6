package org.civgis.geo.network.coverage;

/**
 * The walking rule of a coverage analysis.
 *
 * @param walkMinutes the time limit T (the care circle's 15 minutes by default)
 * @param walkingSpeedMetersPerSecond walking speed (1.0 m/s by default; {@link #ELDERLY_SPEED} is
 *     0.75 m/s)
 * @param maxSnapMeters how far from the network a facility or demand point may lie and still be
 *     joined to its nearest edge; farther ones are reported, not analysed
 */
public record CoverageOptions(
    double walkMinutes, double walkingSpeedMetersPerSecond, double maxSnapMeters) {
  public static final double DEFAULT_MINUTES = 15;
  public static final double DEFAULT_SPEED = 1.0;
  public static final double ELDERLY_SPEED = 0.75;
  public static final double DEFAULT_MAX_SNAP_METERS = 300;

  public CoverageOptions {
    if (!(walkMinutes > 0) || Double.isInfinite(walkMinutes)) {
      throw new IllegalArgumentException("walkMinutes must be > 0");
    }
    if (!(walkingSpeedMetersPerSecond > 0) || Double.isInfinite(walkingSpeedMetersPerSecond)) {
      throw new IllegalArgumentException("walkingSpeedMetersPerSecond must be > 0");
    }
    if (!(maxSnapMeters >= 0)) {
      throw new IllegalArgumentException("maxSnapMeters must be >= 0");
    }
  }

  /** 15 minutes at 1.0 m/s, snapping up to 300 m. */
  public static CoverageOptions defaults() {
    return new CoverageOptions(DEFAULT_MINUTES, DEFAULT_SPEED, DEFAULT_MAX_SNAP_METERS);
  }

  public CoverageOptions withMinutes(double minutes) {
    return new CoverageOptions(minutes, walkingSpeedMetersPerSecond, maxSnapMeters);
  }

  public CoverageOptions withSpeed(double metersPerSecond) {
    return new CoverageOptions(walkMinutes, metersPerSecond, maxSnapMeters);
  }

  /** The same limit at the elderly walking speed of 0.75 m/s. */
  public CoverageOptions elderly() {
    return withSpeed(ELDERLY_SPEED);
  }

  /** The distance walked in {@link #walkMinutes}: minutes · 60 · speed. */
  public double limitMeters() {
    return walkMinutes * 60 * walkingSpeedMetersPerSecond;
  }

  /** Walking minutes for a distance in metres. */
  public double minutes(double meters) {
    return meters / walkingSpeedMetersPerSecond / 60;
  }
}

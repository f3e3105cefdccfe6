package org.civgis.geo.topology;

import org.locationtech.jts.geom.PrecisionModel;

/**
 * The thresholds of a check, in metres, and the precision of the data.
 *
 * @param sliverWidthMeters a gap or overlap at most this wide (twice the radius of its largest
 *     inscribed circle) is a sliver
 * @param sliverAreaSquareMeters a gap or overlap at most this large is a sliver, whatever its width
 * @param lineToleranceMeters a recorded boundary line may lie this far from the shared edge
 *     (Hausdorff distance)
 * @param markerToleranceMeters a marker may lie this far from its line
 * @param gridScale the data's precision as a JTS fixed precision scale in units per degree, e.g.
 *     10^7 for 7 decimal places (about a centimetre)
 */
public record CheckTolerances(
    double sliverWidthMeters,
    double sliverAreaSquareMeters,
    double lineToleranceMeters,
    double markerToleranceMeters,
    double gridScale) {

  /** Defaults: slivers up to 10 m wide or 1,000 m²; lines and markers within 5 m; 7 decimals. */
  public static final CheckTolerances DEFAULT = new CheckTolerances(10, 1_000, 5, 5, 1e7);

  public CheckTolerances {
    for (double value :
        new double[] {
          sliverWidthMeters, sliverAreaSquareMeters, lineToleranceMeters, markerToleranceMeters
        }) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("tolerances must be finite and not negative");
      }
    }
    if (!(gridScale > 0) || Double.isInfinite(gridScale)) {
      throw new IllegalArgumentException("the grid scale must be positive");
    }
  }

  /** The fixed precision model of the data, for OverlayNG. */
  public PrecisionModel precision() {
    return new PrecisionModel(gridScale);
  }

  /** These tolerances with another precision scale, e.g. the one {@link DataPrecision} found. */
  public CheckTolerances withGridScale(double newGridScale) {
    return new CheckTolerances(
        sliverWidthMeters,
        sliverAreaSquareMeters,
        lineToleranceMeters,
        markerToleranceMeters,
        newGridScale);
  }
}

package org.civgis.geo.topology;

import org.locationtech.jts.geom.PrecisionModel;

/**
 * The thresholds of a check, in metres, and the precision of the data.
 *
 * <p>QA policy: the sliver thresholds follow from the data's stated positional accuracy σ, the mean
 * error of a well-defined point, which for a survey at scale 1:M is 0.5 mm on the map (σ = M/2,000
 * m: 1 m at 1:2,000, 5 m at 1:10,000). Two neighbours each off by up to σ can overlap, or leave a
 * gap, up to 2σ wide along their shared edge; anything wider is not explained by the data's
 * precision. So a gap or overlap is a sliver (a warning) when at most 2σ wide or at most 4σ² large
 * (a square 2σ on a side, what one misplaced vertex can cover); any other overlap of neighbours is
 * an {@link FindingType#OVERLAP} error, which an import or a save refuses. At the demo's 1:2,000 a
 * 0.2 m digitising sliver is a warning and a 3 m shift of a boundary is an error once its overlap
 * exceeds 4 m².
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

  /** The survey scale the demo data states (1:2,000), and the default: σ = 1 m. */
  public static final int DEFAULT_SURVEY_SCALE = 2_000;

  /**
   * Defaults: {@link #forSurveyScale} of {@link #DEFAULT_SURVEY_SCALE}, i.e. slivers up to 2 m wide
   * or 4 m²; lines and markers within 5 m; 7 decimals.
   */
  public static final CheckTolerances DEFAULT = forSurveyScale(DEFAULT_SURVEY_SCALE);

  /** The positional accuracy σ of a survey at 1:{@code scaleDenominator}: 0.5 mm on the map. */
  public static double positionalAccuracyMeters(int scaleDenominator) {
    if (scaleDenominator <= 0) {
      throw new IllegalArgumentException("the survey scale must be positive");
    }
    return scaleDenominator * 0.0005;
  }

  /** The tolerances of data surveyed at 1:{@code scaleDenominator}; see the class's QA policy. */
  public static CheckTolerances forSurveyScale(int scaleDenominator) {
    return forPositionalAccuracy(positionalAccuracyMeters(scaleDenominator));
  }

  /**
   * The tolerances of data with positional accuracy {@code sigmaMeters}: slivers at most 2σ wide or
   * 4σ² large; lines and markers within 5 m; 7 decimals (the grid scale is usually replaced by the
   * one {@link DataPrecision} detects).
   */
  public static CheckTolerances forPositionalAccuracy(double sigmaMeters) {
    if (!(sigmaMeters > 0) || Double.isInfinite(sigmaMeters)) {
      throw new IllegalArgumentException("the positional accuracy must be positive");
    }
    return new CheckTolerances(2 * sigmaMeters, 4 * sigmaMeters * sigmaMeters, 5, 5, 1e7);
  }

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

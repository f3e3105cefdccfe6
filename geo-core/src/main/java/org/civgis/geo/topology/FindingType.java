package org.civgis.geo.topology;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The kinds of topology finding, with the severity each has unless a check says otherwise. */
public enum FindingType {
  /** A geometry that is not valid (JTS IsValidOp); located at the point of the error. */
  INVALID_GEOMETRY("几何无效", Severity.ERROR, MeasureUnit.NONE),
  /** Two siblings cover the same area; the polygons of the overlap with their area. */
  OVERLAP("同级重叠", Severity.ERROR, MeasureUnit.SQUARE_METERS),
  /** Area of the parent covered by none of its children; the polygons with their area. */
  GAP("上级区域内缺口", Severity.ERROR, MeasureUnit.SQUARE_METERS),
  /**
   * An overlap thinner or smaller than the sliver thresholds, which follow from the data's
   * positional accuracy ({@link CheckTolerances}).
   */
  SLIVER_OVERLAP("细碎重叠", Severity.WARNING, MeasureUnit.SQUARE_METERS),
  /** A gap thinner or smaller than the sliver thresholds. */
  SLIVER_GAP("细碎缝隙", Severity.WARNING, MeasureUnit.SQUARE_METERS),
  /** Part of a child lies outside its parent; the polygons outside with their area. */
  OUTSIDE_PARENT("超出上级区域", Severity.ERROR, MeasureUnit.SQUARE_METERS),
  /**
   * Edges of neighbours that nearly but not exactly coincide (JTS CoverageValidator), with no
   * overlap area at the data's precision: no boundary line can be derived there.
   */
  EDGE_MISMATCH("公共边不一致", Severity.WARNING, MeasureUnit.METERS),
  /**
   * A recorded boundary line farther than the tolerance from where its two sides meet (see {@link
   * LineDeviationCheck}); the segment of the largest deviation with its length.
   */
  LINE_OFF_EDGE("界线偏离公共边", Severity.ERROR, MeasureUnit.METERS),
  /** A marker farther from its line than the tolerance. */
  MARKER_OFF_LINE("界桩偏离界线", Severity.ERROR, MeasureUnit.METERS),
  /** Sequence numbers missing on a line, or an incomplete set of same-number markers. */
  MARKER_NUMBER_GAP("界桩编号缺号", Severity.WARNING, MeasureUnit.COUNT),
  /** Two markers with the same number. */
  MARKER_NUMBER_DUPLICATE("界桩编号重复", Severity.ERROR, MeasureUnit.COUNT),
  /**
   * Only some children of a parent have a geometry: overlaps and containment are checked, gaps are
   * not (they would be the undrawn children). Reported once per parent.
   */
  CHILDREN_PARTLY_DRAWN("下级区划未全部绘制", Severity.INFO, MeasureUnit.COUNT);

  private final String chineseName;
  private final Severity defaultSeverity;
  private final MeasureUnit unit;

  FindingType(String chineseName, Severity defaultSeverity, MeasureUnit unit) {
    this.chineseName = chineseName;
    this.defaultSeverity = defaultSeverity;
    this.unit = unit;
  }

  public String chineseName() {
    return chineseName;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** What a finding's measure counts. */
  public MeasureUnit unit() {
    return unit;
  }

  /** The unit of a finding's measure, and how a measure in it reads. */
  public enum MeasureUnit {
    SQUARE_METERS("平方米"),
    METERS("米"),
    COUNT("个"),
    NONE("");

    private final String chineseName;

    MeasureUnit(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }

    /**
     * A measure in this unit as people read it, with about three significant digits and no trailing
     * zeros: areas from 0.1 km² in 平方千米 (93331847.4 → "93.3 平方千米", 152000 → "0.15 平方千米"), smaller
     * ones in whole 平方米 ("850 平方米"; under 10 m² to a tenth); lengths from 1 km in 千米 ("53.7 千米",
     * "3.28 千米"), shorter ones in 米 to a tenth ("80.3 米", "5 米"); counts as whole numbers ("3 个").
     */
    public String format(double measure) {
      if (!Double.isFinite(measure)) {
        return String.valueOf(measure);
      }
      double size = Math.abs(measure);
      return switch (this) {
        case SQUARE_METERS ->
            size >= 100_000
                ? decimals(measure / 1_000_000, size >= 10_000_000 ? 1 : 2) + " 平方千米"
                : decimals(measure, size >= 10 ? 0 : 1) + " 平方米";
        case METERS ->
            Math.round(size * 10) >= 10_000
                ? decimals(measure / 1000, size >= 10_000 ? 1 : 2) + " 千米"
                : decimals(measure, 1) + " 米";
        case COUNT -> Math.round(measure) + " 个";
        case NONE -> decimals(measure, 1);
      };
    }

    /** {@code value} to at most {@code places} decimals, without trailing zeros. */
    private static String decimals(double value, int places) {
      BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
      return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }
  }
}

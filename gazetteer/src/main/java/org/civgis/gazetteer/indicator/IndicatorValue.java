package org.civgis.gazetteer.indicator;

/**
 * One indicator of one area against its target.
 *
 * @param indicator the indicator
 * @param area the area
 * @param numerator what is counted (e.g. covered communities), or {@code null} when not answerable
 * @param denominator out of what (e.g. communities), or {@code null}
 * @param value the value in the indicator's unit, or {@code null} when the data cannot answer
 * @param meetsTarget whether the value reaches the target, or {@code null} without a value
 * @param note why there is no value, or what the value rests on (estimates), or {@code null}
 */
public record IndicatorValue(
    PlanIndicator indicator,
    IndicatorArea area,
    Double numerator,
    Double denominator,
    Double value,
    Boolean meetsTarget,
    String note) {

  static IndicatorValue of(
      PlanIndicator indicator,
      IndicatorArea area,
      double numerator,
      double denominator,
      String note) {
    if (denominator <= 0 && indicator.unit() != PlanIndicator.Unit.COUNT) {
      return none(indicator, area, note == null ? "无统计对象" : note);
    }
    double value =
        switch (indicator.unit()) {
          case PERCENT -> 100.0 * numerator / denominator;
          case PER_THOUSAND -> 1000.0 * numerator / denominator;
          case COUNT -> numerator;
        };
    value = Math.round(value * 100) / 100.0;
    return new IndicatorValue(
        indicator, area, numerator, denominator, value, value >= indicator.target() - 1e-9, note);
  }

  static IndicatorValue none(PlanIndicator indicator, IndicatorArea area, String note) {
    return new IndicatorValue(indicator, area, null, null, null, null, note);
  }
}

package org.civgis.gazetteer.placename.rules;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * 大: a generic that claims a size the feature does not have (a 城 of a few blocks, a 大道 of 300 m),
 * judged only where a {@link SizeHint} gives the measure.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>The claim is the longest of the thresholds' generics that the name ends with; a name ending
 *       in another generic (广场社区 ends in 社区) makes no claim.
 *   <li>It warns when the hint gives the measure the threshold needs and the measure is below the
 *       minimum; an unknown measure is no finding.
 *   <li>The default thresholds are ours (local naming rules differ and none is national): 城 ≥ 0.2
 *       km², 中心 ≥ 0.02 km², 广场 ≥ 0.01 km², 大厦 ≥ 24 m high (the height above which GB 50016 calls a
 *       public building high-rise), 大道 ≥ 2,000 m long, 大街 ≥ 1,000 m long.
 * </ol>
 */
public final class OversizedGenericRule implements NameRule {

  /** What a measure is. */
  public enum Measure {
    AREA_SQUARE_KM("面积", "平方千米", SizeHint::areaSquareKm),
    LENGTH_METRES("长度", "米", SizeHint::lengthMetres),
    HEIGHT_METRES("高度", "米", SizeHint::heightMetres);

    private final String chineseName;
    private final String unit;
    private final Function<SizeHint, Double> value;

    Measure(String chineseName, String unit, Function<SizeHint, Double> value) {
      this.chineseName = chineseName;
      this.unit = unit;
      this.value = value;
    }
  }

  /** A generic, the measure it is judged by and the least value it needs. */
  public record Threshold(String generic, Measure measure, double minimum) {
    public Threshold {
      Objects.requireNonNull(generic, "generic");
      Objects.requireNonNull(measure, "measure");
    }
  }

  /** The default thresholds (see the class comment). */
  public static final List<Threshold> DEFAULT_THRESHOLDS =
      List.of(
          new Threshold("城", Measure.AREA_SQUARE_KM, 0.2),
          new Threshold("中心", Measure.AREA_SQUARE_KM, 0.02),
          new Threshold("广场", Measure.AREA_SQUARE_KM, 0.01),
          new Threshold("大厦", Measure.HEIGHT_METRES, 24),
          new Threshold("大道", Measure.LENGTH_METRES, 2000),
          new Threshold("大街", Measure.LENGTH_METRES, 1000));

  private final List<Threshold> thresholds;

  public OversizedGenericRule() {
    this(DEFAULT_THRESHOLDS);
  }

  public OversizedGenericRule(List<Threshold> thresholds) {
    this.thresholds = List.copyOf(thresholds);
  }

  @Override
  public List<ReasonCode> reasonCodes() {
    return List.of(ReasonCode.BIG_GENERIC_EXCEEDS_SIZE);
  }

  @Override
  public List<NameWarning> check(NameCandidate candidate, NameIndex index) {
    SizeHint hint = candidate.sizeHint();
    if (hint == null) {
      return List.of();
    }
    Optional<Threshold> claim =
        thresholds.stream()
            .filter(t -> candidate.name().endsWith(t.generic()))
            .max(Comparator.comparingInt(t -> t.generic().length()));
    if (claim.isEmpty()) {
      return List.of();
    }
    Threshold t = claim.get();
    Double value = t.measure().value.apply(hint);
    if (value == null || value >= t.minimum()) {
      return List.of();
    }
    String detail =
        String.format(
            Locale.ROOT,
            "“%s”的%s为%s%s，以“%s”为通名应不小于%s%s",
            candidate.name(),
            t.measure().chineseName,
            plain(value),
            t.measure().unit,
            t.generic(),
            plain(t.minimum()),
            t.measure().unit);
    return List.of(NameWarning.of(ReasonCode.BIG_GENERIC_EXCEEDS_SIZE, t.generic(), detail));
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

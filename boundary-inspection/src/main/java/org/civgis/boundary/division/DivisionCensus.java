package org.civgis.boundary.division;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Census figures of one division (resident population, not registered population).
 *
 * @param code the division's 12-digit code
 * @param censusYear e.g. 2020 for the 7th national census
 * @param residentPopulation resident (常住) population
 * @param sexRatio males per 100 females, {@code null} when unknown
 * @param ethnicMinorityShare share of ethnic minorities, 0–1
 * @param urbanShare share living in urban areas, 0–1
 * @param ageBandShares non-overlapping age bands ("0", "1-4", "5-9", …, "80-84", "85+") and their
 *     shares of the resident population, youngest first
 * @param otherFigures further columns of the source under their original names
 * @param source the dataset the figures come from
 */
public record DivisionCensus(
    String code,
    int censusYear,
    long residentPopulation,
    Double sexRatio,
    Double ethnicMinorityShare,
    Double urbanShare,
    Map<String, Double> ageBandShares,
    Map<String, Double> otherFigures,
    String source) {

  public DivisionCensus {
    Map<String, Double> youngestFirst = new LinkedHashMap<>();
    ageBandShares.entrySet().stream()
        .sorted(Comparator.comparingInt(band -> lowerBound(band.getKey())))
        .forEach(band -> youngestFirst.put(band.getKey(), band.getValue()));
    ageBandShares = Collections.unmodifiableMap(youngestFirst);
    otherFigures = Collections.unmodifiableMap(new LinkedHashMap<>(otherFigures));
  }

  /**
   * The figures of a division made of {@code parts} (e.g. a prefecture from its counties):
   * populations add up; shares and the sex ratio are weighted by population; only the age bands all
   * parts have are kept; {@code otherFigures} are left out, as their meaning is the source's.
   *
   * @param code the code of the whole
   * @param parts figures of the same census year, at least one
   */
  public static DivisionCensus combine(String code, List<DivisionCensus> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no figures to combine for " + code);
    }
    int year = parts.get(0).censusYear();
    long population = 0;
    double males = 0;
    double females = 0;
    boolean sexRatioKnown = true;
    Map<String, Double> bands = new LinkedHashMap<>(parts.get(0).ageBandShares());
    for (DivisionCensus part : parts) {
      if (part.censusYear() != year) {
        throw new IllegalArgumentException(
            "cannot combine census years " + year + " and " + part.censusYear());
      }
      population += part.residentPopulation();
      if (part.sexRatio() == null) {
        sexRatioKnown = false;
      } else {
        double partMales = part.residentPopulation() * part.sexRatio() / (100 + part.sexRatio());
        males += partMales;
        females += part.residentPopulation() - partMales;
      }
      bands.keySet().retainAll(part.ageBandShares().keySet());
    }
    Map<String, Double> combinedBands = new LinkedHashMap<>();
    for (String band : bands.keySet()) {
      combinedBands.put(band, weighted(parts, population, p -> p.ageBandShares().get(band)));
    }
    return new DivisionCensus(
        code,
        year,
        population,
        sexRatioKnown && females > 0 ? 100 * males / females : null,
        weighted(parts, population, DivisionCensus::ethnicMinorityShare),
        weighted(parts, population, DivisionCensus::urbanShare),
        combinedBands,
        Map.of(),
        parts.get(0).source());
  }

  /** The population-weighted mean of a share, {@code null} if any part lacks it. */
  private static Double weighted(
      List<DivisionCensus> parts, long population, Function<DivisionCensus, Double> share) {
    if (population == 0) {
      return null;
    }
    double sum = 0;
    for (DivisionCensus part : parts) {
      Double value = share.apply(part);
      if (value == null) {
        return null;
      }
      sum += value * part.residentPopulation();
    }
    return sum / population;
  }

  /**
   * The share of residents aged {@code fromAge} or older: the sum of the bands that start at or
   * above it. {@code fromAge} must be where a band starts.
   */
  public double shareAged(int fromAge) {
    boolean boundary = false;
    double share = 0;
    for (Map.Entry<String, Double> band : ageBandShares.entrySet()) {
      int lower = lowerBound(band.getKey());
      if (lower == fromAge) {
        boundary = true;
      }
      if (lower >= fromAge) {
        share += band.getValue();
      }
    }
    if (!boundary) {
      throw new IllegalArgumentException("no age band of " + code + " starts at " + fromAge);
    }
    return share;
  }

  /** The lower age of a band label: 60 for "60-64", 85 for "85+", 0 for "0". */
  static int lowerBound(String band) {
    int end = 0;
    while (end < band.length() && Character.isDigit(band.charAt(end))) {
      end++;
    }
    if (end == 0) {
      throw new IllegalArgumentException("age band \"" + band + "\" does not start with an age");
    }
    return Integer.parseInt(band.substring(0, end));
  }
}

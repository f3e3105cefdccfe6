package org.civgis.data.geocode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.MatchLevel;

/**
 * How often the geocoder is right at each confidence: the answers of a set of cases sorted into the
 * bands ≥ 0.9, 0.8–0.9, 0.5–0.8 and &lt; 0.5, with the share right in each.
 */
public final class GeocodeCalibration {
  /** The lower bounds of the bands, highest first. */
  static final double[] BANDS = {0.9, 0.8, 0.5, 0.0};

  static final String[] BAND_NAMES = {"≥ 0.9", "0.8–0.9", "0.5–0.8", "< 0.5"};

  /** One case with its answer. */
  public record Answer(GeocodeCases expected, GeocodeResult result, boolean right) {}

  /** The answers to one set. */
  public record Run(String name, List<Answer> answers) {
    /** The answers in band {@code b} (index into {@link #BANDS}). */
    public List<Answer> band(int b) {
      double low = BANDS[b];
      double high = b == 0 ? Double.POSITIVE_INFINITY : BANDS[b - 1];
      return answers.stream()
          .filter(a -> a.result().confidence() >= low && a.result().confidence() < high)
          .toList();
    }

    /** The answers at 0.8 or more. */
    public List<Answer> trusted() {
      return answers.stream().filter(a -> a.result().confidence() >= 0.8).toList();
    }

    /** The wrong answers. */
    public List<Answer> wrong() {
      return answers.stream().filter(a -> !a.right()).toList();
    }

    /** Answers to addresses outside the registry (expected NONE) that are not NONE. */
    public List<Answer> outsideMatched() {
      return answers.stream()
          .filter(
              a ->
                  a.expected().level().equals("NONE") && !a.expected().category().equals("nothing"))
          .filter(a -> a.result().level() != MatchLevel.NONE)
          .toList();
    }
  }

  private GeocodeCalibration() {}

  /** Geocodes every case. */
  public static Run run(String name, List<GeocodeCases> cases, Geocoder geocoder) {
    List<Answer> answers = new ArrayList<>(cases.size());
    for (GeocodeCases c : cases) {
      GeocodeResult r = geocoder.geocode(c.input());
      answers.add(new Answer(c, r, c.holds(r)));
    }
    return new Run(name, answers);
  }

  /** The table of BENCHMARKS.md: per band, answers and the share right, one column per run. */
  public static String table(Run... runs) {
    StringBuilder b = new StringBuilder("| confidence |");
    StringBuilder line = new StringBuilder("|---|");
    for (Run r : runs) {
      b.append(' ').append(r.name()).append(": answers | right |");
      line.append("---|---|");
    }
    b.append('\n').append(line).append('\n');
    for (int i = 0; i < BANDS.length; i++) {
      b.append("| ").append(BAND_NAMES[i]).append(" |");
      for (Run r : runs) {
        cell(b, r.band(i));
      }
      b.append('\n');
    }
    b.append("| **≥ 0.8** |");
    for (Run r : runs) {
      cell(b, r.trusted());
    }
    b.append('\n').append("| all |");
    for (Run r : runs) {
      cell(b, r.answers());
    }
    return b.append('\n').toString();
  }

  /** Per category of a run: answers, right, answers at ≥ 0.8 and right among them. */
  public static String byCategory(Run run) {
    StringBuilder b =
        new StringBuilder("| category | answers | right | at ≥ 0.8 | right at ≥ 0.8 |\n");
    b.append("|---|---|---|---|---|\n");
    java.util.Map<String, List<Answer>> by = new java.util.LinkedHashMap<>();
    for (Answer a : run.answers()) {
      by.computeIfAbsent(a.expected().category(), k -> new ArrayList<>()).add(a);
    }
    by.forEach(
        (category, answers) -> {
          List<Answer> trusted =
              answers.stream().filter(a -> a.result().confidence() >= 0.8).toList();
          b.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %d | %d | %d |%n",
                  category,
                  answers.size(),
                  answers.stream().filter(Answer::right).count(),
                  trusted.size(),
                  trusted.stream().filter(Answer::right).count()));
        });
    return b.toString();
  }

  private static void cell(StringBuilder b, List<Answer> answers) {
    long right = answers.stream().filter(Answer::right).count();
    b.append(String.format(Locale.ROOT, " %d | ", answers.size()));
    b.append(
        answers.isEmpty()
            ? "– |"
            : String.format(Locale.ROOT, "%d (%.1f %%) |", right, 100.0 * right / answers.size()));
  }
}

package org.civgis.testing.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way the benchmarks measure: each measure compares our way of doing some work with a
 * baseline doing the same work, in the same process and the same minutes.
 *
 * <ol>
 *   <li>Both sides are warmed: {@code warmups} rounds of each, alternated, before anything is
 *       counted.
 *   <li>Rounds alternate ABAB (ours, baseline, ours, baseline, …), so that both sides meet the same
 *       machine; at least {@link #MIN_ROUNDS} measured rounds.
 *   <li>A round of a side is one run of its task, or one run per item ({@link #compareEach}: e.g.
 *       one tile each, ours and the baseline alternated item by item); a run may have an untimed
 *       first step ({@link #compareEachStaged}).
 *   <li>Every run of a side must give the same answer as its first run (compared with {@link
 *       Objects#equals}); a side whose answer changes fails the benchmark.
 *   <li>Reported: the median and the 95th percentile of all timings of a side, the spread of the
 *       rounds (the least and the greatest per-round median), and the ratio of the medians.
 *   <li>The load average (1, 5, 15 minutes) at the start and at the end is printed with the table.
 * </ol>
 *
 * <p>The baseline's fairness is the caller's: a database baseline runs on one connection opened
 * before the warm-up and reused, with prepared statements, as a tuned user would run it.
 *
 * <p>Progress goes to standard error, the Markdown table to standard output.
 */
public final class Bench {
  /** Fewer measured rounds give no spread worth reporting. */
  public static final int MIN_ROUNDS = 5;

  /** One run of one side; its answer is compared across runs. */
  @FunctionalInterface
  public interface Task {
    Object run() throws Exception;
  }

  /** One run of one side for one item (a tile, a query); its answer is compared across rounds. */
  @FunctionalInterface
  public interface ItemTask<T> {
    Object run(T item) throws Exception;
  }

  /**
   * One run of one side for one item in two steps: {@code prepare} is not timed and returns the
   * task that is (e.g. reading the ETag that a PUT must send, when the other side's writes change
   * it between two runs).
   */
  @FunctionalInterface
  public interface StagedItemTask<T> {
    Task prepare(T item) throws Exception;
  }

  /** How the ratio reads. */
  public enum Ratio {
    /** baseline / ours, "× faster": the goal is a large number. */
    FASTER,
    /** ours / baseline, "× the baseline": the goal is a number near 1. */
    COST
  }

  /** The timings of one side in one measure, in milliseconds, by round. */
  public record Timings(String label, double[][] millisByRound) {
    public double median() {
      return Stats.percentile(all(), 50);
    }

    public double p95() {
      return Stats.percentile(all(), 95);
    }

    public double[] roundMedians() {
      double[] medians = new double[millisByRound.length];
      for (int r = 0; r < medians.length; r++) {
        medians[r] = Stats.percentile(millisByRound[r], 50);
      }
      return medians;
    }

    public int count() {
      return all().length;
    }

    private double[] all() {
      return java.util.Arrays.stream(millisByRound)
          .flatMapToDouble(java.util.Arrays::stream)
          .toArray();
    }
  }

  /** One row of the table. */
  public record Row(String measure, Timings ours, Timings baseline, Ratio ratio, boolean perItem) {
    public double ratioOfMedians() {
      return ratio == Ratio.FASTER
          ? baseline.median() / ours.median()
          : ours.median() / baseline.median();
    }

    public double ratioOfP95() {
      return ratio == Ratio.FASTER ? baseline.p95() / ours.p95() : ours.p95() / baseline.p95();
    }
  }

  private final String title;
  private final int warmups;
  private final int rounds;
  private final double[] loadAtStart;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final PrintStream progress = System.err;

  /**
   * Starts a benchmark: prints the machine and the load average now.
   *
   * @param warmups rounds of each side before measuring (at least 1)
   * @param rounds measured rounds of each side (at least {@link #MIN_ROUNDS})
   */
  public Bench(String title, int warmups, int rounds) {
    if (warmups < 1) {
      throw new IllegalArgumentException("both sides need at least one warm-up round");
    }
    if (rounds < MIN_ROUNDS) {
      throw new IllegalArgumentException("at least " + MIN_ROUNDS + " measured rounds");
    }
    this.title = title;
    this.warmups = warmups;
    this.rounds = rounds;
    this.loadAtStart = loadAverage();
    progress.printf(Locale.ROOT, "· %s; load average at start %s%n", title, load(loadAtStart));
  }

  public int rounds() {
    return rounds;
  }

  /** The measures compared so far. */
  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Compares two tasks that each do the whole work once per round. */
  public Row compare(
      String measure, String oursLabel, Task ours, String baselineLabel, Task baseline, Ratio ratio)
      throws Exception {
    return compareEach(
        measure,
        List.of(Boolean.TRUE),
        () -> {},
        oursLabel,
        item -> ours,
        baselineLabel,
        item -> baseline,
        ratio,
        false);
  }

  /**
   * Compares two tasks item by item: a round runs {@code beforeRound} (e.g. flushes a cache), then
   * for each item ours and the baseline, one after the other.
   */
  public <T> Row compareEach(
      String measure,
      List<T> items,
      Runnable beforeRound,
      String oursLabel,
      ItemTask<T> ours,
      String baselineLabel,
      ItemTask<T> baseline,
      Ratio ratio)
      throws Exception {
    return compareEach(
        measure,
        items,
        beforeRound,
        oursLabel,
        item -> () -> ours.run(item),
        baselineLabel,
        item -> () -> baseline.run(item),
        ratio,
        true);
  }

  /**
   * Compares two tasks item by item as {@link #compareEach} does, each run in two steps: for each
   * item ours is prepared (not timed) and run (timed), then the baseline alike.
   */
  public <T> Row compareEachStaged(
      String measure,
      List<T> items,
      Runnable beforeRound,
      String oursLabel,
      StagedItemTask<T> ours,
      String baselineLabel,
      StagedItemTask<T> baseline,
      Ratio ratio)
      throws Exception {
    return compareEach(
        measure, items, beforeRound, oursLabel, ours, baselineLabel, baseline, ratio, true);
  }

  private <T> Row compareEach(
      String measure,
      List<T> items,
      Runnable beforeRound,
      String oursLabel,
      StagedItemTask<T> ours,
      String baselineLabel,
      StagedItemTask<T> baseline,
      Ratio ratio,
      boolean perItem)
      throws Exception {
    int n = items.size();
    Object[] oursAnswers = new Object[n];
    Object[] baselineAnswers = new Object[n];
    double[][] oursMillis = new double[rounds][n];
    double[][] baselineMillis = new double[rounds][n];
    for (int round = -warmups; round < rounds; round++) {
      beforeRound.run();
      double[] o = new double[n];
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        T item = items.get(i);
        o[i] = timed(measure, oursLabel, oursAnswers, i, ours.prepare(item));
        b[i] = timed(measure, baselineLabel, baselineAnswers, i, baseline.prepare(item));
      }
      if (round >= 0) {
        oursMillis[round] = o;
        baselineMillis[round] = b;
      }
      progress.printf(
          Locale.ROOT,
          "· %s, %s %d/%d: %s %s ms, %s %s ms; load %s%n",
          measure,
          round < 0 ? "warm-up" : "round",
          round < 0 ? round + warmups + 1 : round + 1,
          round < 0 ? warmups : rounds,
          oursLabel,
          number(Stats.percentile(o, 50)),
          baselineLabel,
          number(Stats.percentile(b, 50)),
          load(loadAverage()));
    }
    Row row =
        new Row(
            measure,
            new Timings(oursLabel, oursMillis),
            new Timings(baselineLabel, baselineMillis),
            ratio,
            perItem);
    rows.add(row);
    return row;
  }

  private static double timed(String measure, String label, Object[] answers, int item, Task task)
      throws Exception {
    long start = System.nanoTime();
    Object answer = task.run();
    double millis = (System.nanoTime() - start) / 1e6;
    if (answers[item] == null) {
      answers[item] = Objects.requireNonNullElse(answer, "");
    } else if (!answers[item].equals(Objects.requireNonNullElse(answer, ""))) {
      throw new IllegalStateException(
          measure + ", " + label + ": the answer changed from " + answers[item] + " to " + answer);
    }
    return millis;
  }

  /** A line printed under the table (what was checked, the sizes, raw figures). */
  public void note(String format, Object... args) {
    String note = String.format(Locale.ROOT, format, args);
    notes.add(note);
    progress.println("· " + note);
  }

  /** The Markdown report: a heading, the machine, the table, the notes and the load average. */
  public String markdown() {
    double[] loadAtEnd = loadAverage();
    StringBuilder md = new StringBuilder();
    md.append("### ").append(title).append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Machine: %d cores (%s), %s; Java %s. Load average (1/5/15 min) at the start %s, at"
                + " the end %s. %d warm-up and %d measured rounds of each side, alternated.%n%n",
            Runtime.getRuntime().availableProcessors(),
            cpuModel(),
            memory(),
            System.getProperty("java.version"),
            load(loadAtStart),
            load(loadAtEnd),
            warmups,
            rounds));
    md.append("| measure | ours | median | spread of rounds | baseline | median | spread of rounds")
        .append(" | ratio |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append(line(row.measure(), row.ours(), row.baseline(), false, row));
      if (row.perItem()) {
        md.append(line(row.measure() + ", p95", row.ours(), row.baseline(), true, row));
      }
    }
    md.append('\n');
    for (String note : notes) {
      md.append(note).append("\n\n");
    }
    return md.toString();
  }

  private static String line(String measure, Timings o, Timings b, boolean p95, Row row) {
    double[] or = o.roundMedians();
    double[] br = b.roundMedians();
    double ratio = p95 ? row.ratioOfP95() : row.ratioOfMedians();
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s ms | %s–%s ms | %s | %s ms | %s–%s ms | %s × %s |%n",
        measure,
        o.label(),
        number(p95 ? o.p95() : o.median()),
        number(Stats.min(or)),
        number(Stats.max(or)),
        b.label(),
        number(p95 ? b.p95() : b.median()),
        number(Stats.min(br)),
        number(Stats.max(br)),
        ratio >= 10 ? String.format(Locale.ROOT, "%,.0f", ratio) : String.format("%.2f", ratio),
        row.ratio() == Ratio.FASTER ? "faster" : "the baseline");
  }

  /** Prints the report to standard output. */
  public void print() {
    System.out.println();
    System.out.print(markdown());
  }

  /** Milliseconds with three significant digits, thousands separated. */
  public static String number(double millis) {
    if (millis >= 100) {
      return String.format(Locale.ROOT, "%,.0f", millis);
    }
    if (millis >= 10) {
      return String.format(Locale.ROOT, "%.1f", millis);
    }
    if (millis >= 1) {
      return String.format(Locale.ROOT, "%.2f", millis);
    }
    return String.format(Locale.ROOT, "%.3f", millis);
  }

  /** The database's versions for a note: "PostgreSQL 15.18, PostGIS 3.3.2, GEOS 3.11.1". */
  public static String postgisVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select 'PostgreSQL ' || current_setting('server_version') || ', PostGIS '"
                    + " || postgis_lib_version() || ', GEOS '"
                    + " || split_part(postgis_geos_version(), '-', 1)")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The load average of the last 1, 5 and 15 minutes, or NaNs where the system has none. */
  public static double[] loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return new double[] {
        Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])
      };
    } catch (IOException | RuntimeException e) {
      double one =
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return new double[] {one, Double.NaN, Double.NaN};
    }
  }

  private static String load(double[] load) {
    return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", load[0], load[1], load[2]);
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal"))
          .map(l -> Math.round(Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1048576) + " GiB")
          .findFirst()
          .orElse("memory unknown");
    } catch (IOException e) {
      return "memory unknown";
    }
  }
}

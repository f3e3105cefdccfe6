package org.civgis.testing.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BenchTest {

  @Test
  void roundsAlternateAfterWarmingBothSides() throws Exception {
    List<String> order = new ArrayList<>();
    Bench bench = new Bench("order", 2, 5);
    Bench.Row row =
        bench.compare(
            "m", "ours", () -> order.add("A"), "base", () -> order.add("B"), Bench.Ratio.FASTER);
    assertThat(String.join("", order)).isEqualTo("AB".repeat(7));
    assertThat(row.ours().millisByRound()).hasNumberOfRows(5);
    assertThat(row.baseline().count()).isEqualTo(5);
  }

  @Test
  void itemsAlternateWithinARoundAfterItsPreparation() throws Exception {
    List<String> order = new ArrayList<>();
    Bench bench = new Bench("items", 1, 5);
    bench.compareEach(
        "m",
        List.of(1, 2),
        () -> order.add("|"),
        "ours",
        i -> order.add("A" + i),
        "base",
        i -> order.add("B" + i),
        Bench.Ratio.COST);
    assertThat(String.join("", order)).isEqualTo("|A1B1A2B2".repeat(6));
  }

  @Test
  void aStagedRunIsTimedWithoutItsPreparation() throws Exception {
    List<String> order = new ArrayList<>();
    Bench bench = new Bench("staged", 1, 5);
    Bench.Row row =
        bench.compareEachStaged(
            "m",
            List.of(1),
            () -> {},
            "ours",
            i -> {
              order.add("a" + i);
              sleep(30);
              return () -> order.add("A" + i);
            },
            "base",
            i -> {
              order.add("b" + i);
              return () -> {
                sleep(5);
                return order.add("B" + i);
              };
            },
            Bench.Ratio.COST);
    assertThat(String.join("", order)).isEqualTo("a1A1b1B1".repeat(6));
    assertThat(row.ours().median()).isLessThan(5.0);
    assertThat(row.baseline().median()).isGreaterThanOrEqualTo(5.0);
  }

  @Test
  void aSideWhoseAnswerChangesFailsTheBenchmark() {
    AtomicInteger calls = new AtomicInteger();
    Bench bench = new Bench("answers", 1, 5);
    assertThatThrownBy(
            () ->
                bench.compare(
                    "m", "ours", () -> 42, "base", calls::incrementAndGet, Bench.Ratio.FASTER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("base")
        .hasMessageContaining("from 1 to 2");
  }

  @Test
  void tooFewRoundsOrNoWarmUpAreRefused() {
    assertThatThrownBy(() -> new Bench("few", 1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bench("cold", 0, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReportGivesMediansSpreadsRatiosAndTheLoad() throws Exception {
    Bench bench = new Bench("report", 1, 5);
    bench.compare("sleep", "ours", () -> sleep(2), "base", () -> sleep(20), Bench.Ratio.FASTER);
    bench.note("checked: %d", 7);
    String md = bench.markdown();
    assertThat(md).startsWith("### report").contains("Load average (1/5/15 min) at the start ");
    assertThat(md).contains("| sleep | ours | ").contains("× faster |").contains("checked: 7");
    Bench.Row row = bench.rows().get(0);
    assertThat(row.ours().median()).isBetween(2.0, 15.0);
    assertThat(row.ratioOfMedians()).isGreaterThan(1.5);
  }

  @Test
  void percentilesInterpolateBetweenRanks() {
    assertThat(Stats.percentile(new double[] {4, 1, 3, 2}, 50)).isEqualTo(2.5);
    assertThat(Stats.percentile(new double[] {5, 1, 3}, 50)).isEqualTo(3);
    assertThat(Stats.percentile(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 95))
        .isCloseTo(10.5, within(1e-9));
  }

  private static Object sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return "slept";
  }
}

package org.civgis.web.boundary;

import java.time.Clock;
import java.time.LocalDate;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.web.config.CivgisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the topology check of the home division once after start, on a background thread of low
 * priority, and stores nothing.
 *
 * <p>Implementation note: the first check after start ran the JTS overlay, snap-rounding and relate
 * code interpreted, before the JIT compiled it: 9–10 s for the demo prefecture against about 1 s
 * for every later one. A user's first check now meets compiled code. {@code
 * civgis.topology.warm-up=false} turns it off (e.g. where start-up CPU matters more).
 */
@Component
class TopologyCheckWarmUp {
  private static final Logger log = LoggerFactory.getLogger(TopologyCheckWarmUp.class);

  /** Enough rounds for the JIT to compile the check's hot loops. */
  private static final int ROUNDS = 3;

  private final TopologyCheckRun checks;
  private final String homeDivision;
  private final Clock clock;
  private final boolean enabled;

  TopologyCheckWarmUp(
      TopologyCheckRun checks,
      CivgisProperties properties,
      Clock clock,
      @Value("${civgis.topology.warm-up:true}") boolean enabled) {
    this.checks = checks;
    this.homeDivision = properties.homeDivision();
    this.clock = clock;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!enabled) {
      return;
    }
    Thread thread = new Thread(this::warmUp, "civgis topology warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private void warmUp() {
    LocalDate today = LocalDate.now(clock);
    for (int round = 1; round <= ROUNDS; round++) {
      long started = System.nanoTime();
      try {
        int findings =
            checks
                .check(homeDivision, today, CheckTolerances.DEFAULT, CheckProgress.NONE)
                .findings()
                .size();
        log.info(
            "topology check warm-up {}/{}: {} findings in {} ms",
            round,
            ROUNDS,
            findings,
            (System.nanoTime() - started) / 1_000_000);
      } catch (RuntimeException e) {
        log.warn("topology check warm-up stopped: {}", e.getMessage());
        return;
      }
    }
  }
}

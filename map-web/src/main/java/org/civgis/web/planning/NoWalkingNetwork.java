package org.civgis.web.planning;

import java.util.Optional;
import org.civgis.web.job.JobProgress;
import org.civgis.web.problem.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The coverage engine of a deployment without the walking-network engine: every run is refused with
 * the reason, never answered with made-up times.
 */
@Component
class NoWalkingNetwork implements CoverageEngine {
  static final String REASON = "步行路网分析尚未接入本系统，暂不能计算服务圈覆盖；不依赖路网的指标照常计算";

  @Override
  public Optional<String> unavailableReason() {
    return Optional.of(REASON);
  }

  @Override
  public Outcome run(Request request, JobProgress progress) {
    throw new ConflictException(REASON);
  }
}

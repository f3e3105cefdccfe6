package org.civgis.web.job;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Jobs whose thread dies of an Error, for {@link JobErrorIT}; only on the test classpath. */
@RestController
class FailingJobController {
  private final JobService jobs;

  FailingJobController(JobService jobs) {
    this.jobs = jobs;
  }

  /** Recurses until the stack overflows. */
  @PostMapping("/test-jobs/stack-overflow")
  ResponseEntity<Map<String, Object>> stackOverflow() {
    return JobController.accepted(
        jobs.submit(
            "test-error", "测试：栈溢出", null, progress -> JobResult.json(Map.of("depth", depth(0)))));
  }

  private static long depth(long n) {
    return 1 + depth(n + 1);
  }
}

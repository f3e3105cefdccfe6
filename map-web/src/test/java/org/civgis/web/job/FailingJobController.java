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

  /** Dies of a stack overflow (thrown at once: a real one would fill the test log with frames). */
  @PostMapping("/test-jobs/stack-overflow")
  ResponseEntity<Map<String, Object>> stackOverflow() {
    return JobController.accepted(
        jobs.submit(
            "test-error",
            "测试：栈溢出",
            null,
            progress -> {
              throw new StackOverflowError("测试：模拟的栈溢出");
            }));
  }
}

package org.civgis.web.job;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.civgis.web.problem.InvalidFeatureException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jobs for {@link JobIT}, started the way every controller starts one; only on the test classpath.
 * {@code /test-jobs/{gate}/…} jobs wait at the named gate until the test opens it.
 */
@RestController
class ExampleJobController {
  static final Map<String, CountDownLatch> GATES = new ConcurrentHashMap<>();
  static final Map<String, CountDownLatch> STOPPED = new ConcurrentHashMap<>();

  private final JobService jobs;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;

  ExampleJobController(JobService jobs, TransactionTemplate transaction, JdbcClient jdbc) {
    this.jobs = jobs;
    this.transaction = transaction;
    this.jdbc = jdbc;
  }

  /** Reports half done, waits at the gate, then returns a CSV file. */
  @PostMapping("/test-jobs/{gate}/file")
  ResponseEntity<Map<String, Object>> file(@PathVariable String gate) {
    CountDownLatch latch = GATES.computeIfAbsent(gate, g -> new CountDownLatch(1));
    return JobController.accepted(
        jobs.submit(
            "test-file",
            "测试：生成文件",
            Map.of("gate", gate),
            progress -> {
              progress.update(1, 2, "第 1/2 步");
              if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate " + gate + " never opened");
              }
              return JobResult.file(
                  "编码,名称\n1,三工镇\n".getBytes(StandardCharsets.UTF_8),
                  "text/csv;charset=UTF-8",
                  "结果.csv",
                  Map.of("rows", 1));
            }));
  }

  /** Refuses its input the way an import would. */
  @PostMapping("/test-jobs/refused")
  ResponseEntity<Map<String, Object>> refused() {
    return JobController.accepted(
        jobs.submit(
            "test-refused",
            "测试：输入有误",
            null,
            progress -> {
              throw new InvalidFeatureException("file.rows[3].code", "编码须为 12 位数字");
            }));
  }

  /** Reports progress until cancelled; counts down {@code STOPPED[gate]} when it stops. */
  @PostMapping("/test-jobs/{gate}/endless")
  ResponseEntity<Map<String, Object>> endless(@PathVariable String gate) {
    CountDownLatch stopped = STOPPED.computeIfAbsent(gate, g -> new CountDownLatch(1));
    return JobController.accepted(
        jobs.submit(
            "test-endless",
            "测试：长任务",
            null,
            progress -> {
              try {
                for (long i = 0; ; i++) {
                  progress.update(0.1, "第 " + i + " 轮");
                  Thread.sleep(20);
                }
              } finally {
                stopped.countDown();
              }
            }));
  }

  /** Submits a job inside a transaction that then rolls back. */
  @PostMapping("/test-jobs/{gate}/rolled-back")
  void rolledBack(@PathVariable String gate) {
    CountDownLatch ran = STOPPED.computeIfAbsent(gate, g -> new CountDownLatch(1));
    transaction.executeWithoutResult(
        tx -> {
          jobs.submit(
              "test-rolled-back",
              "测试：回滚",
              Map.of("gate", gate),
              progress -> {
                ran.countDown();
                return JobResult.json(Map.of());
              });
          jdbc.sql("select 1").query(Integer.class).single();
          tx.setRollbackOnly();
        });
  }
}

package org.civgis.web.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Long work as jobs: 202 with Location, progress, results, refusals, cancellation, lost jobs. */
class JobIT extends WebIntegrationTest {
  @Autowired JobService service;
  @Autowired JdbcClient jdbc;

  private JsonNode status(String location, String user) {
    HttpResponse<String> response = send("GET", location, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** Polls until the job is in {@code state} (10 s at most). */
  private JsonNode awaitState(String location, String user, String state) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    JsonNode job = status(location, user);
    while (!job.path("state").asString().equals(state) && Instant.now().isBefore(deadline)) {
      sleep(50);
      job = status(location, user);
    }
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo(state);
    return job;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String start(String path, String user) {
    HttpResponse<String> response = send("POST", path, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/api/jobs/");
    JsonNode body = JSON.readTree(response.body());
    assertThat(location).endsWith(body.path("id").asString());
    return location;
  }

  @Test
  void aJobReportsProgressThenOffersItsFileToItsOwnerOnly() {
    String gate = UUID.randomUUID().toString();
    String location = start("/test-jobs/" + gate + "/file", "planner");

    JsonNode running = awaitState(location, "planner", "RUNNING");
    Instant deadline = Instant.now().plusSeconds(10);
    while (running.path("progress").asDouble() < 0.5 && Instant.now().isBefore(deadline)) {
      sleep(50);
      running = status(location, "planner");
    }
    assertThat(running.path("progress").asDouble()).isEqualTo(0.5);
    assertThat(running.path("message").asString()).isEqualTo("第 1/2 步");
    assertThat(running.path("stateName").asString()).isEqualTo("进行中");
    assertThat(send("GET", location + "/result", "planner", null).statusCode()).isEqualTo(409);

    ExampleJobController.GATES.get(gate).countDown();
    JsonNode done = awaitState(location, "planner", "SUCCEEDED");
    assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
    assertThat(done.path("result").path("rows").asInt()).isEqualTo(1);
    assertThat(done.path("links").toString()).contains(location + "/result").contains("结果.csv");

    HttpResponse<String> file = send("GET", location + "/result", "planner", null);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment")
        .contains("UTF-8''%E7%BB%93%E6%9E%9C.csv");
    assertThat(file.body()).isEqualTo("编码,名称\n1,三工镇\n");

    // another user does not see it; the administrator does; the anonymous are refused
    assertThat(send("GET", location, "viewer", null).statusCode()).isEqualTo(404);
    assertThat(status(location, "admin").path("createdBy").asString()).isEqualTo("planner");
    assertThat(send("GET", location, null, null).statusCode()).isEqualTo(401);
    JsonNode mine = JSON.readTree(send("GET", "/api/jobs", "planner", null).body());
    assertThat(mine.toString()).contains(done.path("id").asString());
    JsonNode theirs = JSON.readTree(send("GET", "/api/jobs", "viewer", null).body());
    assertThat(theirs.toString()).doesNotContain(done.path("id").asString());
  }

  @Test
  void aRefusedJobFailsWithTheProblemNamingTheField() {
    String location = start("/test-jobs/refused", "planner");
    JsonNode failed = awaitState(location, "planner", "FAILED");
    assertThat(failed.path("message").asString()).contains("编码须为 12 位数字");
    JsonNode problem = failed.path("problem");
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("invalidParams").get(0).path("name").asString())
        .isEqualTo("file.rows[3].code");
    assertThat(send("GET", location + "/result", "planner", null).statusCode()).isEqualTo(409);
  }

  @Test
  void aCancelledJobStopsAtItsNextProgressReport() throws Exception {
    String gate = UUID.randomUUID().toString();
    String location = start("/test-jobs/" + gate + "/endless", "planner");
    awaitState(location, "planner", "RUNNING");
    assertThat(send("DELETE", location, "viewer", null).statusCode()).isEqualTo(404);

    HttpResponse<String> cancel = send("DELETE", location, "planner", null);
    assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
    assertThat(JSON.readTree(cancel.body()).path("state").asString()).isEqualTo("CANCELLED");
    assertThat(ExampleJobController.STOPPED.get(gate).await(10, TimeUnit.SECONDS)).isTrue();
    JsonNode cancelled = status(location, "planner");
    assertThat(cancelled.path("state").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.path("message").asString()).contains("planner");
    assertThat(send("DELETE", location, "planner", null).statusCode()).isEqualTo(409);
  }

  @Test
  void aJobSubmittedInARolledBackTransactionNeverRuns() throws Exception {
    String gate = UUID.randomUUID().toString();
    assertThat(send("POST", "/test-jobs/" + gate + "/rolled-back", "planner", null).statusCode())
        .isEqualTo(200);
    assertThat(ExampleJobController.STOPPED.get(gate).await(1, TimeUnit.SECONDS)).isFalse();
    assertThat(
            jdbc.sql("select count(*) from platform.job where parameters ->> 'gate' = :gate")
                .param("gate", gate)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aJobWhoseInstanceWentSilentIsFailedByTheNextHeartbeat() {
    UUID lost = UUID.randomUUID();
    jdbc.sql(
            """
            insert into platform.job
              (id, kind, title, state, created_by, instance_id, started_at, heartbeat_at)
            values (:id, 'test-lost', '测试：实例已停止', 'RUNNING', 'planner', 'gone',
                    now() - interval '10 minutes', now() - interval '5 minutes')
            """)
        .param("id", lost)
        .update();
    service.heartbeat();
    JsonNode job = status("/api/jobs/" + lost, "planner");
    assertThat(job.path("state").asString()).isEqualTo("FAILED");
    assertThat(job.path("message").asString()).contains("服务实例已停止");
  }

  @Test
  void anUnknownJobIsNotFound() {
    assertThat(send("GET", "/api/jobs/" + UUID.randomUUID(), "planner", null).statusCode())
        .isEqualTo(404);
    assertThat(send("GET", "/api/jobs/not-a-uuid", "planner", null).statusCode()).isEqualTo(404);
  }
}

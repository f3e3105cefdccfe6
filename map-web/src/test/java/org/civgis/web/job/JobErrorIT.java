package org.civgis.web.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A job whose thread dies of an Error (not an Exception) fails at once and says it was an internal
 * error, instead of staying RUNNING until the heartbeat calls its instance stopped.
 */
class JobErrorIT extends WebIntegrationTest {

  @Test
  void aJobThatDiesOfAnErrorFailsAtOnceAsAnInternalError() throws InterruptedException {
    HttpResponse<String> started = send("POST", "/test-jobs/stack-overflow", "planner", null);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    JsonNode job = JSON.readTree(send("GET", location, "planner", null).body());
    while (!job.path("state").asString().equals("FAILED") && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      job = JSON.readTree(send("GET", location, "planner", null).body());
    }
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("FAILED");
    assertThat(job.path("message").asString()).contains("服务器内部错误").doesNotContain("实例已停止");
    assertThat(job.path("problem").path("status").asInt()).isEqualTo(500);
    // the job threads live on: the next job runs
    HttpResponse<String> next = send("POST", "/test-jobs/refused", "planner", null);
    assertThat(next.statusCode()).isEqualTo(202);
  }
}

package org.civgis.web.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The topology check of the demo prefecture over the API, as the 界线 workspace runs it: what it
 * checks and finds is held to what it checked and found before the check was made faster (the run
 * of the unchanged code on the same data). A day in the past, so that other tests' edits (valid
 * from today) do not change the data checked.
 */
class DemoTopologyCheckIT extends WebIntegrationTest {
  private static final String DAY = "2025-06-01";

  @Test
  void demoPrefectureCheckFindsWhatItFoundBefore() throws InterruptedException {
    JsonNode job = runCheck(DAY);

    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    long runId = job.path("result").path("runId").asLong();
    assertThat(job.path("result").path("findings").asInt()).isEqualTo(1);

    JsonNode run = runOf(runId);
    assertThat(run.path("asOf").asString()).isEqualTo(DAY);
    assertThat(run.path("unitsChecked").asInt()).isEqualTo(1040);
    assertThat(run.path("linesChecked").asInt()).isEqualTo(13);
    assertThat(run.path("markersChecked").asInt()).isEqualTo(262);
    assertThat(run.path("counts").toString()).isEqualTo("{\"INFO\":1,\"CHILDREN_PARTLY_DRAWN\":1}");

    JsonNode features =
        getJson("/ogc/collections/topology-findings/items?f=json&limit=1000&run=" + runId, 200)
            .path("features");
    assertThat(features.size()).isEqualTo(1);
    JsonNode finding = features.get(0).path("properties");
    assertThat(finding.path("type").asString()).isEqualTo("CHILDREN_PARTLY_DRAWN");
    assertThat(finding.path("severity").asString()).isEqualTo("INFO");
    assertThat(finding.path("subjects").toString()).isEqualTo("[\"652301000000\"]");
    assertThat(finding.path("subjectNames").toString()).isEqualTo("[\"昌吉市\"]");
    assertThat(finding.path("measure").asDouble()).isEqualTo(16.0);
    assertThat(finding.path("detail").asString()).isEqualTo("下级区划已绘制 6 个、未绘制 16 个：只检查重叠和超界，不检查缺口");
    JsonNode point = features.get(0).path("geometry").path("coordinates");
    assertThat(point.get(0).asDouble()).isEqualTo(87.2988487);
    assertThat(point.get(1).asDouble()).isEqualTo(44.2142491);
  }

  @Test
  void progressNamesEachStage() throws InterruptedException {
    HttpResponse<String> accepted = send("POST", "/api/boundary/checks?date=" + DAY, "admin", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    List<String> messages = new ArrayList<>();
    JsonNode job = await(location, messages);

    assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
    assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
    // every stage the user saw had a name; the last one says it is done
    assertThat(messages).isNotEmpty().doesNotContainNull().allMatch(m -> !m.isBlank());
    assertThat(job.path("message").asString()).isNotBlank();
  }

  private JsonNode runCheck(String day) throws InterruptedException {
    HttpResponse<String> accepted = send("POST", "/api/boundary/checks?date=" + day, "admin", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    return await(accepted.headers().firstValue("Location").orElseThrow(), new ArrayList<>());
  }

  private JsonNode await(String location, List<String> messages) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    JsonNode job;
    do {
      Thread.sleep(100);
      job = JSON.readTree(send("GET", location, "admin", null).body());
      String message = job.path("message").asString(null);
      if (message != null
          && (messages.isEmpty() || !messages.get(messages.size() - 1).equals(message))) {
        messages.add(message);
      }
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    return job;
  }

  private JsonNode runOf(long runId) {
    HttpResponse<String> runs = send("GET", "/api/boundary/checks?limit=100", "admin", null);
    assertThat(runs.statusCode()).as(runs.body()).isEqualTo(200);
    for (JsonNode run : JSON.readTree(runs.body())) {
      if (run.path("id").asLong() == runId) {
        return run;
      }
    }
    throw new AssertionError("run " + runId + " is not listed");
  }
}

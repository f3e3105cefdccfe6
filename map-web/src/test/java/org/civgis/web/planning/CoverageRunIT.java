package org.civgis.web.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Coverage runs on the demo's walking network: the 15-minute day-care circle of urban 昌吉市 as a job,
 * its result, the coverage indicators it feeds, and new sites before and after.
 */
class CoverageRunIT extends WebIntegrationTest {
  @Autowired JdbcClient jdbc;

  private JsonNode run(String body) {
    HttpResponse<String> accepted =
        send(
            "POST",
            "/api/planning/coverage-runs",
            "planner",
            body,
            "Content-Type",
            "application/json");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    JsonNode job = JSON.readTree(send("GET", location, "planner", null).body());
    while (!job.path("state").asString().matches("SUCCEEDED|FAILED|CANCELLED")
        && Instant.now().isBefore(deadline)) {
      sleep();
      job = JSON.readTree(send("GET", location, "planner", null).body());
    }
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    JsonNode result = JSON.readTree(send("GET", location + "/result", "planner", null).body());
    ((tools.jackson.databind.node.ObjectNode) result).put("jobId", job.path("id").asString());
    return result;
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode demand(JsonNode scenario, String code) {
    for (JsonNode d : scenario.path("demand")) {
      if (d.path("code").asString().equals(code)) {
        return d;
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void theFifteenMinuteDayCareCircleOfUrbanChangji() {
    JsonNode result = run("{\"types\":[\"COMMUNITY_DAY_CARE\"],\"walkMinutes\":15}");
    JsonNode before = result.path("before");
    JsonNode summary = before.path("summary");
    assertThat(summary.path("communities").asInt()).isEqualTo(74);
    int covered = summary.path("coveredCommunities").asInt();
    assertThat(covered).isBetween(1, 74);
    // every covered point has a time within the limit and a nearest facility; others have none
    for (JsonNode d : before.path("demand")) {
      if (d.path("covered").asBoolean()) {
        assertThat(d.path("walkMinutes").asDouble()).isLessThanOrEqualTo(15.0);
        assertThat(d.path("nearestFacilityId").asString()).isNotEmpty();
        // every day-care centre of the demo has places: capacity-aware accessibility next to it
        assertThat(d.path("e2sfca").asDouble()).isPositive();
      } else {
        assertThat(d.path("walkMinutes").isNull() || d.path("walkMinutes").asDouble() > 15)
            .isTrue();
      }
    }
    // a community with an operating day-care centre of its own is within its circle
    String own =
        jdbc.sql(
                """
                select division_code from gazetteer.facility
                 where facility_type = 'COMMUNITY_DAY_CARE' and status = 'OPERATING'
                   and source = 'generated-changji-urban-demo'
                 order by division_code limit 1
                """)
            .query(String.class)
            .single();
    assertThat(demand(before, own).path("covered").asBoolean()).isTrue();
    assertThat(before.path("isochrones").path("features").size()).isPositive();
    assertThat(result.path("timeMap").path("features").size()).isPositive();

    // the coverage indicators take the run: the same count as the run's summary
    JsonNode indicators =
        JSON.readTree(
            send(
                    "GET",
                    "/api/planning/indicators?run=" + result.path("jobId").asString(),
                    "planner",
                    null)
                .body());
    for (JsonNode v : indicators.path("values")) {
      if (v.path("indicator").asString().equals("COVERED_COMMUNITIES")
          && v.path("areaCode").asString().equals("652301000000")) {
        assertThat(v.path("numerator").asInt()).isEqualTo(covered);
        assertThat(v.path("denominator").asInt()).isEqualTo(74);
      }
    }

    // slower walkers reach fewer communities, a longer limit more
    JsonNode elderly =
        run("{\"types\":[\"COMMUNITY_DAY_CARE\"],\"walkMinutes\":15,\"speed\":\"ELDERLY\"}");
    assertThat(elderly.path("before").path("summary").path("coveredCommunities").asInt())
        .isLessThanOrEqualTo(covered);
    JsonNode longer = run("{\"types\":[\"COMMUNITY_DAY_CARE\"],\"walkMinutes\":30}");
    assertThat(longer.path("before").path("summary").path("coveredCommunities").asInt())
        .isGreaterThanOrEqualTo(covered);
  }

  @Test
  void newSitesCoverAtLeastAsManyElderlyAsBefore() {
    JsonNode result =
        run("{\"types\":[\"COMPREHENSIVE_ELDER_CARE_CENTRE\"],\"walkMinutes\":10,\"newSites\":2}");
    JsonNode before = result.path("before").path("summary");
    JsonNode after = result.path("after").path("summary");
    assertThat(result.path("after").path("newSites").size()).isBetween(1, 2);
    assertThat(after.path("coveredElderly").asLong())
        .isGreaterThan(before.path("coveredElderly").asLong());
    assertThat(result.path("notes").toString()).contains("CP-SAT");
    JsonNode afterIndicators =
        JSON.readTree(
            send(
                    "GET",
                    "/api/planning/indicators?scenario=after&run="
                        + result.path("jobId").asString(),
                    "planner",
                    null)
                .body());
    assertThat(afterIndicators.path("scenario").asString()).isEqualTo("after");
  }
}

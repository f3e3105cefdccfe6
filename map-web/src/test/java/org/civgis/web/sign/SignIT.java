package org.civgis.web.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The sign inventory over HTTP: the {@code signs} collection with its filters, patrol entry. */
class SignIT extends WebIntegrationTest {
  @Autowired JdbcClient jdbc;

  @Test
  void theCollectionFiltersByStatusAndType() {
    JsonNode page = getJson("/ogc/collections/signs/items?status=NONCOMPLIANT&limit=50", 200);
    assertThat(page.path("features").size()).isGreaterThan(0);
    page.path("features")
        .forEach(
            f -> {
              assertThat(f.path("properties").path("status").asString()).isEqualTo("NONCOMPLIANT");
              assertThat(f.path("properties").path("complianceDetail").asString()).isNotBlank();
            });
    long expected =
        jdbc.sql("select count(*) from gazetteer.sign_state where status = 'NONCOMPLIANT'")
            .query(Long.class)
            .single();
    assertThat(page.path("numberMatched").asLong()).isEqualTo(expected);
    JsonNode roads = getJson("/ogc/collections/signs/items?type=ROAD&limit=5", 200);
    roads
        .path("features")
        .forEach(f -> assertThat(f.path("properties").path("type").asString()).isEqualTo("ROAD"));
    assertThat(getJson("/ogc/collections/signs/items?status=BROKEN", 400).toString())
        .contains("status");
  }

  @Test
  void aPatrolThatFindsDamageOpensARepairAndIsAudited() {
    long id =
        jdbc.sql(
                "select s.id from gazetteer.sign_state s"
                    + " where s.status = 'OK' and s.code like '652301%' order by s.id limit 1")
            .query(Long.class)
            .single();
    String body =
        "{\"patrolledOn\":\"2026-05-01\",\"patroller\":\"巡查员甲\",\"condition\":\"DAMAGED\","
            + "\"fault\":\"牌面断裂\",\"repairNeeded\":true,\"note\":\"\"}";

    HttpResponse<String> viewer =
        send(
            "POST",
            "/api/signs/" + id + "/patrols",
            "viewer",
            body,
            "Content-Type",
            "application/json");
    assertThat(viewer.statusCode()).isEqualTo(403);
    HttpResponse<String> fukang =
        send(
            "POST",
            "/api/signs/" + id + "/patrols",
            "fukang.officer",
            body,
            "Content-Type",
            "application/json");
    assertThat(fukang.statusCode()).isEqualTo(403);
    HttpResponse<String> noFault =
        send(
            "POST",
            "/api/signs/" + id + "/patrols",
            "changji.officer",
            body.replace("牌面断裂", ""),
            "Content-Type",
            "application/json");
    assertThat(noFault.statusCode()).isEqualTo(400);
    assertThat(noFault.body()).contains("fault");

    HttpResponse<String> ok =
        send(
            "POST",
            "/api/signs/" + id + "/patrols",
            "changji.officer",
            body,
            "Content-Type",
            "application/json");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    JsonNode sign = JSON.readTree(ok.body()).path("sign");
    assertThat(sign.path("condition").asString()).isEqualTo("DAMAGED");
    assertThat(sign.path("status").asString()).isEqualTo("REPAIR");
    assertThat(sign.path("openRepairs").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_event where action = 'PATROL'"
                        + " and collection = 'signs' and feature_id = :id")
                .param("id", Long.toString(id))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    JsonNode patrols =
        JSON.readTree(send("GET", "/api/signs/" + id + "/patrols", "changji.officer", null).body());
    assertThat(patrols.toString()).contains("巡查员甲");
  }

  @Test
  void missingSignsAreListedWhereANamedRoadHasNone() {
    HttpResponse<String> r = send("GET", "/api/signs/missing", "planner", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode missing = JSON.readTree(r.body()).path("features");
    assertThat(missing.size()).isGreaterThan(0);
    JsonNode first = missing.get(0).path("properties");
    assertThat(first.path("roadName").asString()).isNotBlank();
    assertThat(first.path("placeName").asString()).isNotBlank();
    // a larger tolerance finds a sign for more places: never more missing
    int wide =
        JSON.readTree(send("GET", "/api/signs/missing?tolerance=150", "planner", null).body())
            .path("features")
            .size();
    assertThat(wide).isLessThanOrEqualTo(missing.size());
    assertThat(send("GET", "/api/signs/missing?tolerance=abc", "planner", null).statusCode())
        .isEqualTo(400);
  }
}

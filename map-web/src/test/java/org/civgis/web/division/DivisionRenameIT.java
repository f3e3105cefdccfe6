package org.civgis.web.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A division's name is part of the legal record: a PATCH of it is a correction with a reason (the
 * current version's name is rewritten, for every day of that version) or a renaming from its
 * effective day (the days before keep the old name); a bare PATCH is neither and is refused.
 */
class DivisionRenameIT extends WebIntegrationTest {
  private static final String CODE = "652302000000";
  private static final String FUKANG = "/ogc/collections/divisions/items/" + CODE;

  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private HttpResponse<String> patch(String properties, String etag) {
    return send(
        "PATCH",
        FUKANG,
        "fukang.officer",
        "{\"properties\":" + properties + "}",
        "If-Match",
        etag,
        "Content-Type",
        "application/merge-patch+json");
  }

  private String nameOn(LocalDate day) {
    return getJson(FUKANG + (day == null ? "" : "?datetime=" + day), 200)
        .path("properties")
        .path("name")
        .asString();
  }

  @Test
  void aPatchOfTheNameIsACorrectionWithAReasonOrADatedRenaming() {
    LocalDate today = LocalDate.now(clock);
    DivisionTesting.Snapshot snapshot = DivisionTesting.Snapshot.take(jdbc, CODE);
    try {
      HttpResponse<String> current = send("GET", FUKANG, "fukang.officer", null);
      String etag = current.headers().firstValue("ETag").orElseThrow();
      JsonNode properties = JSON.readTree(current.body()).path("properties");
      LocalDate validFrom =
          properties.path("validFrom").isNull()
              ? null
              : LocalDate.parse(properties.path("validFrom").asString());

      // neither a reason nor a legal change: refused, nothing written
      HttpResponse<String> bare = patch("{\"name\":\"阜康县\"}", etag);
      assertThat(bare.statusCode()).as(bare.body()).isEqualTo(400);
      JsonNode problem = JSON.readTree(bare.body());
      assertThat(problem.path("invalidParams").get(0).path("name").asString())
          .isEqualTo("properties.reason");
      assertThat(problem.path("invalidParams").get(0).path("reason").asString())
          .contains("法定变更", "effectiveFrom", "approvalDocument");
      assertThat(nameOn(null)).isEqualTo("阜康市");

      // a correction: the current version's name, for every day of it
      HttpResponse<String> corrected = patch("{\"name\":\"阜康市（更正）\",\"reason\":\"名称录入错误\"}", etag);
      assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
      LocalDate inVersion = validFrom == null ? LocalDate.of(2021, 6, 1) : validFrom;
      assertThat(nameOn(inVersion)).isEqualTo("阜康市（更正）");
      assertThat(JSON.readTree(corrected.body()).path("properties").path("validFrom").isNull())
          .isEqualTo(validFrom == null);
      JsonNode audit =
          JSON.readTree(
                  send("GET", "/api/audit?collection=divisions&featureId=" + CODE, "admin", null)
                      .body())
              .get(0);
      assertThat(audit.path("after").path("edit").path("kind").asString()).isEqualTo("CORRECTION");
      assertThat(audit.path("after").path("edit").path("reason").asString()).isEqualTo("名称录入错误");
      assertThat(audit.path("before").path("properties").path("name").asString()).isEqualTo("阜康市");

      HttpResponse<String> back =
          patch(
              "{\"name\":\"阜康市\",\"reason\":\"撤销测试更正\"}",
              corrected.headers().firstValue("ETag").orElseThrow());
      assertThat(back.statusCode()).as(back.body()).isEqualTo(200);

      // a renaming: from its day on; the days before keep the old name
      LocalDate effective = today.minusDays(10);
      long changesBefore =
          jdbc.sql("select count(*) from boundary.division_change where kind = 'RENAME'")
              .query(Long.class)
              .single();
      HttpResponse<String> renamed =
          patch(
              "{\"name\":\"阜康县\",\"changeKind\":\"LEGAL_CHANGE\",\"effectiveFrom\":\""
                  + effective
                  + "\",\"approvalDocument\":\"国函〔2026〕7号\"}",
              back.headers().firstValue("ETag").orElseThrow());
      assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
      assertThat(JSON.readTree(renamed.body()).path("properties").path("name").asString())
          .isEqualTo("阜康县");
      assertThat(JSON.readTree(renamed.body()).path("properties").path("validFrom").asString())
          .isEqualTo(effective.toString());
      assertThat(nameOn(effective.minusDays(1))).isEqualTo("阜康市");
      assertThat(nameOn(inVersion)).isEqualTo("阜康市");
      assertThat(nameOn(effective)).isEqualTo("阜康县");
      assertThat(nameOn(null)).isEqualTo("阜康县");
      assertThat(
              jdbc.sql("select count(*) from boundary.division_change where kind = 'RENAME'")
                  .query(Long.class)
                  .single())
          .isEqualTo(changesBefore + 1);
    } finally {
      snapshot.restore();
    }
    assertThat(nameOn(null)).isEqualTo("阜康市");
  }
}

package org.civgis.web.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client that sends a division back as it read it (QGIS saving an attribute, the UI saving
 * remarks) changes only what it changed: the outline the API wrote with seven decimals is the
 * stored outline, even when the stored coordinates have more.
 */
class DivisionRoundTripIT extends WebIntegrationTest {
  private static final String QITAI = "/ogc/collections/divisions/items/652325000000";

  @Autowired JdbcClient jdbc;

  @Test
  void aRemarksOnlySaveOfAnOutlineWithMoreThanSevenDecimalsNeedsNoReason() {
    // a surveyed outline: coordinates with nine decimals (1 mm), as transformed data has
    jdbc.sql(
            "update boundary.division_version set geom = ST_Translate(geom, 0.000000012, 0)"
                + " where code = '652325000000' and valid @> current_date")
        .update();
    long vertices =
        jdbc.sql(
                "select ST_NPoints(geom) from boundary.division_version"
                    + " where code = '652325000000' and valid @> current_date")
            .query(Long.class)
            .single();

    HttpResponse<String> read = send("GET", QITAI, "admin", null);
    JsonNode feature = JSON.readTree(read.body());
    ((ObjectNode) feature.path("properties")).put("remarks", "只改备注");
    HttpResponse<String> saved =
        send(
            "PUT",
            QITAI,
            "admin",
            JSON.writeValueAsString(feature),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(JSON.readTree(saved.body()).path("properties").path("remarks").asString())
        .isEqualTo("只改备注");
    // the stored outline is kept as it was, not replaced by its rounded copy
    assertThat(
            jdbc.sql(
                    "select ST_NPoints(geom) = :n and abs(ST_XMin(geom) - round(ST_XMin(geom)::numeric, 7)) > 1e-9"
                        + " from boundary.division_version"
                        + " where code = '652325000000' and valid @> current_date")
                .param("n", vertices)
                .query(Boolean.class)
                .single())
        .isTrue();
  }
}

package org.civgis.web.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A division's name is part of the legal record: an edit cannot rewrite it for past days. */
class DivisionRenameIT extends WebIntegrationTest {
  private static final String FUKANG = "/ogc/collections/divisions/items/652302000000";

  @Test
  void aPatchOfTheNameOfAPublishedDivisionIsRefusedAndThePastKeepsItsName() {
    HttpResponse<String> current = send("GET", FUKANG, "fukang.officer", null);
    String etag = current.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> renamed =
        send(
            "PATCH",
            FUKANG,
            "fukang.officer",
            "{\"properties\":{\"name\":\"阜康县\"}}",
            "If-Match",
            etag,
            "Content-Type",
            "application/merge-patch+json");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(400);
    JsonNode problem = JSON.readTree(renamed.body());
    assertThat(problem.path("invalidParams").get(0).path("name").asString())
        .isEqualTo("properties.name");
    assertThat(problem.path("invalidParams").get(0).path("reason").asString()).contains("法定变更");

    for (String day : new String[] {"2024-01-01", "2021-06-01", null}) {
      JsonNode feature =
          getJson(FUKANG + (day == null ? "" : "?datetime=" + day), 200).path("properties");
      assertThat(feature.path("name").asString()).as(day).isEqualTo("阜康市");
    }
    HttpResponse<String> put =
        send("PUT", FUKANG, "fukang.officer", renamedFeature(current.body()), "If-Match", etag);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(400);

    // other corrections of the current version stay possible
    HttpResponse<String> remarks =
        send(
            "PATCH",
            FUKANG,
            "fukang.officer",
            "{\"properties\":{\"remarks\":\"界线复核：更名探测\"}}",
            "If-Match",
            etag,
            "Content-Type",
            "application/merge-patch+json");
    assertThat(remarks.statusCode()).as(remarks.body()).isEqualTo(200);
    assertThat(JSON.readTree(remarks.body()).path("properties").path("name").asString())
        .isEqualTo("阜康市");
  }

  private static String renamedFeature(String feature) {
    JsonNode read = JSON.readTree(feature);
    ObjectNode properties = (ObjectNode) read.path("properties");
    properties.put("name", "阜康县");
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "Feature");
    body.set("geometry", read.path("geometry"));
    body.set("properties", properties);
    return body.toString();
  }
}

package org.civgis.web.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The numbering tool along a road and a new house number registered from its proposal. */
class AddressNumberingIT extends WebIntegrationTest {
  @Autowired JdbcClient jdbc;

  /** Two neighbouring even numbers of 宁边路 (n, n+2) with nothing between them, and n. */
  private Map<String, Object> gap() {
    return jdbc.sql(
            """
            select a.house_number as n, a.road_code,
                   (ST_X(a.geom) + ST_X(b.geom)) / 2 as x, (ST_Y(a.geom) + ST_Y(b.geom)) / 2 as y
              from gazetteer.address a
              join gazetteer.address b on b.road_code = a.road_code
                   and b.house_number = a.house_number + 2 and b.house_number_suffix = ''
                   and b.kind = 'HOUSE_NUMBER' and b.status = 'CURRENT'
             where a.road_name = '宁边路' and a.kind = 'HOUSE_NUMBER' and a.status = 'CURRENT'
               and a.house_number_suffix = '' and a.house_number % 2 = 0
               and not exists (select 1 from gazetteer.address c where c.road_code = a.road_code
                                 and c.house_number = a.house_number and c.house_number_suffix <> '')
             order by a.house_number limit 1
            """)
        .query()
        .singleRow();
  }

  private HttpResponse<String> post(String path, String user, String body) {
    return send("POST", path, user, body, "Content-Type", "application/json");
  }

  @Test
  void aPointBetweenTwoNumbersGetsASuffixAndIsRegisteredOnce() throws Exception {
    Map<String, Object> gap = gap();
    int n = ((Number) gap.get("n")).intValue();
    String road = (String) gap.get("road_code");
    String point =
        String.format(
            Locale.ROOT,
            "[%.7f,%.7f]",
            ((Number) gap.get("x")).doubleValue(),
            ((Number) gap.get("y")).doubleValue());

    HttpResponse<String> proposed =
        post("/api/roads/" + road + "/numbering", "planner", "{\"points\":[" + point + "]}");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    JsonNode proposal = JSON.readTree(proposed.body()).path("proposals").get(0);
    assertThat(proposal.path("houseNumber").asString()).isEqualTo(n + "之1号");
    assertThat(proposal.path("sideName").asString()).isEqualTo("右侧（双号）");

    String body =
        "{\"roadCode\":\"" + road + "\",\"houseNumber\":\"" + n + "之1号\",\"point\":" + point + "}";
    assertThat(post("/api/addresses", "planner", body).statusCode()).isEqualTo(403);
    assertThat(post("/api/addresses", "fukang.officer", body).statusCode()).isEqualTo(403);
    HttpResponse<String> wrongSide =
        post("/api/addresses", "changji.officer", body.replace(n + "之1号", (n + 1) + "号"));
    assertThat(wrongSide.statusCode()).isEqualTo(400);
    assertThat(wrongSide.body()).contains("houseNumber");

    HttpResponse<String> created = post("/api/addresses", "changji.officer", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode address = JSON.readTree(created.body());
    try {
      assertThat(address.path("text").asString()).isEqualTo("昌吉市宁边路" + n + "之1号");
      assertThat(address.path("code").asString()).matches("[0-9]{12}1[0-9]{6}");
      assertThat(post("/api/addresses", "changji.officer", body).statusCode()).isEqualTo(409);

      // announced: the geocoder of this instance finds it once its index is rebuilt
      String query =
          "/api/geocode?address=" + URLEncoder.encode("宁边路" + n + "之1号", StandardCharsets.UTF_8);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      JsonNode r = JSON.readTree(send("GET", query, "planner", null).body());
      while (!r.path("level").asString().equals("HOUSE_NUMBER")
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
        r = JSON.readTree(send("GET", query, "planner", null).body());
      }
      assertThat(r.path("address").path("code").asString())
          .isEqualTo(address.path("code").asString());
      assertThat(
              jdbc.sql(
                      "select count(*) from platform.audit_event where collection = 'addresses'"
                          + " and feature_id = :id and action = 'CREATE'")
                  .param("id", address.path("id").asString())
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    } finally {
      jdbc.sql("delete from gazetteer.address where id = :id")
          .param("id", Long.parseLong(address.path("id").asString()))
          .update();
      jdbc.sql(
              "select pg_notify('civgis_feature_changes', '{\"collection\":\"addresses\",\"bbox\":null}')")
          .query()
          .singleRow();
    }
  }

  @Test
  void numberingRefusesAnUnknownRoadAndBadPoints() {
    assertThat(
            post("/api/roads/nope/numbering", "planner", "{\"points\":[[87.3,44.0]]}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> bad =
        post("/api/roads/652301-R00018/numbering", "planner", "{\"points\":[[\"x\",44.0]]}");
    assertThat(bad.statusCode()).isEqualTo(400);
  }
}

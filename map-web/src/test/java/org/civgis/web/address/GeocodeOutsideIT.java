package org.civgis.web.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Over HTTP: an address outside the registry is answered NONE with the reason, never a match in
 * 昌吉市, one at a time and in a list; the same road in 昌吉市 is still found.
 */
class GeocodeOutsideIT extends WebIntegrationTest {
  private JsonNode geocode(String address) {
    HttpResponse<String> response =
        send(
            "GET",
            "/api/geocode?address=" + URLEncoder.encode(address, StandardCharsets.UTF_8),
            "planner",
            null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void anAddressOfAnotherCityIsNoneWithItsReason() {
    JsonNode nanjing = geocode("南京市鼓楼区中山路14号");
    assertThat(nanjing.path("level").asString()).isEqualTo("NONE");
    assertThat(nanjing.path("confidence").asDouble()).isZero();
    assertThat(nanjing.path("address").isNull()).isTrue();
    assertThat(nanjing.path("point").isNull()).isTrue();
    assertThat(nanjing.path("note").asString()).isEqualTo("不在本地址库范围：南京市");

    JsonNode urumqi = geocode("新疆乌鲁木齐市天山区光明路56号");
    assertThat(urumqi.path("level").asString()).isEqualTo("NONE");
    assertThat(urumqi.path("note").asString()).isEqualTo("不在本地址库范围：乌鲁木齐市");

    JsonNode here = geocode("昌吉市光明路56号");
    assertThat(here.path("level").asString()).isEqualTo("HOUSE_NUMBER");
    assertThat(here.path("address").path("text").asString()).isEqualTo("昌吉市光明路56号");
  }

  @Test
  void aListKeepsTheReasonOfEachAddressOutside() {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/geocode/batch",
            "planner",
            "{\"addresses\": [\"石河子市北京南路13号\", \"昌吉市北京南路13号\", \"乌鲁木齐光明路56号\"]}",
            "Content-Type",
            "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode results = JSON.readTree(response.body()).path("results");
    assertThat(results.get(0).path("level").asString()).isEqualTo("NONE");
    assertThat(results.get(0).path("note").asString()).isEqualTo("不在本地址库范围：石河子市");
    assertThat(results.get(1).path("address").path("text").asString()).isEqualTo("昌吉市北京南路13号");
    assertThat(results.get(2).path("note").asString()).isEqualTo("不在本地址库范围：乌鲁木齐市");
  }
}

package org.civgis.web.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Over HTTP: an address whose other city or county follows the house number (the held-out set's
 * 屯河路1号（揭阳市普宁市）, matched at 0.94 before) is NONE with its reason; the same address with the
 * library's own names after the number is still found.
 */
class GeocodeOutsideAfterNumberIT extends WebIntegrationTest {
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
  void anotherCityAfterTheNumberIsNone() {
    JsonNode jieyang = geocode("屯河路1号（揭阳市普宁市）");
    assertThat(jieyang.path("level").asString()).isEqualTo("NONE");
    assertThat(jieyang.path("address").isNull()).isTrue();
    assertThat(jieyang.path("note").asString()).isEqualTo("不在本地址库范围：揭阳市");

    JsonNode leshan = geocode("团结巷144号，乐山市金口河区");
    assertThat(leshan.path("level").asString()).isEqualTo("NONE");
    assertThat(leshan.path("note").asString()).isEqualTo("不在本地址库范围：乐山市");

    JsonNode county = geocode("丁香巷88号 吉隆县");
    assertThat(county.path("level").asString()).isEqualTo("NONE");
    assertThat(county.path("note").asString()).isEqualTo("不在本地址库范围：吉隆县");
  }

  @Test
  void aCountyOfTheLibraryBeforeTheRoadKeepsTheAddress() {
    // the library's county named first: what follows the number is not the address's place
    JsonNode named = geocode("昌吉市屯河路1号揭阳市");
    assertThat(named.path("level").asString()).isEqualTo("HOUSE_NUMBER");
    assertThat(named.path("address").path("text").asString()).isEqualTo("昌吉市屯河路1号");
  }

  @Test
  void theLibrarysOwnNamesAfterTheNumberStillMatch() {
    JsonNode here = geocode("屯河路1号（昌吉市）");
    assertThat(here.path("level").asString()).isEqualTo("HOUSE_NUMBER");
    assertThat(here.path("address").path("text").asString()).isEqualTo("昌吉市屯河路1号");
    JsonNode withTownship = geocode("北京南路13号，昌吉回族自治州昌吉市");
    assertThat(withTownship.path("level").asString()).isEqualTo("HOUSE_NUMBER");
    assertThat(withTownship.path("address").path("text").asString()).isEqualTo("昌吉市北京南路13号");
  }
}

package org.civgis.web.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An address that matches nothing says why: in the answer, the batch summary and its file. */
class GeocodeUnmatchedIT extends WebIntegrationTest {

  private JsonNode geocode(String address) throws Exception {
    return JSON.readTree(
        send(
                "GET",
                "/api/geocode?address=" + URLEncoder.encode(address, StandardCharsets.UTF_8),
                "planner",
                null)
            .body());
  }

  @Test
  void anUnmatchedAddressCarriesItsReasonAndAMatchedOneNone() throws Exception {
    JsonNode nothing = geocode("不知道在哪里");
    assertThat(nothing.path("level").asString()).isEqualTo("NONE");
    assertThat(nothing.path("reason").asString()).isEqualTo(GeocodeJson.NOTHING_RECOGNISED);

    JsonNode elsewhere = geocode("江苏省南京市玄武区中山路1号");
    assertThat(elsewhere.path("level").asString()).isEqualTo("NONE");
    assertThat(elsewhere.path("reason").asString()).startsWith("不在本地址库范围");

    JsonNode matched = geocode("昌吉市屯河路36号");
    assertThat(matched.path("level").asString()).isEqualTo("HOUSE_NUMBER");
    assertThat(matched.path("reason").isNull()).isTrue();
  }

  @Test
  void aBatchSummaryListsTheUnmatchedRowsWithTheirReasons() throws Exception {
    String csv = "\uFEFF编号,地址\n1,昌吉市屯河路36号\n2,不知道在哪里\n3,江苏省南京市玄武区中山路1号\n";
    String boundary = "----civgis" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名单.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> started =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/geocode/batch?format=csv"))
                    .header("Authorization", "Bearer " + tokenOf("planner"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    JsonNode job = JSON.readTree(send("GET", location, "planner", null).body());
    while (!job.path("state").asString().equals("SUCCEEDED") && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      job = JSON.readTree(send("GET", location, "planner", null).body());
    }
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    JsonNode unmatched = job.path("result").path("unmatched");
    assertThat(unmatched.size()).isEqualTo(2);
    assertThat(unmatched.get(0).path("row").asInt()).isEqualTo(2);
    assertThat(unmatched.get(0).path("address").asString()).isEqualTo("不知道在哪里");
    assertThat(unmatched.get(0).path("reason").asString())
        .isEqualTo(GeocodeJson.NOTHING_RECOGNISED);
    assertThat(unmatched.get(1).path("reason").asString()).startsWith("不在本地址库范围");

    String file = send("GET", location + "/result", "planner", null).body();
    String row2 = file.lines().filter(l -> l.startsWith("2,")).findFirst().orElseThrow();
    assertThat(row2).contains("未匹配").endsWith(GeocodeJson.NOTHING_RECOGNISED);
  }
}

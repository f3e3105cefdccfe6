package org.civgis.web.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Geocoding over HTTP against the demo registry: one, a list, a file as a job, reverse. */
class GeocodeIT extends WebIntegrationTest {
  @Autowired AddressRepository addresses;
  @Autowired JdbcClient jdbc;

  private JsonNode geocode(String address) {
    return json("/api/geocode?address=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
  }

  /** GET as the planner (geocoding needs a login), expecting 200. */
  private JsonNode json(String path) {
    HttpResponse<String> response = send("GET", path, "planner", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void oneAddressGivesLevelConfidenceComponentsAndPoint() {
    JsonNode r = geocode("新疆昌吉州昌吉屯河路三十六号附近 13899512345");
    assertThat(r.path("level").asString()).isEqualTo("HOUSE_NUMBER");
    assertThat(r.path("confidence").asDouble()).isEqualTo(1.0);
    assertThat(r.path("address").path("text").asString()).isEqualTo("昌吉市屯河路36号");
    assertThat(r.path("address").path("road").asString()).isEqualTo("屯河路");
    assertThat(r.path("address").path("houseNumber").asString()).isEqualTo("36号");
    assertThat(r.path("address").path("code").asString()).matches("[0-9]{19}");
    assertThat(r.path("point").size()).isEqualTo(2);
    assertThat(r.path("point").get(0).asDouble()).isBetween(87.2, 87.4);
  }

  @Test
  void missingOrTooLongAddressIsRefusedNamingTheParameter() {
    assertThat(get("/api/geocode?address=x").statusCode()).isEqualTo(401);
    HttpResponse<String> empty = send("GET", "/api/geocode?address=", "planner", null);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("address");
    HttpResponse<String> reverse = send("GET", "/api/reverse?lon=abc&lat=44", "planner", null);
    assertThat(reverse.statusCode()).isEqualTo(400);
    assertThat(reverse.body()).contains("lon");
  }

  @Test
  void aListIsAnsweredInOrder() {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/geocode/batch",
            "planner",
            "{\"addresses\":[\"红旗路2号\",\"文化宫社区\",\"北京南路\"]}",
            "Content-Type",
            "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode results = JSON.readTree(response.body()).path("results");
    assertThat(results.get(0).path("address").path("text").asString()).isEqualTo("昌吉市长宁路2号");
    assertThat(results.get(0).path("note").asString()).contains("曾用名");
    assertThat(results.get(1).path("level").asString()).isEqualTo("COMMUNITY");
    assertThat(results.get(2).path("level").asString()).isEqualTo("ROAD");
  }

  @Test
  void reverseGivesTheNearestAddressRoadAndDivisions() {
    JsonNode house = geocode("昌吉市屯河路36号");
    double lon = house.path("point").get(0).asDouble();
    double lat = house.path("point").get(1).asDouble();
    JsonNode r = json("/api/reverse?lon=" + lon + "&lat=" + lat);
    assertThat(r.path("address").path("text").asString()).isEqualTo("昌吉市屯河路36号");
    assertThat(r.path("road").path("name").asString()).isEqualTo("屯河路");
    assertThat(r.path("community").asString()).isEqualTo("丁香社区");
    assertThat(r.path("county").asString()).isEqualTo("昌吉市");
  }

  @Test
  void aFileIsGeocodedAsAJobAndTheResultDownloadsAsExcel() throws Exception {
    String csv = "\uFEFF编号,地址\n1,昌吉市屯河路36号\n2,昌吉市丁香苑3栋2单元301室\n3,阜康市\n4,不知道在哪里\n";
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
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/geocode/batch?format=xlsx"))
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
    assertThat(job.path("result").path("rows").asInt()).isEqualTo(4);
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + location + "/result"))
                    .header("Authorization", "Bearer " + tokenOf("planner"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row head = sheet.getRow(0);
      assertThat(head.getCell(0).getStringCellValue()).isEqualTo("编号");
      assertThat(head.getCell(2).getStringCellValue()).isEqualTo("匹配级别");
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("门牌");
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("昌吉市屯河路36号");
      assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("单元户室");
      assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("县级区划");
      assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("未匹配");
    }
  }

  @Test
  void aFileThatIsNotATableIsRefused() throws IOException, InterruptedException {
    String boundary = "----civgis" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\n"
            + "not a workbook\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/geocode/batch"))
                    .header("Authorization", "Bearer " + tokenOf("planner"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("file");
  }

  @Test
  void aNewAddressIsFoundOnceItsChangeIsAnnounced() throws Exception {
    assertThat(geocode("昌吉市屯河路36之5号").path("level").asString()).isEqualTo("ROAD_INTERPOLATED");
    StandardAddress at36 =
        jdbc.sql("select id from gazetteer.address where text = '昌吉市屯河路36号' and status = 'CURRENT'")
            .query(Long.class)
            .optional()
            .flatMap(addresses::findById)
            .orElseThrow();
    StandardAddress added =
        new StandardAddress(
            0,
            1,
            addresses.nextCode(at36.divisions().communityCode(), at36.kind()),
            at36.kind(),
            at36.divisions(),
            at36.roadCode(),
            at36.roadNameId(),
            at36.roadName(),
            new HouseNumber(36, "之5"),
            null,
            null,
            null,
            null,
            null,
            at36.point(),
            false,
            at36.status(),
            java.time.LocalDate.of(2026, 1, 1),
            null,
            null,
            "test");
    StandardAddress stored = addresses.insert(added);
    try {
      jdbc.sql(
              "select pg_notify('civgis_feature_changes', '{\"collection\":\"addresses\",\"bbox\":null}')")
          .query()
          .singleRow();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      JsonNode r = geocode("昌吉市屯河路36之5号");
      while (!r.path("level").asString().equals("HOUSE_NUMBER")
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
        r = geocode("昌吉市屯河路36之5号");
      }
      assertThat(r.path("level").asString()).isEqualTo("HOUSE_NUMBER");
      assertThat(r.path("address").path("code").asString()).isEqualTo(stored.code());
    } finally {
      jdbc.sql("delete from gazetteer.address where id = :id").param("id", stored.id()).update();
      jdbc.sql(
              "select pg_notify('civgis_feature_changes', '{\"collection\":\"addresses\",\"bbox\":null}')")
          .query()
          .singleRow();
    }
  }
}

package org.civgis.web.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/place-names/annual-update/years}: how many changes each recent year's annual update
 * holds, so that the 年度更新上报 dialog opens on a year with data and says when one has none (issue 15,
 * item 3). Each count equals the rows of that year's update itself.
 */
class AnnualUpdateYearsIT extends WebIntegrationTest {

  @Test
  void eachYearsCountIsTheNumberOfRowsOfItsUpdate() {
    // (the demo's names were approved before these years: other tests' procedures add changes)
    JsonNode answer = getJsonAs("/api/place-names/annual-update/years", "admin");
    int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(answer.get("due").asInt()).isBetween(thisYear - 2, thisYear - 1);
    JsonNode years = answer.get("years");
    assertThat(years.size()).isEqualTo(6);
    for (JsonNode year : years) {
      int y = year.get("year").asInt();
      int rows = csvRows("/api/place-names/annual-update?format=csv&year=" + y);
      assertThat(year.get("changes").asInt()).as("changes of " + y).isEqualTo(rows);
    }
    // a county's counts are a part of the prefecture's
    JsonNode fukang = getJsonAs("/api/place-names/annual-update/years?division=652302", "admin");
    for (int i = 0; i < 6; i++) {
      int y = fukang.get("years").get(i).get("year").asInt();
      assertThat(fukang.get("years").get(i).get("changes").asInt())
          .isEqualTo(csvRows("/api/place-names/annual-update?format=csv&division=652302&year=" + y))
          .isLessThanOrEqualTo(years.get(i).get("changes").asInt());
    }
  }

  @Test
  void anonymousVisitorsAndBadDivisionsAreRefused() {
    assertThat(send("GET", "/api/place-names/annual-update/years", null, null).statusCode())
        .isEqualTo(401);
    HttpResponse<String> bad =
        send("GET", "/api/place-names/annual-update/years?division=abc", "admin", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("division");
  }

  private JsonNode getJsonAs(String path, String user) {
    HttpResponse<String> response = send("GET", path, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The data rows of an annual update's CSV (its first column is the row number 序号). */
  private int csvRows(String path) {
    HttpResponse<String> csv = send("GET", path, "admin", null);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    return (int) csv.body().lines().skip(1).filter(line -> line.matches("^\\d+,.*")).count();
  }
}

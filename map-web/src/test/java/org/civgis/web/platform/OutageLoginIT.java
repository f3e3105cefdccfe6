package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestCluster;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A login while PostgreSQL is down answers 503 (the database is unavailable), never 401 (which
 * would tell a user with the right password that it is wrong), and counts no failure. The test has
 * a cluster of its own, since it stops it.
 */
class OutageLoginIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aLoginDuringAnOutageIs503AndWorksOnceTheDatabaseIsBack() throws Exception {
    try (TestCluster cluster = TestCluster.start()) {
      TestDatabase database = cluster.createDatabase("outage_login");
      new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
      try (AppInstance app =
          AppInstance.start(database, "spring.datasource.hikari.connection-timeout=1500")) {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(
            HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/me")).build(),
            HttpResponse.BodyHandlers.ofString());
        String csrf =
            cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst()
                .orElseThrow()
                .getValue();
        HttpRequest login =
            HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=planner&password=changji-demo"))
                .build();

        cluster.stopServer();

        HttpResponse<String> down = browser.send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(down.body()).path("detail").asString())
            .contains("数据库")
            .doesNotContain("密码");

        cluster.startServer();

        HttpResponse<String> after = null;
        for (int attempt = 0; attempt < 40; attempt++) {
          after = browser.send(login, HttpResponse.BodyHandlers.ofString());
          if (after.statusCode() != 503) {
            break;
          }
          Thread.sleep(250);
        }
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(
                JdbcClient.create(database.dataSource())
                    .sql(
                        "select count(*) from platform.audit_event"
                            + " where actor_name = 'planner' and action like 'LOGIN_%'")
                    .query(Long.class)
                    .single())
            .as("no failed login was counted")
            .isZero();
      }
    }
  }
}

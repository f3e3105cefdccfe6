package org.civgis.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every write leaves an audit row; the app's database role cannot change one. */
class AuditIT extends WebIntegrationTest {

  /** The database as the app's own role (the owner of the database, not a superuser). */
  private static JdbcClient asTheApp() {
    return JdbcClient.create(demo().dataSource());
  }

  @Test
  void aWriteLeavesWhoWhenWhatAndFromWhichClient() {
    String path = "/ogc/collections/divisions/items/652328000000";
    HttpResponse<String> read = send("GET", path, "admin", null);
    JsonNode feature = JSON.readTree(read.body());
    ((ObjectNode) feature.path("properties")).put("remarks", "审计测试");
    HttpResponse<String> written =
        send(
            "PUT",
            path,
            "admin",
            JSON.writeValueAsString(feature),
            "If-Match",
            read.headers().firstValue("ETag").orElseThrow(),
            "X-Client-Id",
            "tablet-07",
            "User-Agent",
            "QGIS/3.40");
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

    HttpResponse<String> trail =
        send("GET", "/api/audit?collection=divisions&featureId=652328000000", "admin", null);
    assertThat(trail.statusCode()).isEqualTo(200);
    JsonNode last = JSON.readTree(trail.body()).get(0);
    assertThat(last.path("actorName").asString()).isEqualTo("admin");
    assertThat(last.path("action").asString()).isEqualTo("UPDATE");
    assertThat(last.path("clientId").asString()).isEqualTo("tablet-07");
    assertThat(last.path("clientAddress").asString()).isNotBlank();
    assertThat(last.path("before").path("properties").path("name").asString())
        .isEqualTo("木垒哈萨克自治县");
    assertThat(last.path("after").path("properties").path("remarks").asString()).isEqualTo("审计测试");
    assertThat(
            asTheApp()
                .sql(
                    "select user_agent from platform.audit_event where client_id = 'tablet-07'"
                        + " order by id desc limit 1")
                .query(String.class)
                .single())
        .isEqualTo("QGIS/3.40");
  }

  @Test
  void theTrailIsForOfficersOnly() {
    String trail = "/api/audit?collection=divisions&featureId=652328000000";
    assertThat(send("GET", trail, "viewer", null).statusCode()).isEqualTo(403);
    assertThat(send("GET", trail, null, null).statusCode()).isEqualTo(401);
  }

  // ---- append-only

  @Test
  void theAppsRoleCannotUpdateDeleteOrTruncateAuditRows() {
    JdbcClient app = asTheApp();
    app.sql("insert into platform.audit_event (actor_name, action) values ('test', 'TEST')")
        .update();
    assertThat(app.sql("select current_user").query(String.class).single())
        .isEqualTo(demo().user());
    assertThat(
            app.sql("select rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class)
                .single())
        .isFalse();

    assertThatThrownBy(
            () -> app.sql("update platform.audit_event set actor_name = 'someone else'").update())
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> app.sql("delete from platform.audit_event").update())
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> app.sql("truncate platform.audit_event").update())
        .rootCause()
        .hasMessageContaining("permission denied");
    // and even a superuser meets the trigger
    JdbcClient admin = JdbcClient.create(demo().adminDataSource());
    assertThatThrownBy(() -> admin.sql("delete from platform.audit_event").update())
        .rootCause()
        .hasMessageContaining("append-only");
  }
}

package org.civgis.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The versions served to an editor (ogc.ReadMarks, docs/adr 0013) are kept in PostgreSQL: QGIS's
 * read through one instance is the precondition of its patch and delete through another, as behind
 * a load balancer without sticky sessions, and of a restarted instance. QGIS is the planner (an
 * editor of {@code facilities}); the administrator is the other user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadMarksAcrossInstancesIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ITEMS = "/ogc/collections/facilities/items";
  private static final String QGIS = "planner";
  private static final String OTHER = "admin";

  private TestDatabase database;
  private JdbcClient jdbc;
  private AppInstance a;
  private AppInstance b;

  @BeforeAll
  void twoInstances() {
    database = TestPostgis.createDatabase("read_marks");
    new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(database.dataSource());
    a = AppInstance.start(database);
    b = AppInstance.start(database);
  }

  @AfterAll
  void stop() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  /** A facility the other user created before QGIS read the layer; its id. */
  private String createdByTheOtherUser(AppInstance app, String name) {
    HttpResponse<String> response =
        app.send(
            "POST",
            ITEMS,
            OTHER,
            """
            {"type":"Feature","geometry":{"type":"Point","coordinates":[87.2907,44.0181]},
             "properties":{"name":"%s","type":"COMMUNITY_DAY_CARE","operator":"公建民营",
                           "status":"OPERATING","beds":20}}
            """
                .formatted(name));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).path("id").asString();
  }

  /** QGIS's feature download: one page of all facilities. */
  private static void qgisReadsTheLayer(AppInstance app) {
    HttpResponse<String> page =
        app.send("GET", ITEMS + "?limit=1000", QGIS, null, "Accept", "application/geo+json");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
  }

  /** QgsOapifPatchFeatureRequest: only the changed attributes, no If-Match. */
  private static HttpResponse<String> qgisPatch(AppInstance app, String id, String body) {
    return app.send(
        "PATCH", ITEMS + "/" + id, QGIS, body, "Content-Type", "application/merge-patch+json");
  }

  /** QgsOapifDeleteFeatureRequest: no body, no header. */
  private static HttpResponse<String> qgisDelete(AppInstance app, String id) {
    return app.send("DELETE", ITEMS + "/" + id, QGIS, null);
  }

  private long marksOf(String username) {
    return jdbc.sql(
            "select count(*) from platform.read_mark m join platform.app_user u on u.id = m.user_id"
                + " where u.username = :username")
        .param("username", username)
        .query(Long.class)
        .single();
  }

  private long marks() {
    return jdbc.sql("select count(*) from platform.read_mark").query(Long.class).single();
  }

  private int beds(AppInstance app, String id) {
    HttpResponse<String> response = app.send("GET", ITEMS + "/" + id, OTHER, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("properties").path("beds").asInt();
  }

  @Test
  void qgisReadsThroughOneInstanceAndItsPatchAndDeleteLandThroughTheOther() {
    String edited = createdByTheOtherUser(a, "两实例 QGIS 编辑");
    String deleted = createdByTheOtherUser(a, "两实例 QGIS 删除");
    qgisReadsTheLayer(a);

    HttpResponse<String> patch = qgisPatch(b, edited, "{\"properties\":{\"beds\":25}}");
    assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
    // the answer to the patch is what QGIS holds now: its next patch, through a, lands as well
    HttpResponse<String> moved =
        qgisPatch(
            a, edited, "{\"geometry\":{\"type\":\"Point\",\"coordinates\":[87.2911,44.0185]}}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(beds(a, edited)).isEqualTo(25);

    HttpResponse<String> delete = qgisDelete(b, deleted);
    assertThat(delete.statusCode()).as(delete.body()).isEqualTo(204);
    assertThat(a.send("GET", ITEMS + "/" + deleted, OTHER, null).statusCode()).isEqualTo(404);
  }

  @Test
  void aChangeByAnotherUserBetweenTheReadOnOneAndThePatchOnTheOtherIsRefused() {
    String id = createdByTheOtherUser(a, "两实例 并发修改");
    qgisReadsTheLayer(a);

    // the other user changes the facility through b after QGIS's read through a
    HttpResponse<String> otherRead = b.send("GET", ITEMS + "/" + id, OTHER, null);
    ObjectNode feature = (ObjectNode) JSON.readTree(otherRead.body());
    ((ObjectNode) feature.path("properties")).put("beds", 60);
    HttpResponse<String> otherWrite =
        b.send(
            "PUT",
            ITEMS + "/" + id,
            OTHER,
            JSON.writeValueAsString(feature),
            "If-Match",
            otherRead.headers().firstValue("ETag").orElseThrow());
    assertThat(otherWrite.statusCode()).as(otherWrite.body()).isEqualTo(200);

    HttpResponse<String> patch = qgisPatch(b, id, "{\"properties\":{\"beds\":21}}");
    assertThat(patch.statusCode()).as(patch.body()).isEqualTo(412);
    assertThat(qgisDelete(b, id).statusCode()).isEqualTo(412);
    assertThat(qgisPatch(a, id, "{\"properties\":{\"beds\":22}}").statusCode()).isEqualTo(412);
    assertThat(beds(b, id)).isEqualTo(60);

    // QGIS reloads the layer (through b this time); then its edit lands through a
    qgisReadsTheLayer(b);
    assertThat(qgisPatch(a, id, "{\"properties\":{\"beds\":21}}").statusCode()).isEqualTo(200);
    assertThat(beds(b, id)).isEqualTo(21);
  }

  @Test
  void anInstanceStartedAfterTheReadKnowsTheMarks() {
    String id = createdByTheOtherUser(a, "重启后 QGIS 编辑");
    qgisReadsTheLayer(a);
    // as after a restart: an instance that served nothing of it
    try (AppInstance restarted = AppInstance.start(database)) {
      HttpResponse<String> patch = qgisPatch(restarted, id, "{\"properties\":{\"beds\":30}}");
      assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
      assertThat(beds(restarted, id)).isEqualTo(30);
      assertThat(qgisDelete(restarted, id).statusCode()).isEqualTo(204);
    }
  }

  @Test
  void readsByAViewerAnonymouslyOrOfCollectionsTheUserDoesNotEditRecordNothing() {
    long before = marks();
    assertThat(a.send("GET", ITEMS + "?limit=1000", "viewer", null).statusCode()).isEqualTo(200);
    assertThat(a.send("GET", ITEMS + "?limit=1000", null, null).statusCode()).isEqualTo(200);
    String first =
        JSON.readTree(a.send("GET", ITEMS + "?limit=1", null, null).body())
            .path("features")
            .get(0)
            .path("id")
            .asString();
    assertThat(a.send("GET", ITEMS + "/" + first, "viewer", null).statusCode()).isEqualTo(200);
    assertThat(a.send("GET", ITEMS + "/" + first, null, null).statusCode()).isEqualTo(200);
    // the planner edits facilities, not place names; addresses are read-only for everybody
    long plannerBefore = marksOf(QGIS);
    assertThat(
            a.send("GET", "/ogc/collections/place-names/items?limit=100", QGIS, null).statusCode())
        .isEqualTo(200);
    assertThat(a.send("GET", "/ogc/collections/addresses/items?limit=100", QGIS, null).statusCode())
        .isEqualTo(200);
    assertThat(
            a.send("GET", "/ogc/collections/addresses/items?limit=100", OTHER, null).statusCode())
        .isEqualTo(200);

    assertThat(marksOf("viewer")).isZero();
    assertThat(marksOf(QGIS)).isEqualTo(plannerBefore);
    assertThat(marks()).isEqualTo(before);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.read_mark"
                        + " where collection not in ('facilities', 'place-names', 'divisions')")
                .query(Long.class)
                .single())
        .isZero();

    // the planner's own read of facilities: one mark per facility served
    long facilities =
        JSON.readTree(a.send("GET", ITEMS + "?limit=1", null, null).body())
            .path("numberMatched")
            .asLong();
    qgisReadsTheLayer(a);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.read_mark m"
                        + " join platform.app_user u on u.id = m.user_id"
                        + " where u.username = :username and m.collection = 'facilities'")
                .param("username", QGIS)
                .query(Long.class)
                .single())
        .isEqualTo(facilities);
  }

  @Test
  void aRecordingTheDatabaseRefusesDoesNotFailTheReadAndThePatchThenAsksForAPrecondition() {
    String id = createdByTheOtherUser(a, "记录失败");
    // the database refuses writes to the marks as a read-only one would (the token lookup of the
    // request itself writes, so the whole database cannot be made read-only here)
    jdbc.sql(
            """
            create function platform.refuse_read_mark() returns trigger language plpgsql as $$
            begin
              raise exception 'cannot execute INSERT in a read-only transaction'
                using errcode = 'read_only_sql_transaction';
            end $$
            """)
        .update();
    jdbc.sql(
            "create trigger refuse before insert or update on platform.read_mark"
                + " for each row execute function platform.refuse_read_mark()")
        .update();
    try {
      qgisReadsTheLayer(a);
      HttpResponse<String> item = a.send("GET", ITEMS + "/" + id, QGIS, null);
      assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
    } finally {
      jdbc.sql("drop trigger refuse on platform.read_mark").update();
      jdbc.sql("drop function platform.refuse_read_mark()").update();
    }
    HttpResponse<String> patch = qgisPatch(b, id, "{\"properties\":{\"beds\":26}}");
    assertThat(patch.statusCode()).as(patch.body()).isEqualTo(428);
    assertThat(beds(a, id)).isEqualTo(20);

    qgisReadsTheLayer(b);
    assertThat(qgisPatch(a, id, "{\"properties\":{\"beds\":26}}").statusCode()).isEqualTo(200);
  }

  @Test
  void oldMarksAndThoseBeyondTheBoundPerUserAreForgotten() throws InterruptedException {
    qgisReadsTheLayer(a);
    long facilities = marksOf(QGIS);
    assertThat(facilities).isGreaterThan(50);
    // the administrator's mark from 31 days ago
    jdbc.sql(
            """
            insert into platform.read_mark (user_id, collection, feature_id, etag, served_at)
            select id, 'facilities', 'forgotten', '"old"', now() - interval '31 days'
              from platform.app_user where username = :username
            """)
        .param("username", OTHER)
        .update();
    long otherMarks = marksOf(OTHER);

    try (AppInstance pruning =
        AppInstance.start(
            database,
            "civgis.read-marks.max-per-user=50",
            "civgis.read-marks.prune-every=PT0.2S",
            "civgis.read-marks.prune-first-after=PT0S")) {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while ((marksOf(QGIS) > 50 || marksOf(OTHER) == otherMarks) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(marksOf(QGIS)).isEqualTo(50);
      assertThat(marksOf(OTHER)).isEqualTo(Math.min(otherMarks - 1, 50));
      assertThat(
              jdbc.sql("select count(*) from platform.read_mark where feature_id = 'forgotten'")
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }
}

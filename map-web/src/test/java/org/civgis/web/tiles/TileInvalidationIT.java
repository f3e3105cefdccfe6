package org.civgis.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.civgis.web.WebIntegrationTest;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.tiles.TileTesting.Feature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Edits reach the tiles: through the writer's own commit, through PostgreSQL NOTIFY from anyone,
 * and through the flush after the listening connection was lost. Each test renames 阜康市 in SQL and
 * restores it.
 */
class TileInvalidationIT extends WebIntegrationTest {
  private static final String FUKANG = "652302000000";
  private static final Duration PATIENCE = Duration.ofSeconds(3);

  @Autowired private JdbcClient appJdbc;
  @Autowired private PlatformTransactionManager transactions;
  @Autowired private FeatureChangePublisher publisher;

  /** Plain JDBC of the test, outside the app: autocommit, no Spring transaction. */
  private final JdbcClient plainJdbc = JdbcClient.create(demo().dataSource());

  private String originalName;
  private Envelope fukangEnvelope;
  private TileCoordinate fukangTile;

  @BeforeEach
  void readFukang() throws InterruptedException {
    awaitEarlierNotifications();
    originalName =
        plainJdbc
            .sql(
                "select name from boundary.division_version where code = :code and upper_inf(valid)")
            .param("code", FUKANG)
            .query(String.class)
            .single();
    fukangEnvelope =
        plainJdbc
            .sql(
                """
                select ST_XMin(geom) as min_x, ST_YMin(geom) as min_y,
                       ST_XMax(geom) as max_x, ST_YMax(geom) as max_y
                  from boundary.division_version where code = :code and upper_inf(valid)
                """)
            .param("code", FUKANG)
            .query(
                (rs, row) ->
                    new Envelope(
                        rs.getDouble("min_x"),
                        rs.getDouble("max_x"),
                        rs.getDouble("min_y"),
                        rs.getDouble("max_y")))
            .single();
    fukangTile =
        TileCoordinate.containing(
            fukangEnvelope.centre().getX(), fukangEnvelope.centre().getY(), 8);
  }

  @AfterEach
  void restoreFukang() throws InterruptedException {
    rename(plainJdbc, originalName);
    // outside a transaction: NOTIFY at once, and this instance's cache at once
    publisher.publish("divisions", fukangEnvelope);
    // its NOTIFY must not arrive in the middle of the next test
    awaitEarlierNotifications();
  }

  private static void rename(JdbcClient jdbc, String name) {
    jdbc.sql(
            "update boundary.division_version set name = :name"
                + " where code = :code and upper_inf(valid)")
        .param("name", name)
        .param("code", FUKANG)
        .update();
  }

  private void notifyFromPlainJdbc(String payload) {
    plainJdbc
        .sql("select pg_notify('civgis_feature_changes', :payload)")
        .param("payload", payload)
        .query()
        .listOfRows();
  }

  /**
   * Returns once the listener listens and every notification committed before has reached the
   * cache: PostgreSQL delivers them in commit order, so it sends one more, about a tile in the
   * Pacific, and waits until that tile has been evicted (sending again while the listener may still
   * be connecting).
   */
  private void awaitEarlierNotifications() throws InterruptedException {
    String pacific =
        baseUrl() + "/tiles/divisions/" + TileCoordinate.containing(-150, 20, 8) + ".mvt";
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!cacheHeader(pacific).equals("HIT") && System.nanoTime() < deadline) {
      Thread.sleep(10); // cached before the NOTIFY, so that its eviction tells
    }
    boolean evicted = false;
    while (!evicted && System.nanoTime() < deadline) {
      notifyFromPlainJdbc("{\"collection\":\"divisions\",\"bbox\":[-151,19,-149,21]}");
      for (int i = 0; i < 10 && !evicted; i++) {
        Thread.sleep(10);
        evicted = cacheHeader(pacific).equals("MISS");
      }
    }
    assertThat(evicted).as("the Pacific tile evicted by its NOTIFY").isTrue();
  }

  private static String cacheHeader(String url) {
    return TileTesting.get(url).headers().firstValue("X-Tile-Cache").orElseThrow();
  }

  /** The tile: its cache header and the name of 阜康市 in it. */
  private record Seen(String cache, String name) {}

  private Seen fukangInTile() {
    HttpResponse<byte[]> response =
        TileTesting.get(baseUrl() + "/tiles/divisions/" + fukangTile + ".mvt");
    assertThat(response.statusCode()).isEqualTo(200);
    String name =
        TileTesting.decode(response.body()).features().stream()
            .filter(f -> FUKANG.equals(f.code()))
            .map(Feature::name)
            .findFirst()
            .orElseThrow();
    return new Seen(response.headers().firstValue("X-Tile-Cache").orElseThrow(), name);
  }

  /** Asks for the tile until it shows {@code name}; what it saw last. */
  private Seen awaitName(String name) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Seen seen = fukangInTile();
    while (!seen.name().equals(name) && System.nanoTime() < deadline) {
      Thread.sleep(25);
      seen = fukangInTile();
    }
    return seen;
  }

  private Seen cachedWithTheOriginalName() {
    fukangInTile();
    Seen cached = fukangInTile();
    assertThat(cached).isEqualTo(new Seen("HIT", originalName));
    return cached;
  }

  // ---- the writer's own commit

  @Test
  void theWritersCommitShowsInTheNextTile() {
    cachedWithTheOriginalName();

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              rename(appJdbc, "阜康市（测试）");
              publisher.publish("divisions", fukangEnvelope);
              // not committed yet: everyone still sees the committed name, from the cache
              assertThat(fukangInTile()).isEqualTo(new Seen("HIT", originalName));
            });

    // at once, without waiting for the NOTIFY to come round
    assertThat(fukangInTile()).isEqualTo(new Seen("MISS", "阜康市（测试）"));
  }

  @Test
  void aRolledBackWriteLeavesTheCacheAlone() throws InterruptedException {
    cachedWithTheOriginalName();

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              rename(appJdbc, "阜康市（撤销）");
              publisher.publish("divisions", fukangEnvelope);
              status.setRollbackOnly();
            });

    // had the rolled-back transaction sent its NOTIFY, it would have arrived by now
    awaitEarlierNotifications();
    assertThat(fukangInTile()).isEqualTo(new Seen("HIT", originalName));
  }

  // ---- NOTIFY from elsewhere

  @Test
  void aNotifyFromAnotherConnectionReachesTheCache() throws InterruptedException {
    cachedWithTheOriginalName();
    rename(plainJdbc, "阜康市（外部）");
    // the cache cannot know yet
    assertThat(fukangInTile()).isEqualTo(new Seen("HIT", originalName));

    notifyFromPlainJdbc("{\"collection\":\"divisions\",\"bbox\":[87.77,43.75,88.75,45.01]}"); // 阜康市
    assertThat(awaitName("阜康市（外部）").name()).isEqualTo("阜康市（外部）");
  }

  // ---- a lost listening connection

  @Test
  void afterTheListenerReconnectsTheCacheStartsAfresh() throws InterruptedException {
    cachedWithTheOriginalName();
    // a change nobody announces, as one made while the listener was away
    rename(plainJdbc, "阜康市（断线）");

    int terminated =
        plainJdbc
            .sql(
                """
                select count(pg_terminate_backend(pid)) from pg_stat_activity
                 where application_name = 'civgis feature-change listener'
                   and datname = current_database()
                """)
            .query(Integer.class)
            .single();
    assertThat(terminated).isGreaterThanOrEqualTo(1);

    assertThat(awaitName("阜康市（断线）").name()).isEqualTo("阜康市（断线）");
  }
}

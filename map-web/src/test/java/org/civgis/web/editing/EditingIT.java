package org.civgis.web.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** OGC API – Features Part 4 on the divisions: ETags, If-Match, concurrent editors, audit. */
class EditingIT extends WebIntegrationTest {
  private static final String ITEMS = "/ogc/collections/divisions/items/";

  @Autowired JdbcClient jdbc;

  private record Read(JsonNode feature, String etag) {}

  private Read read(String code, String user) {
    HttpResponse<String> response = send("GET", ITEMS + code, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new Read(
        JSON.readTree(response.body()), response.headers().firstValue("ETag").orElseThrow());
  }

  private static String withRemarks(JsonNode feature, String remarks) {
    JsonNode copy = feature.deepCopy();
    ((ObjectNode) copy.path("properties")).put("remarks", remarks);
    // the version read stands in for If-Match when none is sent; these tests send If-Match
    ((ObjectNode) copy.path("properties")).remove("version");
    return JSON.writeValueAsString(copy);
  }

  private HttpResponse<String> put(String code, String user, String body, String etag) {
    return etag == null
        ? send("PUT", ITEMS + code, user, body)
        : send("PUT", ITEMS + code, user, body, "If-Match", etag);
  }

  private long auditRows(String code, String action) {
    return jdbc.sql(
            "select count(*) from platform.audit_event"
                + " where collection = 'divisions' and feature_id = :code and action = :action")
        .param("code", code)
        .param("action", action)
        .query(Long.class)
        .single();
  }

  // ---- If-Match and ETag

  @Test
  void writesNeedTheCurrentEtag() {
    String code = "652323000000"; // 呼图壁县
    Read first = read(code, "admin");
    String body = withRemarks(first.feature(), "第一次修改");

    HttpResponse<String> missing = put(code, "admin", body, null);
    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(JSON.readTree(missing.body()).path("detail").asString()).contains("If-Match");

    HttpResponse<String> ok = put(code, "admin", body, first.etag());
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    String newEtag = ok.headers().firstValue("ETag").orElseThrow();
    assertThat(newEtag).isNotEqualTo(first.etag());
    assertThat(read(code, "admin").etag()).isEqualTo(newEtag);

    HttpResponse<String> stale =
        put(code, "admin", withRemarks(first.feature(), "过期"), first.etag());
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(read(code, "admin").feature().path("properties").path("remarks").asString())
        .isEqualTo("第一次修改");
  }

  @Test
  void concurrentPutsWithTheSameEtagLetExactlyOneWin() throws Exception {
    String code = "652324000000"; // 玛纳斯县
    Read base = read(code, "admin");
    int editors = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(editors);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < editors; i++) {
      String body = withRemarks(base.feature(), "并发编辑 " + i);
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return put(code, "admin", body, base.etag()).statusCode();
              }));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      codes.add(status.get());
    }
    pool.shutdown();
    assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
    assertThat(codes).filteredOn(c -> c == 412).hasSize(editors - 1);
  }

  @Test
  void fiftyConcurrentEditorsLoseNoUpdate() throws Exception {
    String code = "652327000000"; // 吉木萨尔县
    long updatesBefore = auditRows(code, "UPDATE");
    int editors = 50;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < editors; i++) {
      String mark = "[e" + i + "]";
      Callable<Integer> editor =
          () -> {
            start.await();
            for (int attempt = 1; attempt <= 500; attempt++) {
              Read current = read(code, "admin");
              String remarks = current.feature().path("properties").path("remarks").asString("");
              HttpResponse<String> response =
                  put(
                      code,
                      "admin",
                      withRemarks(current.feature(), remarks + mark),
                      current.etag());
              if (response.statusCode() == 200) {
                return attempt;
              }
              assertThat(response.statusCode()).as(response.body()).isEqualTo(412);
            }
            throw new AssertionError(mark + " never got its update in");
          };
      attempts.add(pool.submit(editor));
    }
    start.countDown();
    for (Future<Integer> attempt : attempts) {
      attempt.get();
    }
    pool.shutdown();

    String remarks = read(code, "admin").feature().path("properties").path("remarks").asString();
    for (int i = 0; i < editors; i++) {
      assertThat(remarks).contains("[e" + i + "]");
    }
    assertThat(auditRows(code, "UPDATE") - updatesBefore).isEqualTo(editors);
  }

  // ---- create, patch, delete

  @Test
  void createPatchAndDeleteKeepHistory() {
    String body =
        """
        {"type":"Feature","geometry":null,"properties":{
          "code":"652302001991","name":"测试社区","level":5,"parentCode":"652302001000",
          "status":"PUBLISHED","remarks":"新建"}}""";
    HttpResponse<String> created = send("POST", "/ogc/collections/divisions/items", "admin", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(ITEMS + "652302001991"));
    String etag = created.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = send("POST", "/ogc/collections/divisions/items", "admin", body);
    assertThat(again.statusCode()).isEqualTo(409);

    HttpResponse<String> patched =
        send(
            "PATCH",
            ITEMS + "652302001991",
            "admin",
            "{\"properties\":{\"name\":\"测试社区（更正）\"}}",
            "If-Match",
            etag,
            "Content-Type",
            "application/merge-patch+json");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    JsonNode properties = JSON.readTree(patched.body()).path("properties");
    assertThat(properties.path("name").asString()).isEqualTo("测试社区（更正）");
    assertThat(properties.path("remarks").asString()).isEqualTo("新建");

    HttpResponse<String> deleted =
        send(
            "DELETE",
            ITEMS + "652302001991",
            "admin",
            null,
            "If-Match",
            patched.headers().firstValue("ETag").orElseThrow());
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(send("GET", ITEMS + "652302001991", "admin", null).statusCode()).isEqualTo(404);
    // created and ended today: kept as withdrawn, visible in the audit trail
    assertThat(auditRows("652302001991", "CREATE")).isEqualTo(1);
    assertThat(auditRows("652302001991", "UPDATE")).isEqualTo(1);
    assertThat(auditRows("652302001991", "DELETE")).isEqualTo(1);
    assertThat(
            jdbc.sql("select status from boundary.division_version where code = '652302001991'")
                .query(String.class)
                .single())
        .isEqualTo("WITHDRAWN");
  }

  @Test
  void codeLevelAndParentCannotBeEdited() {
    Read township = read("652302001000", "admin");
    JsonNode copy = township.feature().deepCopy();
    ((ObjectNode) copy.path("properties")).put("parentCode", "652301000000");
    HttpResponse<String> response =
        put("652302001000", "admin", JSON.writeValueAsString(copy), township.etag());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("invalidParams").get(0).path("name").asString())
        .isEqualTo("properties.parentCode");
  }
}

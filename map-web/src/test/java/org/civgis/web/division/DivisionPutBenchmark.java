package org.civgis.web.division;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.civgis.testing.bench.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark of a validated PUT of a county (run by {@code bench/put.sh}, not a test), on the
 * shared harness {@link Bench}: a PUT of 奇台县 (a MultiPolygon of about 3,300 vertices) through the
 * API against the database part of the same edit done directly, edit by edit.
 *
 * <ol>
 *   <li>Ours: the feature is read with a GET for its ETag and changed (not timed), then PUT back
 *       with {@code If-Match} and the demo admin's bearer token (timed) over one keep-alive
 *       connection; the answer must be a 200. The PUT does all a real edit does: token lookup,
 *       GeoJSON parsing and position checks, JTS validity, jurisdiction, the optimistic update, the
 *       audit row with before and after, the change notification, the response with area and label
 *       point. In {@code outline} mode each PUT also moves the middle vertex of the outline about 1
 *       m towards the county's interior and puts it back exactly on the next edit, as a correction
 *       with its reason: every timed PUT then runs the checks on save of the county's
 *       neighbourhood, and the outline is as before when a round ends.
 *   <li>Baseline: the database work of an edit as one transaction of prepared statements on one
 *       reused connection: read the current version, update it against its revision (remarks and
 *       geometry written), insert the audit row with before and after built by {@code
 *       ST_AsGeoJSON}; the answer is the number of rows updated.
 *   <li>The baseline bumps the revision, so the ETag is read again before every PUT: that GET is
 *       the untimed step of each of our runs ({@link Bench#compareEachStaged}).
 * </ol>
 *
 * <p>Arguments: the app's base URL, a JDBC URL of its database (user in the URL), the mode ({@code
 * remarks} or {@code outline}), optionally the edits a round (50; even). System properties {@code
 * bench.warmups} (default 2) and {@code bench.rounds} (default 5).
 */
public final class DivisionPutBenchmark {
  static final String CODE = "652325000000"; // 奇台县
  private static final String PATH = "/ogc/collections/divisions/items/" + CODE;
  private static final String TOKEN = "Bearer demo-admin-token";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String CURRENT =
      " where code = ? and valid @> current_date and status <> 'WITHDRAWN'";
  private static final String READ =
      "select id, revision, ST_AsEWKB(geom) from boundary.division_version" + CURRENT;
  private static final String UPDATE =
      "update boundary.division_version set remarks = ?, geom = geom, revision = revision + 1"
          + CURRENT;
  private static final String AUDIT =
      "insert into platform.audit_event (actor_name, action, collection, feature_id, before,"
          + " after) select 'bench', 'UPDATE', 'divisions', code, ST_AsGeoJSON(geom)::jsonb,"
          + " ST_AsGeoJSON(geom)::jsonb from boundary.division_version"
          + CURRENT;

  private DivisionPutBenchmark() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String jdbcUrl = args[1];
    boolean outline = args.length > 2 && "outline".equals(args[2]);
    int edits = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    if (edits < 2 || edits % 2 != 0) {
      throw new IllegalArgumentException("edits a round: an even number, at least 2: " + edits);
    }
    Bench bench =
        new Bench(
            outline
                ? "A PUT of a county's outline with the checks on save against the same SQL"
                : "A validated PUT of a county against the same SQL",
            Integer.getInteger("bench.warmups", 2),
            Integer.getInteger("bench.rounds", 5));
    List<Integer> items = IntStream.range(0, edits).boxed().toList();
    try (Http http = new Http(baseUrl);
        Connection sql = DriverManager.getConnection(jdbcUrl)) {
      sql.setAutoCommit(false);
      PreparedStatement read = sql.prepareStatement(READ);
      PreparedStatement update = sql.prepareStatement(UPDATE);
      PreparedStatement audit = sql.prepareStatement(AUDIT);
      Bench.StagedItemTask<Integer> baseline =
          i ->
              () -> {
                read.setString(1, CODE);
                try (ResultSet rs = read.executeQuery()) {
                  while (rs.next()) {
                    rs.getBytes(3);
                  }
                }
                update.setString(1, "baseline " + i);
                update.setString(2, CODE);
                int updated = update.executeUpdate();
                audit.setString(1, CODE);
                audit.executeUpdate();
                sql.commit();
                return updated;
              };
      Bench.Row row =
          bench.compareEachStaged(
              outline ? "PUT of the outline (checks on save)" : "PUT of the remarks",
              items,
              () -> {},
              "PUT through the API",
              i -> put(http, i, outline),
              "the same SQL, prepared",
              baseline,
              Ratio.COST);
      bench.note(
          "奇台县 (%s), %d vertices; %d edits a round, each side. API: one keep-alive HTTP/1.1"
              + " connection, the GET for the ETag before each PUT not timed. SQL: read, update"
              + " and audit row in one transaction of prepared statements on one reused"
              + " connection. %s. Per edit, (API − SQL) of the medians: %s ms.",
          CODE,
          vertices(http),
          edits,
          Bench.postgisVersion(sql),
          String.format(Locale.ROOT, "%.1f", row.ours().median() - row.baseline().median()));
      sql.rollback();
    }
    bench.print();
  }

  /** Reads the feature and its ETag, changes it; returns the timed PUT of it. */
  private static Bench.Task put(Http http, int i, boolean outline) throws Exception {
    Http.Response current = http.send("GET", PATH, Map.of("Authorization", TOKEN), null);
    if (current.status() != 200) {
      throw new IllegalStateException("GET " + PATH + ": HTTP " + current.status());
    }
    String etag = current.header("ETag");
    ObjectNode feature = (ObjectNode) JSON.readTree(current.body());
    ObjectNode properties = (ObjectNode) feature.get("properties");
    properties.put("remarks", "基准测试 " + i);
    if (outline) {
      moveMiddleVertex(feature, i % 2 == 0);
      properties.put("changeKind", "CORRECTION");
      properties.put("reason", "基准测试：移动一个界址点");
      properties.put("acknowledgeWarnings", true);
      properties.put("detachSharedEdges", true);
    }
    byte[] body = JSON.writeValueAsBytes(feature);
    Map<String, String> headers =
        Map.of(
            "Authorization", TOKEN,
            "Content-Type", "application/geo+json",
            "If-Match", etag);
    return () -> {
      Http.Response response = http.send("PUT", PATH, headers, body);
      if (response.status() != 200) {
        throw new IllegalStateException(
            "PUT " + PATH + ": HTTP " + response.status() + " " + response.text());
      }
      return response.status();
    };
  }

  /** The middle vertex of the outline as first read: every other edit puts it back exactly. */
  private static double[] original;

  /**
   * Moves the middle vertex of the first ring about 1 m (1e-5°) from where it was first read
   * towards the ring's mean point (a sliver of a gap, a warning to acknowledge; {@code away}
   * false), or puts it back where it was ({@code away} true is the move, false the return).
   */
  private static void moveMiddleVertex(ObjectNode feature, boolean away) {
    ArrayNode ring = (ArrayNode) feature.get("geometry").get("coordinates").get(0).get(0);
    int n = ring.size();
    int k = n / 2;
    if (original == null) {
      original = new double[] {ring.get(k).get(0).asDouble(), ring.get(k).get(1).asDouble()};
    }
    double x = original[0];
    double y = original[1];
    ArrayNode vertex = JSON.createArrayNode();
    if (away) {
      double meanX = 0;
      double meanY = 0;
      for (JsonNode p : ring) {
        meanX += p.get(0).asDouble() / n;
        meanY += p.get(1).asDouble() / n;
      }
      double step = 1e-5 / Math.hypot(meanX - x, meanY - y);
      vertex.add(x + (meanX - x) * step);
      vertex.add(y + (meanY - y) * step);
    } else {
      vertex.add(x);
      vertex.add(y);
    }
    ring.set(k, vertex);
  }

  private static int vertices(Http http) throws Exception {
    Http.Response current = http.send("GET", PATH, Map.of("Authorization", TOKEN), null);
    int count = 0;
    for (JsonNode polygon : JSON.readTree(current.body()).get("geometry").get("coordinates")) {
      for (JsonNode ring : polygon) {
        count += ring.size();
      }
    }
    return count;
  }
}

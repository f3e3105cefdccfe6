package org.civgis.web.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * The staged import the import dialog uses: a file of one changed division (阜康市 with one vertex
 * moved by about 0.2 m) is staged (nothing published), previewed (its features with the name, the
 * report with the names of the divisions it mentions), discarded (nothing written) or published (a
 * new version); a file with problems is staged with them and cannot be published; only the importer
 * and administrators reach a batch.
 */
class StagedDivisionImportIT extends WebIntegrationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String FUKANG = "652302000000";

  private HttpResponse<String> upload(String user, String fileName, byte[] file, String... fields) {
    return postMultipart("/api/boundary/imports", user, fileName, file, fields);
  }

  /** Follows the job a 202 answer points to until it ends; its result document. */
  private JsonNode result(HttpResponse<String> accepted) throws Exception {
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    JsonNode job;
    do {
      Thread.sleep(200);
      job = JSON.readTree(send("GET", location, "admin", null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    return job.path("result");
  }

  private JsonNode stage(String user, String geoJson, String effective) throws Exception {
    return result(
        upload(
            user,
            "division.geojson",
            geoJson.getBytes(StandardCharsets.UTF_8),
            "effective",
            effective,
            "stage",
            "true"));
  }

  private static String fileOf(String code, String name, Geometry geometry) {
    return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
        + "{\"code\":\""
        + code
        + "\",\"name\":\""
        + name
        + "\"},\"geometry\":"
        + GeoJsonGeometry.write(geometry, 7)
        + "}]}";
  }

  /**
   * A copy with one vertex of the first outer ring moved 2e-6° (about 0.2 m) towards the middle.
   */
  private static Geometry nudged(Geometry geometry) {
    Geometry copy = geometry.copy();
    Polygon first = (Polygon) copy.getGeometryN(0);
    Coordinate[] ring = first.getExteriorRing().getCoordinates();
    Coordinate vertex = ring[ring.length / 3];
    Point centre = first.getInteriorPoint();
    double dx = centre.getX() - vertex.x;
    double dy = centre.getY() - vertex.y;
    double length = Math.hypot(dx, dy);
    vertex.x = Math.round((vertex.x + 2e-6 * dx / length) * 1e7) / 1e7;
    vertex.y = Math.round((vertex.y + 2e-6 * dy / length) * 1e7) / 1e7;
    copy.geometryChanged();
    return copy;
  }

  private Geometry current(String code) {
    JsonNode feature = getJson("/ogc/collections/divisions/items/" + code + "?f=json", 200);
    try {
      return GeoJsonGeometry.read(feature.path("geometry").toString(), Srid.CGCS2000);
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aChangedDivisionIsStagedPreviewedDiscardedOrPublished() throws Exception {
    // the demo's townships have no geometry: a county is the smallest unit drawn
    JsonNode division = getJson("/ogc/collections/divisions/items/" + FUKANG + "?f=json", 200);
    String code = division.path("id").asString();
    String name = division.path("properties").path("name").asString();
    Geometry before = current(code);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    String file = fileOf(code, name, nudged(before));

    // ---- staged: the report with the division's name, its feature; nothing published
    JsonNode staged = stage("admin", file, today);
    assertThat(staged.path("status").asString()).as(staged.toString()).isEqualTo("STAGED");
    long batch = staged.path("batchId").asLong();
    assertThat(batch).isPositive();
    assertThat(staged.path("effective").asString()).isEqualTo(today);
    assertThat(staged.path("changed").toString()).contains(code);
    assertThat(staged.path("published")).isEmpty();
    assertThat(staged.path("problems")).isEmpty();
    assertThat(staged.path("divisionNames").path(code).asString()).isEqualTo(name);
    assertThat(current(code).equalsExact(before)).isTrue();

    assertThat(send("GET", "/api/boundary/imports/" + batch + "/features", null, null).statusCode())
        .isIn(401, 403);
    HttpResponse<String> preview =
        send("GET", "/api/boundary/imports/" + batch + "/features", "admin", null);
    assertThat(preview.statusCode()).isEqualTo(200);
    JsonNode collection = JSON.readTree(preview.body());
    assertThat(collection.path("features")).hasSize(1);
    assertThat(collection.path("features").get(0).path("properties").path("name").asString())
        .isEqualTo(name);
    assertThat(collection.path("features").get(0).path("geometry").path("type").asString())
        .endsWith("Polygon");
    // someone else's batch: an officer may not see it, a viewer no import at all
    assertThat(send("GET", "/api/boundary/imports/" + batch, "fukang.officer", null).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/boundary/imports/" + batch, "viewer", null).statusCode())
        .isEqualTo(403);

    // ---- discarded: gone, nothing written
    assertThat(send("DELETE", "/api/boundary/imports/" + batch, "admin", null).statusCode())
        .isEqualTo(204);
    HttpResponse<String> gone = send("GET", "/api/boundary/imports/" + batch, "admin", null);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(
            send("POST", "/api/boundary/imports/" + batch + "/publish", "admin", null).statusCode())
        .isEqualTo(404);
    assertThat(current(code).equalsExact(before)).isTrue();

    // ---- the same division as it is, staged and published: accepted with nothing to change (a
    // changed geometry published from today would change the day-dependent expectations of the
    // other tests that share this database; publishing a change is DivisionImport's own path,
    // tested in ChangjiImportIT)
    long again = stage("admin", fileOf(code, name, before), today).path("batchId").asLong();
    JsonNode published =
        result(send("POST", "/api/boundary/imports/" + again + "/publish", "admin", null));
    assertThat(published.path("status").asString()).as(published.toString()).isEqualTo("ACCEPTED");
    assertThat(published.path("unchanged").toString()).contains(code);
    assertThat(published.path("divisionNames").path(code).asString()).isEqualTo(name);
    assertThat(current(code).equalsExact(before, 1e-9)).isTrue();
    HttpResponse<String> twice =
        send("POST", "/api/boundary/imports/" + again + "/publish", "admin", null);
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains("已发布");
    assertThat(send("DELETE", "/api/boundary/imports/" + again, "admin", null).statusCode())
        .isEqualTo(409);
  }

  @Test
  void aFileWithProblemsIsStagedWithThemAndCannotBePublished() throws Exception {
    String file =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"code\":\"652302999000\",\"name\":\"无此乡镇\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[88.1,44.1],[88.2,44.1],[88.2,44.2],[88.1,44.2],[88.1,44.1]]]}}]}";
    JsonNode staged = stage("fukang.officer", file, "2025-01-01");
    assertThat(staged.path("status").asString()).as(staged.toString()).isEqualTo("REJECTED");
    long batch = staged.path("batchId").asLong();
    assertThat(batch).isPositive();
    assertThat(staged.path("problems").get(0).path("field").asString()).isEqualTo("code");
    assertThat(staged.path("problems").get(0).path("reason").asString()).contains("652302999000");
    // the feature is there to be seen; publishing is refused, naming why
    HttpResponse<String> preview =
        send("GET", "/api/boundary/imports/" + batch + "/features", "fukang.officer", null);
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(
            JSON.readTree(preview.body())
                .path("features")
                .get(0)
                .path("properties")
                .path("name")
                .asString())
        .isEqualTo("无此乡镇");
    HttpResponse<String> refused =
        send("POST", "/api/boundary/imports/" + batch + "/publish", "fukang.officer", null);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("存在问题");
    // the administrator reaches any batch
    assertThat(send("GET", "/api/boundary/imports/" + batch, "admin", null).statusCode())
        .isEqualTo(200);
    assertThat(
            send("DELETE", "/api/boundary/imports/" + batch, "fukang.officer", null).statusCode())
        .isEqualTo(204);
  }
}

package org.civgis.web.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.web.WebIntegrationTest;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.tiles.TileCoordinate;
import org.civgis.web.tiles.TileTesting;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The division record keeps its history (issue 13): an edit of 阜康市's outline is a correction of the
 * current version or a legal change from its effective day, checked before it is saved, and
 * undoable by the officer who made it; as-of reads (items, tiles, checks) return the right shape.
 */
class DivisionHistoryIT extends WebIntegrationTest {
  private static final String PREFECTURE = "652300000000";
  private static final String FUKANG = "652302000000";
  private static final String JIMSAR = "652327000000";
  private static final String ITEMS = "/ogc/collections/divisions/items/";
  private static final String LINE = "652302652327";

  @Autowired JdbcClient jdbc;
  @Autowired FeatureChangePublisher changes;
  @Autowired TopologyCheckRun checks;
  @Autowired java.time.Clock clock;

  private record Read(JsonNode feature, String etag, Geometry geometry) {}

  private Read read(String code) {
    HttpResponse<String> response = send("GET", ITEMS + code, "admin", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode feature = JSON.readTree(response.body());
    return new Read(
        feature,
        response.headers().firstValue("ETag").orElseThrow(),
        DivisionTesting.geometry(feature));
  }

  private Geometry asOf(String code, LocalDate day) {
    return DivisionTesting.geometry(getJson(ITEMS + code + "?datetime=" + day, 200));
  }

  /** The PUT of {@code read}'s feature with {@code geometry} and the edit properties given. */
  private HttpResponse<String> put(
      String user, Read read, Geometry geometry, String... editProperties) {
    ObjectNode body = (ObjectNode) read.feature().deepCopy();
    body.remove("links");
    body.set("geometry", JSON.readTree(org.civgis.geo.geom.GeoJsonGeometry.write(geometry, 7)));
    ObjectNode properties = (ObjectNode) body.path("properties");
    for (int i = 0; i < editProperties.length; i += 2) {
      String value = editProperties[i + 1];
      if (value.equals("true") || value.equals("false")) {
        properties.put(editProperties[i], Boolean.parseBoolean(value));
      } else {
        properties.put(editProperties[i], value);
      }
    }
    return send(
        "PUT",
        ITEMS + read.feature().path("id").asString(),
        user,
        body.toString(),
        "If-Match",
        read.etag());
  }

  private MultiPolygonEdit inward(Read fukang, Read jimsar) {
    JsonNode label = fukang.feature().path("properties").path("labelPoint");
    List<Coordinate> moved = new ArrayList<>();
    Geometry edited =
        DivisionTesting.inwardEdit(
            fukang.geometry(),
            jimsar.geometry(),
            new Coordinate(label.get(0).asDouble(), label.get(1).asDouble()),
            moved);
    return new MultiPolygonEdit(edited, moved);
  }

  private record MultiPolygonEdit(Geometry geometry, List<Coordinate> moved) {}

  private static boolean same(Geometry a, Geometry b) {
    Geometry x = a.copy();
    Geometry y = b.copy();
    x.normalize();
    y.normalize();
    return x.equalsExact(y, 1e-9);
  }

  private static double km2(Geometry g) {
    return MetricMeasure.of(g).areaSquareKilometers();
  }

  private JsonNode lastAudit(String code) {
    return JSON.readTree(
            send("GET", "/api/audit?collection=divisions&featureId=" + code, "admin", null).body())
        .get(0);
  }

  private void forgetTiles(Geometry... geometries) {
    for (Geometry g : geometries) {
      changes.publishChange("divisions", g, g);
      changes.publishChange("boundary-lines", g, g);
    }
  }

  // ---- 1. jurisdiction, checks on save, restore

  @Test
  void anOfficerSavesAnInwardEditOnlyWithTheGapAcknowledgedAndRestoresIt() {
    String items = "/ogc/collections/divisions/items/";
    assertThat(
            send("OPTIONS", items + JIMSAR, "fukang.officer", null).headers().firstValue("Allow"))
        .hasValueSatisfying(
            allow -> assertThat(allow).contains("GET").doesNotContain("PUT", "PATCH", "DELETE"));
    assertThat(
            send("OPTIONS", items + FUKANG, "fukang.officer", null).headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("PUT", "PATCH", "DELETE"));

    Read fukang = read(FUKANG);
    Read jimsar = read(JIMSAR);
    MultiPolygonEdit edit = inward(fukang, jimsar);
    double gapKm2 = km2(fukang.geometry()) - km2(edit.geometry());
    assertThat(gapKm2).isGreaterThan(1);

    // the shared edge would move 吉木萨尔县 too, which is not hers
    HttpResponse<String> together =
        put("fukang.officer", fukang, edit.geometry(), "reason", "北界复核");
    assertThat(together.statusCode()).as(together.body()).isEqualTo(403);
    assertThat(JSON.readTree(together.body()).path("detail").asString())
        .contains("吉木萨尔县", "detachSharedEdges");

    // detached: the gap it opens is a warning that must be acknowledged
    long started = System.nanoTime();
    HttpResponse<String> warned =
        put(
            "fukang.officer",
            fukang,
            edit.geometry(),
            "reason",
            "北界复核",
            "detachSharedEdges",
            "true");
    long warnedMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(warned.statusCode()).as(warned.body()).isEqualTo(422);
    JsonNode problem = JSON.readTree(warned.body());
    assertThat(problem.path("acknowledgeable").asBoolean()).isTrue();
    JsonNode gap = null;
    for (JsonNode f : problem.path("findings")) {
      if (f.path("type").asString().equals("GAP")) {
        gap = f;
      }
    }
    assertThat(gap).as(warned.body()).isNotNull();
    assertThat(gap.path("severity").asString()).isEqualTo("WARNING");
    assertThat(gap.path("measure").asDouble() / 1e6).isCloseTo(gapKm2, within(gapKm2 * 0.02));
    assertThat(gap.path("measureText").asString()).endsWith("平方千米");
    assertThat(gap.path("geometry").path("type").asString()).contains("Polygon");
    assertThat(read(FUKANG).etag()).isEqualTo(fukang.etag()); // nothing written

    started = System.nanoTime();
    HttpResponse<String> saved =
        put(
            "fukang.officer",
            fukang,
            edit.geometry(),
            "reason",
            "北界复核",
            "detachSharedEdges",
            "true",
            "acknowledgeWarnings",
            "true");
    long savedMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    System.out.printf(
        "county edit with checks on save: refused %d ms, saved %d ms%n", warnedMs, savedMs);
    Read edited = read(FUKANG);
    assertThat(same(edited.geometry(), edit.geometry())).isTrue();
    assertThat(same(read(JIMSAR).geometry(), jimsar.geometry())).isTrue();
    JsonNode audit = lastAudit(FUKANG);
    long auditId = audit.path("id").asLong();
    JsonNode summary = audit.path("after").path("edit");
    assertThat(summary.path("kind").asString()).isEqualTo("CORRECTION");
    assertThat(summary.path("reason").asString()).isEqualTo("北界复核");
    assertThat(summary.path("acknowledgedFindings").get(0).path("type").asString())
        .isEqualTo("GAP");
    assertThat(summary.path("areaBeforeKm2").asDouble() - summary.path("areaAfterKm2").asDouble())
        .isCloseTo(gapKm2, within(0.05));
    assertThat(summary.path("changedExtent")).hasSize(4);

    // restore: the old outline lies outside her shrunken polygon, but the division is hers
    HttpResponse<String> restored =
        send(
            "POST",
            "/api/divisions/" + FUKANG + "/restore",
            "fukang.officer",
            "{\"auditId\":" + auditId + "}",
            "If-Match",
            edited.etag(),
            "Content-Type",
            "application/json");
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(same(read(FUKANG).geometry(), fukang.geometry())).isTrue();
    JsonNode restoreAudit = lastAudit(FUKANG).path("after").path("edit");
    assertThat(restoreAudit.path("restoredFrom").asLong()).isEqualTo(auditId);
    assertThat(restoreAudit.path("areaAfterKm2").asDouble())
        .isGreaterThan(restoreAudit.path("areaBeforeKm2").asDouble());

    // 吉木萨尔县 is not hers: a restore there is refused
    Read jimsarNow = read(JIMSAR);
    ObjectNode remarks = (ObjectNode) jimsarNow.feature().deepCopy();
    remarks.remove("links");
    ((ObjectNode) remarks.path("properties")).put("remarks", "界线复核记录");
    HttpResponse<String> adminEdit =
        send("PUT", ITEMS + JIMSAR, "admin", remarks.toString(), "If-Match", jimsarNow.etag());
    assertThat(adminEdit.statusCode()).as(adminEdit.body()).isEqualTo(200);
    long jimsarAudit = lastAudit(JIMSAR).path("id").asLong();
    HttpResponse<String> refused =
        send(
            "POST",
            "/api/divisions/" + JIMSAR + "/restore",
            "fukang.officer",
            "{\"auditId\":" + jimsarAudit + "}",
            "If-Match",
            adminEdit.headers().firstValue("ETag").orElseThrow(),
            "Content-Type",
            "application/json");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    HttpResponse<String> undo =
        send(
            "POST",
            "/api/divisions/" + JIMSAR + "/restore",
            "admin",
            "{\"auditId\":" + jimsarAudit + "}",
            "If-Match",
            adminEdit.headers().firstValue("ETag").orElseThrow(),
            "Content-Type",
            "application/json");
    assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
    forgetTiles(fukang.geometry());
  }

  // ---- 2. a correction moves the shared edge and the line; every day of the version shows it

  @Test
  void aCorrectionMovesTheSharedEdgeAndTheLineAndRewritesTheCurrentVersionOnly() {
    Read fukang = read(FUKANG);
    Read jimsar = read(JIMSAR);
    LocalDate validFrom =
        fukang.feature().path("properties").path("validFrom").isNull()
            ? null
            : LocalDate.parse(fukang.feature().path("properties").path("validFrom").asString());
    MultiPolygonEdit edit = inward(fukang, jimsar);
    double movedKm2 = km2(fukang.geometry()) - km2(edit.geometry());

    HttpResponse<String> bare = put("admin", fukang, edit.geometry());
    assertThat(bare.statusCode()).as(bare.body()).isEqualTo(400);
    assertThat(bare.body()).contains("properties.reason");

    long started = System.nanoTime();
    HttpResponse<String> saved = put("admin", fukang, edit.geometry(), "reason", "界线测绘成果更正");
    System.out.printf(
        "county edit with checks on save and the shared edge moved: %d ms%n",
        (System.nanoTime() - started) / 1_000_000);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    try {
      Read after = read(FUKANG);
      assertThat(after.feature().path("properties").path("validFrom").isNull())
          .isEqualTo(validFrom == null);
      assertThat(same(after.geometry(), edit.geometry())).isTrue();
      // 吉木萨尔县 took the area: no gap
      Geometry jimsarAfter = read(JIMSAR).geometry();
      assertThat(km2(jimsarAfter) - km2(jimsar.geometry())).isCloseTo(movedKm2, within(0.05));
      // the correction holds for every day of the current version
      LocalDate past = validFrom == null ? LocalDate.of(2021, 6, 1) : validFrom;
      assertThat(same(asOf(FUKANG, past), edit.geometry())).isTrue();
      // the boundary line follows the moved edge
      JsonNode line = getLine();
      java.util.Set<Coordinate> lineVertices =
          new java.util.HashSet<>(List.of(DivisionTesting.geometry(line).getCoordinates()));
      java.util.Set<Coordinate> oldVertices =
          new java.util.HashSet<>(List.of(fukang.geometry().getCoordinates()));
      List<Coordinate> newVertices =
          java.util.Arrays.stream(edit.geometry().getCoordinates())
              .filter(c -> !oldVertices.contains(c))
              .toList();
      assertThat(newVertices).isNotEmpty();
      assertThat(lineVertices).containsAll(newVertices);
      assertThat(lineVertices).doesNotContainAnyElementsOf(edit.moved());
      assertThat(lastAudit(JIMSAR).path("after").path("edit").path("movedWith").asString())
          .isEqualTo(FUKANG);
    } finally {
      // put it back the way an officer would: restore the entry (the shared edge moves back too)
      long auditId = lastAudit(FUKANG).path("id").asLong();
      String etag = read(FUKANG).etag();
      long restoreStarted = System.nanoTime();
      HttpResponse<String> restored =
          send(
              "POST",
              "/api/divisions/" + FUKANG + "/restore",
              "admin",
              "{\"auditId\":" + auditId + "}",
              "If-Match",
              etag,
              "Content-Type",
              "application/json");
      System.out.printf(
          "restore of a county with checks on save and the shared edge moved back: %d ms%n",
          (System.nanoTime() - restoreStarted) / 1_000_000);
      assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
      forgetTiles(fukang.geometry());
    }
    assertThat(same(read(FUKANG).geometry(), fukang.geometry())).isTrue();
    assertThat(same(read(JIMSAR).geometry(), jimsar.geometry())).isTrue();
  }

  private JsonNode getLine() {
    HttpResponse<String> line = send("GET", "/api/boundary/lines/" + LINE, "admin", null);
    assertThat(line.statusCode()).as(line.body()).isEqualTo(200);
    return JSON.readTree(line.body());
  }

  // ---- 3. a legal change starts a new version on its day; the past keeps the old one

  @Test
  void aLegalChangeIsDatedAndItemsTilesAndChecksAsOfEarlierDaysKeepTheOldShape() {
    Read fukang = read(FUKANG);
    Read jimsar = read(JIMSAR);
    MultiPolygonEdit edit = inward(fukang, jimsar);
    LocalDate effective = LocalDate.now(clock).minusDays(20);
    LocalDate before = effective.minusDays(1);
    DivisionTesting.Snapshot snapshot = DivisionTesting.Snapshot.take(jdbc, FUKANG, JIMSAR);
    try {
      HttpResponse<String> undocumented =
          put(
              "admin",
              fukang,
              edit.geometry(),
              "changeKind",
              "LEGAL_CHANGE",
              "effectiveFrom",
              effective.toString());
      assertThat(undocumented.statusCode()).as(undocumented.body()).isEqualTo(400);
      assertThat(undocumented.body()).contains("properties.approvalDocument");

      HttpResponse<String> saved =
          put(
              "admin",
              fukang,
              edit.geometry(),
              "changeKind",
              "LEGAL_CHANGE",
              "effectiveFrom",
              effective.toString(),
              "approvalDocument",
              "新政函〔2026〕99号",
              "detachSharedEdges",
              "true",
              "acknowledgeWarnings",
              "true");
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
      JsonNode now = JSON.readTree(saved.body()).path("properties");
      assertThat(now.path("validFrom").asString()).isEqualTo(effective.toString());

      // items
      assertThat(same(asOf(FUKANG, before), fukang.geometry())).isTrue();
      assertThat(same(asOf(FUKANG, effective), edit.geometry())).isTrue();
      assertThat(same(read(FUKANG).geometry(), edit.geometry())).isTrue();
      assertThat(
              getJson(ITEMS + FUKANG + "?datetime=" + before, 200)
                  .path("properties")
                  .path("validTo")
                  .asString())
          .isEqualTo(effective.toString());

      // tiles: the tile as of the day before holds the old outline, today's the new one
      JsonNode label = fukang.feature().path("properties").path("labelPoint");
      TileCoordinate tile =
          TileCoordinate.containing(label.get(0).asDouble(), label.get(1).asDouble(), 7);
      double oldArea = tileArea(tile, before);
      double newArea = tileArea(tile, null);
      double movedArea = tileArea(tile, effective);
      assertThat(newArea).isLessThan(oldArea);
      assertThat(movedArea).isEqualTo(newArea);

      // a check as of the day before finds no gap by 阜康市; as of today it does
      int gapsBefore = gaps(before);
      int gapsToday = gaps(LocalDate.now(clock));
      assertThat(gapsToday).isGreaterThan(gapsBefore);

      JsonNode summary = lastAudit(FUKANG).path("after").path("edit");
      assertThat(summary.path("kind").asString()).isEqualTo("LEGAL_CHANGE");
      assertThat(summary.path("approvalDocument").asString()).isEqualTo("新政函〔2026〕99号");
    } finally {
      snapshot.restore();
      forgetTiles(fukang.geometry());
    }
    assertThat(same(read(FUKANG).geometry(), fukang.geometry())).isTrue();
  }

  private double tileArea(TileCoordinate tile, LocalDate day) {
    HttpResponse<byte[]> response =
        TileTesting.get(
            baseUrl()
                + "/tiles/divisions/"
                + tile
                + ".mvt"
                + (day == null ? "" : "?datetime=" + day));
    assertThat(response.statusCode()).isEqualTo(200);
    return TileTesting.decode(response.body()).features().stream()
        .filter(f -> FUKANG.equals(f.code()))
        .mapToDouble(f -> f.geometry().getArea())
        .sum();
  }

  private int gaps(LocalDate day) {
    TopologyCheckRun.Outcome outcome =
        checks.run(PREFECTURE, day, CheckTolerances.DEFAULT, "test", CheckProgress.NONE);
    return outcome.counts().getOrDefault("GAP", 0);
  }
}

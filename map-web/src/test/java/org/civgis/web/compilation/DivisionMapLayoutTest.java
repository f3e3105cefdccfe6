package org.civgis.web.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.GaussKrugerZone;
import org.civgis.geo.geom.GeoJsonGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layout of a division map from the demo's county polygons: the page scale is the numeric
 * scale, the labels do not overlap, and the sheet is drawn in good time.
 */
class DivisionMapLayoutTest {
  static final GaussKrugerProjection ZONE_87 = GaussKrugerProjection.of(new GaussKrugerZone(87));

  // ---- the scale

  @Test
  void aPageDistanceTimesTheDenominatorIsTheZoneDistance() throws Exception {
    DivisionMapLayout layout = fukang(DivisionMapLayout.Sheet.A3);
    DivisionMap.Seat a = layout.map.seats().get(0);
    DivisionMap.Seat b = layout.map.seats().get(layout.map.seats().size() - 1);
    double[] pa = layout.toPage(a.x(), a.y());
    double[] pb = layout.toPage(b.x(), b.y());
    double pageMetres = Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) * 0.0254 / 72;
    double zone = Math.hypot(a.x() - b.x(), a.y() - b.y());
    assertThat(pageMetres * layout.scaleDenominator).isCloseTo(zone, within(zone * 1e-9));
    double bar = layout.scaleBar.metres() / layout.scaleBar.length();
    assertThat(bar * 72 / 0.0254).isCloseTo(layout.scaleDenominator, within(1e-6));
  }

  // ---- labels

  @Test
  void theLabelsDoNotOverlapAndStayInsideTheFrame() throws Exception {
    for (DivisionMapLayout.Sheet sheet : DivisionMapLayout.Sheet.values()) {
      DivisionMapLayout layout = fukang(sheet);
      List<LabelPlacer.Placed> labels = layout.labels;
      assertThat(labels).hasSizeGreaterThan(5);
      for (int i = 0; i < labels.size(); i++) {
        assertThat(labels.get(i).box().within(layout.frame)).isTrue();
        for (int j = i + 1; j < labels.size(); j++) {
          assertThat(labels.get(i).box().intersects(labels.get(j).box()))
              .as(labels.get(i).text() + " / " + labels.get(j).text())
              .isFalse();
        }
      }
    }
  }

  @Test
  void theSheetIsDrawnInGoodTime() throws Exception {
    DivisionMapFiles.pdf(fukang(DivisionMapLayout.Sheet.A4)); // fonts and classes loaded
    long start = System.nanoTime();
    DivisionMapLayout layout = fukang(DivisionMapLayout.Sheet.A3);
    long laidOut = System.nanoTime();
    byte[] pdf = DivisionMapFiles.pdf(layout);
    long pdfDone = System.nanoTime();
    byte[] png = DivisionMapFiles.png(layout);
    long pngDone = System.nanoTime();
    System.out.printf(
        "layout %d ms, PDF %d ms (%d bytes), PNG %d ms (%d bytes)%n",
        (laidOut - start) / 1_000_000,
        (pdfDone - laidOut) / 1_000_000,
        pdf.length,
        (pngDone - pdfDone) / 1_000_000,
        png.length);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "division-map-test.png"), png);
    assertThat(pdf).isNotEmpty();
    assertThat((pngDone - start) / 1_000_000).as("layout, PDF and PNG").isLessThan(10_000);
  }

  // ---- the map from the demo's county polygons, with seats spread over 阜康市

  private static DivisionMapLayout fukang(DivisionMapLayout.Sheet sheet) throws Exception {
    return DivisionMapLayout.of(
        fukangMap(),
        sheet,
        DivisionMapLayout.Orientation.AUTO,
        DivisionMapLayout.Margins.SHEET,
        MapFonts.get());
  }

  private static DivisionMap fukangMap() throws Exception {
    JsonNode counties =
        JsonMapper.builder()
            .build()
            .readTree(Path.of("..", "data", "changji", "counties_wgs84.geojson").toFile());
    List<DivisionMap.Area> areas = new ArrayList<>();
    Geometry fukang = null;
    for (JsonNode f : counties.path("features")) {
      Geometry g = GeoJsonGeometry.read(f.path("geometry").toString(), 4490);
      String code = f.path("properties").path("code").asString() + "000000";
      boolean own = code.startsWith("652302");
      if (own) {
        fukang = g;
      }
      areas.add(
          new DivisionMap.Area(
              code,
              f.path("properties").path("name").asString(),
              3,
              own ? DivisionMap.Role.SUBJECT : DivisionMap.Role.NEIGHBOUR,
              ZONE_87.toZone(g),
              false));
    }
    List<DivisionMap.Seat> seats = new ArrayList<>();
    Envelope e = fukang.getEnvelopeInternal();
    GeometryFactory factory = new GeometryFactory();
    String[] names = {"博峰街道", "阜新街道", "准东街道", "甘河子镇", "城关镇", "九运街镇", "滋泥泉子镇", "上户沟哈萨克族乡", "水磨沟乡"};
    int n = 0;
    for (int i = 0; i < 40 && n < names.length; i++) {
      double lon = e.getMinX() + e.getWidth() * ((i * 0.37) % 1);
      double lat = e.getMinY() + e.getHeight() * ((i * 0.61) % 1);
      Point p = factory.createPoint(new Coordinate(lon, lat));
      if (fukang.contains(p)) {
        Point z = (Point) ZONE_87.toZone(p);
        seats.add(
            new DivisionMap.Seat(
                "652302" + n + "00000", names[n], lon, lat, z.getX(), z.getY(), true));
        n++;
      }
    }
    return new DivisionMap(
        "652302000000",
        "阜康市",
        LocalDate.of(2024, 1, 1),
        ZONE_87,
        areas,
        seats,
        List.of("demo"),
        "阜康市民政局",
        null);
  }
}

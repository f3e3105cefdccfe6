package org.civgis.web.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 区划图 over HTTP: the division maps of 阜康市 and of the prefecture compiled from the demo record as of
 * a day, read back with PDFBox and checked against distances PostGIS measures in the Gauss-Krüger
 * zone, against the layout the job reports, and for overprints.
 */
class DivisionMapIT extends WebIntegrationTest {
  static final String FUKANG = "652302";
  static final String DAY = "2024-01-01";
  static final double POINT_MM = 25.4 / 72;

  @Autowired JdbcClient jdbc;

  // ---- the scale

  @Test
  void theFukangMapsScaleBarMeasuresTrueAgainstTheZoneDistanceBetweenTwoSeats() throws Exception {
    Compiled map = compile(FUKANG, "pdf", "A3", "auto", null);
    JsonNode layout = map.layout();
    // 阜康市 lies about 88°E: the 3-degree zone of 87°E, EPSG:4538
    assertThat(layout.path("zoneEpsg").asInt()).isEqualTo(4538);
    long denominator = layout.path("scaleDenominator").asLong();
    JsonNode bar = layout.path("scaleBar");
    double metresPerBarPoint = bar.path("metres").asDouble() / bar.path("lengthPt").asDouble();
    // the bar says what the numeric scale says
    assertThat(metresPerBarPoint * 72 / 0.0254).isCloseTo(denominator, within(denominator * 0.01));

    // the two seats farthest apart on the page, measured with the scale bar
    JsonNode seats = layout.path("seats");
    assertThat(seats.size()).isGreaterThanOrEqualTo(5);
    JsonNode a = null;
    JsonNode b = null;
    double farthest = 0;
    for (JsonNode s : seats) {
      for (JsonNode t : seats) {
        double d = pageDistance(s, t);
        if (d > farthest) {
          farthest = d;
          a = s;
          b = t;
        }
      }
    }
    // the seats are where the library places the townships' names
    Map<String, double[]> library = townshipPositions();
    for (JsonNode s : List.of(a, b)) {
      double[] lonLat = library.get(s.path("name").asString());
      assertThat(lonLat).as(s.path("name").asString()).isNotNull();
      assertThat(s.path("lon").asDouble()).isCloseTo(lonLat[0], within(1e-9));
      assertThat(s.path("lat").asDouble()).isCloseTo(lonLat[1], within(1e-9));
    }
    double onMap = farthest * metresPerBarPoint;
    double inZone =
        jdbc.sql(
                """
                select ST_Distance(
                         ST_Transform(ST_SetSRID(ST_MakePoint(:lon1, :lat1), 4490), 4538),
                         ST_Transform(ST_SetSRID(ST_MakePoint(:lon2, :lat2), 4490), 4538))
                """)
            .param("lon1", a.path("lon").asDouble())
            .param("lat1", a.path("lat").asDouble())
            .param("lon2", b.path("lon").asDouble())
            .param("lat2", b.path("lat").asDouble())
            .query(Double.class)
            .single();
    System.out.printf(
        "阜康市区划图 1:%d: %s–%s on the page %.1f mm → %.0f m, in EPSG:4538 %.0f m%n",
        denominator,
        a.path("name").asString(),
        b.path("name").asString(),
        farthest * POINT_MM,
        onMap,
        inZone);
    assertThat(inZone).isGreaterThan(10_000);
    assertThat(onMap).isCloseTo(inZone, within(inZone * 0.01));

    // the PDF prints that scale and that bar
    try (PDDocument document = Loader.loadPDF(map.bytes())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("比例尺 " + DivisionMapDrawing.numericScale(denominator))
          .contains((long) (bar.path("metres").asDouble() / 1000) + " 千米");
    }
  }

  // ---- the labels

  @Test
  void theLabelsDoNotOverlapAndArePrintedWhereTheLayoutPutsThem() throws Exception {
    Compiled map = compile(FUKANG, "pdf", "A4", "auto", null);
    JsonNode layout = map.layout();
    JsonNode frame = layout.path("frame");
    List<JsonNode> labels = new ArrayList<>();
    layout.path("labels").forEach(labels::add);
    assertThat(labels).hasSizeGreaterThan(8);
    for (int i = 0; i < labels.size(); i++) {
      JsonNode l = labels.get(i);
      assertThat(inside(l, frame)).as(l.path("text").asString() + " inside the frame").isTrue();
      for (int j = i + 1; j < labels.size(); j++) {
        assertThat(overlap(l, labels.get(j)))
            .as(l.path("text").asString() + " / " + labels.get(j).path("text").asString())
            .isFalse();
      }
      for (JsonNode s : layout.path("seats")) {
        double r = 1.5;
        assertThat(
                l.path("x").asDouble() < s.path("x").asDouble() + r
                    && s.path("x").asDouble() - r
                        < l.path("x").asDouble() + l.path("width").asDouble()
                    && l.path("y").asDouble() < s.path("y").asDouble() + r
                    && s.path("y").asDouble() - r
                        < l.path("y").asDouble() + l.path("height").asDouble())
            .as(l.path("text").asString() + " over the seat of " + s.path("name").asString())
            .isFalse();
      }
    }
    // every township with a seat on the sheet is named, unless the layout says it dropped it
    int townships = 0;
    for (JsonNode l : labels) {
      townships += l.path("kind").asString().equals("township") ? 1 : 0;
    }
    assertThat(townships + layout.path("droppedLabels").size())
        .isGreaterThanOrEqualTo(layout.path("seats").size());
    assertThat(townships).isGreaterThanOrEqualTo(layout.path("seats").size() * 3 / 4);

    // the PDF writes each label at its box: the first glyph at the box's left, on its baseline
    List<TextPosition> glyphs = glyphs(map.bytes());
    for (JsonNode l : labels) {
      String text = l.path("text").asString();
      double baseline = l.path("y").asDouble() + 0.88 * l.path("fontSize").asDouble();
      TextPosition glyph = firstGlyph(glyphs, text, l.path("x").asDouble(), baseline);
      assertThat(glyph).as(text + " in the PDF").isNotNull();
      assertThat((double) glyph.getXDirAdj())
          .as(text)
          .isCloseTo(l.path("x").asDouble(), within(1.0));
      assertThat((double) glyph.getYDirAdj())
          .as(text)
          .isCloseTo(l.path("y").asDouble() + 0.88 * l.path("fontSize").asDouble(), within(1.0));
    }
  }

  // ---- vector, text and the sheet's furniture

  @Test
  void theMapPdfIsVectorWithExtractableTextAndTheSheetsFurniture() throws Exception {
    Compiled map = compile(FUKANG, "pdf", "A3", "auto", "新S(2024)017号");
    try (PDDocument document = Loader.loadPDF(map.bytes())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDPage page = document.getPage(0);
      JsonNode layout = map.layout();
      assertThat((double) page.getMediaBox().getWidth())
          .isCloseTo(layout.path("pageWidthPt").asDouble(), within(0.5));
      String text = new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
      assertThat(text)
          .contains(
              "阜康市行政区划图",
              "图　例",
              "县级界",
              "乡级驻地",
              "相邻地区",
              "截至 2024年01月01日",
              "数据来源：",
              "审图号：新S(2024)017号",
              "不作为实地划界的依据",
              "北",
              "88°");
      assertThat(text).as("the neighbours are named").containsAnyOf("米东区", "吉木萨尔县");
      Operators ops = new Operators(page);
      ops.processPage(page);
      System.out.printf(
          "阜康市区划图 PDF: %d bytes, %d path segments, %d strokes, %d fills, %d images%n",
          map.bytes().length, ops.segments, ops.strokes, ops.fills, ops.images);
      assertThat(ops.images).as("not a picture").isZero();
      assertThat(ops.segments).isGreaterThan(1_000);
      assertThat(ops.strokes).isGreaterThan(10);
      assertThat(ops.fills).isGreaterThan(5);
      for (COSName name : page.getResources().getXObjectNames()) {
        assertThat(page.getResources().isImageXObject(name)).isFalse();
      }
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
    }
  }

  @Test
  void thePrefectureMapAndThePngPreviewsAreDrawnInTheZoneOfTheirCentre() throws Exception {
    Compiled prefecture = compile("652300", "png", "A3", "auto", null);
    JsonNode layout = prefecture.layout();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(prefecture.bytes()));
    assertThat(image.getWidth())
        .isEqualTo((int) Math.ceil(layout.path("pageWidthPt").asDouble() * 120 / 72));
    assertThat(layout.path("orientation").asString())
        .as("the prefecture is wide")
        .isEqualTo("landscape");
    // the prefecture spans about 85.6°E to 91.6°E: its centre lies in the zone of 90°E
    assertThat(layout.path("centralMeridian").asInt()).isEqualTo(90);
    List<String> counties = new ArrayList<>();
    layout
        .path("labels")
        .forEach(
            l -> {
              if (l.path("kind").asString().equals("county")) {
                counties.add(l.path("text").asString());
              }
            });
    assertThat(counties)
        .containsExactlyInAnyOrder("昌吉市", "阜康市", "呼图壁县", "玛纳斯县", "奇台县", "吉木萨尔县", "木垒哈萨克自治县");
    Compiled fukang = compile(FUKANG, "png", "A3", "auto", null);
    Path dir = Path.of("..", "docs", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve("division-map-prefecture.png"), prefecture.bytes());
    Files.write(dir.resolve("division-map-fukang.png"), fukang.bytes());
  }

  // ---- plates in the dictionary, and the time it takes

  @Test
  void theFukangDictionaryCarriesItsMapAsAPlateAndIsCompiledWithItsMapsWithinThirtySeconds()
      throws Exception {
    long start = System.nanoTime();
    Compiled book = compileBook(FUKANG);
    long bookMillis = (System.nanoTime() - start) / 1_000_000;
    Compiled pdf = compile(FUKANG, "pdf", "A3", "auto", null);
    Compiled png = compile(FUKANG, "png", "A3", "auto", null);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "阜康市: 词典 PDF（含区划图图版）%d ms, 再加 A3 区划图 PDF 与 PNG 共 %d ms%n", bookMillis, millis);
    assertThat(millis).isLessThan(30_000);
    assertThat(pdf.bytes()).isNotEmpty();
    assertThat(png.bytes()).isNotEmpty();
    try (PDDocument document = Loader.loadPDF(book.bytes())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(3);
      stripper.setEndPage(3);
      String contents = stripper.getText(document);
      Matcher m = Pattern.compile("区划图 (\\d+)").matcher(contents);
      assertThat(m.find()).as(contents).isTrue();
      int plate = Integer.parseInt(m.group(1));
      stripper.setStartPage(plate);
      stripper.setEndPage(plate);
      String page = stripper.getText(document);
      assertThat(page).contains("阜康市行政区划图", "比例尺 1:", "截至 2024年01月01日");
      for (COSName name : document.getPage(plate - 1).getResources().getXObjectNames()) {
        assertThat(document.getPage(plate - 1).getResources().isImageXObject(name)).isFalse();
      }
    }
  }

  // ---- refusals

  @Test
  void badMapRequestsAreRefusedNamingTheParameter() {
    assertRefused("product=map&format=docx", "format");
    assertRefused("product=map&sheet=A5", "sheet");
    assertRefused("product=map&orientation=diagonal", "orientation");
    assertRefused(
        "product=map&reviewNumber=" + URLEncoder.encode("新".repeat(41), StandardCharsets.UTF_8),
        "reviewNumber");
    assertRefused("product=map&day=2024-02-30", "day");
  }

  private void assertRefused(String query, String parameter) {
    HttpResponse<String> r =
        send(
            "POST",
            "/api/compilations?division=" + FUKANG + "&" + query,
            "prefecture.officer",
            null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(r.body()).contains(parameter);
  }

  // ---- helpers

  record Compiled(byte[] bytes, JsonNode layout) {}

  private Compiled compile(
      String division, String format, String sheet, String orientation, String reviewNumber)
      throws Exception {
    String query =
        "division="
            + division
            + "&day="
            + DAY
            + "&product=map&format="
            + format
            + "&sheet="
            + sheet
            + "&orientation="
            + orientation
            + (reviewNumber == null
                ? ""
                : "&reviewNumber=" + URLEncoder.encode(reviewNumber, StandardCharsets.UTF_8));
    return run(query);
  }

  private Compiled compileBook(String division) throws Exception {
    return run("division=" + division + "&day=" + DAY + "&product=dictionary&format=pdf");
  }

  private Compiled run(String query) throws Exception {
    HttpResponse<String> accepted =
        send("POST", "/api/compilations?" + query, "prefecture.officer", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    JsonNode job;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    do {
      Thread.sleep(100);
      job = JSON.readTree(send("GET", location, "prefecture.officer", null).body());
    } while (!job.path("state").asString().matches("SUCCEEDED|FAILED")
        && Instant.now().isBefore(deadline));
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + location + "/result"))
                    .header("Authorization", "Bearer " + tokenOf("prefecture.officer"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    return new Compiled(file.body(), job.path("result").path("layout"));
  }

  /** The townships of 阜康市 on the day, by name: where the library places them. */
  private Map<String, double[]> townshipPositions() {
    JsonNode items =
        getJson(
            "/ogc/collections/place-names/items?f=json&limit=5000&division="
                + FUKANG
                + "&datetime="
                + DAY,
            200);
    Map<String, double[]> out = new HashMap<>();
    for (JsonNode f : items.path("features")) {
      JsonNode g = f.path("geometry");
      if (g.path("type").asString().equals("Point")
          && f.path("properties").path("categoryCode").asString().startsWith("04")) {
        out.put(
            f.path("properties").path("standardName").asString(),
            new double[] {
              g.path("coordinates").get(0).asDouble(), g.path("coordinates").get(1).asDouble()
            });
      }
    }
    return out;
  }

  private static double pageDistance(JsonNode a, JsonNode b) {
    return Math.hypot(
        a.path("x").asDouble() - b.path("x").asDouble(),
        a.path("y").asDouble() - b.path("y").asDouble());
  }

  private static boolean overlap(JsonNode a, JsonNode b) {
    return a.path("x").asDouble() < b.path("x").asDouble() + b.path("width").asDouble()
        && b.path("x").asDouble() < a.path("x").asDouble() + a.path("width").asDouble()
        && a.path("y").asDouble() < b.path("y").asDouble() + b.path("height").asDouble()
        && b.path("y").asDouble() < a.path("y").asDouble() + a.path("height").asDouble();
  }

  private static boolean inside(JsonNode box, JsonNode frame) {
    return box.path("x").asDouble() >= frame.path("x").asDouble()
        && box.path("y").asDouble() >= frame.path("y").asDouble()
        && box.path("x").asDouble() + box.path("width").asDouble()
            <= frame.path("x").asDouble() + frame.path("width").asDouble()
        && box.path("y").asDouble() + box.path("height").asDouble()
            <= frame.path("y").asDouble() + frame.path("height").asDouble();
  }

  /** The glyphs of the first page, in the order the content draws them. */
  private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              out.add(text);
            }
          };
      stripper.getText(document);
    }
    return out;
  }

  /** The first glyph of {@code text} drawn nearest to ({@code x}, {@code y}), or {@code null}. */
  private static TextPosition firstGlyph(
      List<TextPosition> glyphs, String text, double x, double y) {
    TextPosition best = null;
    for (int i = 0; i + text.length() <= glyphs.size(); i++) {
      StringBuilder s = new StringBuilder();
      for (int j = 0; j < text.length(); j++) {
        s.append(glyphs.get(i + j).getUnicode());
      }
      if (s.toString().equals(text)
          && (best == null
              || Math.hypot(glyphs.get(i).getXDirAdj() - x, glyphs.get(i).getYDirAdj() - y)
                  < Math.hypot(best.getXDirAdj() - x, best.getYDirAdj() - y))) {
        best = glyphs.get(i);
      }
    }
    return best;
  }

  /** Counts the painting operators of a page. */
  private static final class Operators extends PDFGraphicsStreamEngine {
    int segments;
    int strokes;
    int fills;
    int images;

    Operators(PDPage page) {
      super(page);
    }

    @Override
    public void appendRectangle(
        java.awt.geom.Point2D p0,
        java.awt.geom.Point2D p1,
        java.awt.geom.Point2D p2,
        java.awt.geom.Point2D p3) {
      segments += 4;
    }

    @Override
    public void drawImage(PDImage pdImage) {
      images++;
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
      segments++;
    }

    @Override
    public void lineTo(float x, float y) {
      segments++;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      segments++;
    }

    @Override
    public java.awt.geom.Point2D getCurrentPoint() {
      return new java.awt.geom.Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {
      strokes++;
    }

    @Override
    public void fillPath(int windingRule) {
      fills++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      fills++;
      strokes++;
    }

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}

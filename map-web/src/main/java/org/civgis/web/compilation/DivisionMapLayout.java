package org.civgis.web.compilation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civgis.geo.geom.LabelPoint;
import org.civgis.web.compilation.LabelPlacer.Box;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Where everything of a division map goes on its sheet, in page points (1/72 inch, y downwards):
 * the map frame and its scale, the graticule, the labels, the legend, the scale bar, the north
 * arrow and the notes.
 *
 * <ol>
 *   <li>The frame shows the division's extent (in its Gauss-Krüger zone) with a small margin at a
 *       round scale 1:N (N = 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ), the largest that fits.
 *       With {@link Orientation#AUTO} the sheet is turned the way that gives the larger scale.
 *   <li>A zone point (x, y) is at page ({@code frame centre} + (x − extent centre) / m, …) with m =
 *       N × 0.0254 / 72 metres per point: a page distance d points measures d·m metres on the
 *       ground, as the scale bar says.
 *   <li>The scale bar's length is a round number of kilometres (1, 2 or 5 × 10ⁿ) near a sixth of
 *       the frame's width, and is that many metres divided by m points long.
 *   <li>Labels are placed by {@link LabelPlacer}: the division's own name (or, on a prefecture's
 *       map, the counties' names), then the township seats, then the neighbours; none overlaps
 *       another or a seat symbol, and all lie inside the frame.
 *   <li>The north arrow points to true north at the frame's centre (grid north plus the meridian
 *       convergence).
 * </ol>
 */
final class DivisionMapLayout {
  static final double POINTS_PER_MM = 72 / 25.4;
  private static final double[] ROUND = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8};
  private static final double[] GRATICULE_STEPS = {1 / 12.0, 1 / 6.0, 0.25, 1 / 3.0, 0.5, 1, 2, 5};
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** The paper sizes, portrait, in points. */
  enum Sheet {
    A3(842, 1190),
    A4(595, 842);

    final double width;
    final double height;

    Sheet(double width, double height) {
      this.width = width;
      this.height = height;
    }

    static Sheet of(String name) {
      for (Sheet s : values()) {
        if (s.name().equalsIgnoreCase(name)) {
          return s;
        }
      }
      return null;
    }
  }

  enum Orientation {
    AUTO,
    PORTRAIT,
    LANDSCAPE;

    static Orientation of(String name) {
      for (Orientation o : values()) {
        if (o.name().equalsIgnoreCase(name)) {
          return o;
        }
      }
      return null;
    }
  }

  /** Widths of text in the map's fonts. */
  interface TextWidth {
    double of(String text, double size, boolean bold);
  }

  /** The page margins, in points. */
  record Margins(double top, double right, double bottom, double left) {
    static final Margins SHEET = new Margins(28, 28, 28, 28);
  }

  /** A graticule line: its label and its points on the page. */
  record GraticuleLine(String label, boolean meridian, List<double[]> points) {}

  /** A graticule label outside the frame. */
  record EdgeLabel(String text, double x, double baseline, String align) {}

  /** The scale bar: its left end at ({@code x}, {@code y}), {@code length} points for metres. */
  record ScaleBar(double x, double y, double length, double metres) {}

  /** A seat symbol on the page. */
  record PlacedSeat(DivisionMap.Seat seat, double x, double y) {}

  final DivisionMap map;
  final Sheet sheet;
  final Orientation orientation;
  final double pageWidth;
  final double pageHeight;
  final double k; // text scale: 1 on A3, about 0.7 on A4
  final Box title;
  final Box frame;
  final Box panel;
  private final Box content;
  final long scaleDenominator;
  final double metresPerPoint;
  final Envelope extent;
  final List<GraticuleLine> graticule = new ArrayList<>();
  final List<EdgeLabel> graticuleLabels = new ArrayList<>();
  final double graticuleStepDegrees;
  final List<PlacedSeat> seats = new ArrayList<>();
  final double seatRadius;
  final List<LabelPlacer.Placed> labels;
  final List<String> droppedLabels;
  final double northDegrees;
  final ScaleBar scaleBar;
  final double graticuleFont;

  /**
   * Each area simplified to a sixth of a point and cut to a little beyond the frame, zone metres.
   */
  final List<Geometry> visibleAreas = new ArrayList<>();

  /** The boundary lines of each level (2 to 4), merged and simplified, zone metres. */
  final Map<Integer, List<Geometry>> boundaryLines = new LinkedHashMap<>();

  private DivisionMapLayout(
      DivisionMap map,
      Sheet sheet,
      Orientation orientation,
      Margins margins,
      TextWidth width,
      boolean scaleOnly) {
    this.map = map;
    this.sheet = sheet;
    this.orientation = orientation;
    boolean landscape = orientation == Orientation.LANDSCAPE;
    pageWidth = landscape ? sheet.height : sheet.width;
    pageHeight = landscape ? sheet.width : sheet.height;
    k = Math.min(pageWidth, pageHeight) / Sheet.A3.width;
    extent = extentOf(map);

    double titleSize = titleSize();
    title =
        new Box(
            margins.left(),
            margins.top(),
            pageWidth - margins.left() - margins.right(),
            titleSize * 1.9);
    double top = title.bottom();
    double right = pageWidth - margins.right();
    double bottom = pageHeight - margins.bottom();
    Box content = new Box(margins.left(), top, right - margins.left(), bottom - top);
    if (landscape) {
      double panelWidth = Math.max(150, content.width() * 0.2);
      panel = new Box(right - panelWidth, top, panelWidth, content.height());
      content = new Box(content.x(), top, content.width() - panelWidth - 8 * k, content.height());
    } else {
      double panelHeight = Math.max(120, content.height() * 0.17);
      panel = new Box(content.x(), bottom - panelHeight, content.width(), panelHeight);
      content = new Box(content.x(), top, content.width(), content.height() - panelHeight - 8 * k);
    }
    this.content = content;
    graticuleFont = 8 * k + 1;
    double sideGap = width.of("88°30′E", graticuleFont, false) + 5;
    double topGap = graticuleFont + 5;
    frame =
        new Box(
            content.x() + sideGap,
            content.y() + topGap,
            content.width() - 2 * sideGap,
            content.height() - 2 * topGap);
    scaleDenominator = denominator(extent, frame);
    metresPerPoint = scaleDenominator * 0.0254 / 72;
    if (scaleOnly) {
      graticuleStepDegrees = 0;
      northDegrees = 0;
      scaleBar = null;
      seatRadius = 0;
      labels = List.of();
      droppedLabels = List.of();
      return;
    }
    cutToFrame();
    graticuleStepDegrees = graticule(width);
    northDegrees = convergenceDegrees();
    scaleBar = scaleBar();

    seatRadius = 2.4 * k + 0.6;
    LabelPlacer placer =
        new LabelPlacer(
            new Box(frame.x() + 2, frame.y() + 2, frame.width() - 4, frame.height() - 4));
    for (DivisionMap.Seat s : map.seats()) {
      double[] p = toPage(s.x(), s.y());
      if (inside(frame, p[0], p[1])) {
        seats.add(new PlacedSeat(s, p[0], p[1]));
        placer.obstacle(
            new Box(p[0] - seatRadius, p[1] - seatRadius, 2 * seatRadius, 2 * seatRadius));
      }
    }
    placeLabels(placer, width);
    labels = placer.placed();
    droppedLabels = placer.dropped();
  }

  /** The layout of {@code map} on {@code sheet}. */
  static DivisionMapLayout of(
      DivisionMap map, Sheet sheet, Orientation orientation, Margins margins, TextWidth width) {
    if (orientation == Orientation.AUTO) {
      Envelope e = extentOf(map);
      // the sheet turned the way the extent is shaped gives the larger scale
      orientation =
          e.getWidth() > e.getHeight() * 1.1 ? Orientation.LANDSCAPE : Orientation.PORTRAIT;
      Orientation other =
          orientation == Orientation.LANDSCAPE ? Orientation.PORTRAIT : Orientation.LANDSCAPE;
      long first =
          new DivisionMapLayout(map, sheet, orientation, margins, width, true).scaleDenominator;
      long second = new DivisionMapLayout(map, sheet, other, margins, width, true).scaleDenominator;
      orientation = second < first ? other : orientation;
    }
    return new DivisionMapLayout(map, sheet, orientation, margins, width, false);
  }

  /** The neat line around the frame and its graticule labels. */
  Box outerFrame() {
    return content;
  }

  double titleSize() {
    return 26 * k;
  }

  /** The page point of zone point ({@code x}, {@code y}). */
  double[] toPage(double x, double y) {
    double cx = frame.x() + frame.width() / 2;
    double cy = frame.y() + frame.height() / 2;
    return new double[] {
      cx + (x - extent.centre().x) / metresPerPoint, cy - (y - extent.centre().y) / metresPerPoint
    };
  }

  /** The zone point of page point ({@code px}, {@code py}). */
  double[] toZone(double px, double py) {
    double cx = frame.x() + frame.width() / 2;
    double cy = frame.y() + frame.height() / 2;
    return new double[] {
      extent.centre().x + (px - cx) * metresPerPoint, extent.centre().y - (py - cy) * metresPerPoint
    };
  }

  /** The frame as a zone rectangle. */
  Geometry frameInZone() {
    double[] a = toZone(frame.x(), frame.bottom());
    double[] b = toZone(frame.right(), frame.y());
    return FACTORY.toGeometry(new Envelope(a[0], b[0], a[1], b[1]));
  }

  /**
   * Simplifies the areas to what the sheet can show and cuts them to the frame, and draws each
   * level's boundary lines once from the union of its outlines.
   */
  private void cutToFrame() {
    double tolerance = metresPerPoint / 6;
    Envelope window = frameInZone().getEnvelopeInternal();
    window.expandBy(window.getWidth() * 0.03);
    Geometry rectangle = FACTORY.toGeometry(window);
    Map<Integer, List<Geometry>> outlines = new LinkedHashMap<>();
    for (DivisionMap.Area a : map.areas()) {
      Geometry simple = DouglasPeuckerSimplifier.simplify(a.zoneGeometry(), tolerance);
      Geometry visible;
      if (!simple.getEnvelopeInternal().intersects(window)) {
        visible = FACTORY.createPolygon();
      } else if (window.contains(simple.getEnvelopeInternal())) {
        visible = simple;
      } else {
        try {
          visible = simple.intersection(rectangle);
        } catch (RuntimeException e) {
          visible = simple.buffer(0).intersection(rectangle);
        }
      }
      visibleAreas.add(visible);
      if (!visible.isEmpty()) {
        outlines.computeIfAbsent(a.level(), l -> new ArrayList<>()).add(visible.getBoundary());
      }
    }
    for (Map.Entry<Integer, List<Geometry>> level : outlines.entrySet()) {
      LineMerger merger = new LineMerger();
      merger.add(UnaryUnionOp.union(level.getValue()));
      List<Geometry> lines = new ArrayList<>();
      for (Object line : merger.getMergedLineStrings()) {
        lines.add((Geometry) line);
      }
      boundaryLines.put(level.getKey(), lines);
    }
  }

  private static Envelope extentOf(DivisionMap map) {
    for (DivisionMap.Area a : map.areas()) {
      if (a.code().equals(map.code())) {
        Envelope e = new Envelope(a.zoneGeometry().getEnvelopeInternal());
        e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.03);
        return e;
      }
    }
    throw new IllegalStateException("the map of " + map.code() + " lacks its own polygon");
  }

  private static long denominator(Envelope extent, Box frame) {
    double metresPerPoint =
        Math.max(extent.getWidth() / frame.width(), extent.getHeight() / frame.height());
    double raw = metresPerPoint * 72 / 0.0254;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double r : ROUND) {
      if (r * power >= raw) {
        return Math.round(r * power);
      }
    }
    return Math.round(10 * power);
  }

  private double graticule(TextWidth width) {
    // the longitudes and latitudes the frame spans, from its outline
    // one projection call per line: each call sets up its own transform
    List<Coordinate> outline = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      double t = i / 20.0;
      for (double[] p :
          List.of(
              new double[] {frame.x() + t * frame.width(), frame.y()},
              new double[] {frame.x() + t * frame.width(), frame.bottom()},
              new double[] {frame.x(), frame.y() + t * frame.height()},
              new double[] {frame.right(), frame.y() + t * frame.height()})) {
        double[] z = toZone(p[0], p[1]);
        outline.add(new Coordinate(z[0], z[1]));
      }
    }
    Envelope lonLat =
        map.projection()
            .fromZone(FACTORY.createMultiPointFromCoords(outline.toArray(Coordinate[]::new)))
            .getEnvelopeInternal();
    double step = GRATICULE_STEPS[GRATICULE_STEPS.length - 1];
    for (double s : GRATICULE_STEPS) {
      if (lonLat.getWidth() / s <= 6 && lonLat.getHeight() / s <= 6) {
        step = s;
        break;
      }
    }
    for (double lon = Math.ceil(lonLat.getMinX() / step) * step;
        lon <= lonLat.getMaxX();
        lon += step) {
      Coordinate[] line = new Coordinate[41];
      for (int i = 0; i <= 40; i++) {
        line[i] = new Coordinate(lon, lonLat.getMinY() + (lonLat.getHeight() * i) / 40);
      }
      List<double[]> points = pagePoints(line);
      String label = degrees(lon, "E");
      graticule.add(new GraticuleLine(label, true, points));
      Double x = crossing(points, true, frame.bottom());
      if (x != null) {
        graticuleLabels.add(new EdgeLabel(label, x, frame.bottom() + graticuleFont + 2, "center"));
      }
      x = crossing(points, true, frame.y());
      if (x != null) {
        graticuleLabels.add(new EdgeLabel(label, x, frame.y() - 3, "center"));
      }
    }
    for (double lat = Math.ceil(lonLat.getMinY() / step) * step;
        lat <= lonLat.getMaxY();
        lat += step) {
      Coordinate[] line = new Coordinate[41];
      for (int i = 0; i <= 40; i++) {
        line[i] = new Coordinate(lonLat.getMinX() + (lonLat.getWidth() * i) / 40, lat);
      }
      List<double[]> points = pagePoints(line);
      String label = degrees(lat, "N");
      graticule.add(new GraticuleLine(label, false, points));
      Double y = crossing(points, false, frame.x());
      if (y != null) {
        graticuleLabels.add(new EdgeLabel(label, frame.x() - 3, y + graticuleFont * 0.35, "right"));
      }
      y = crossing(points, false, frame.right());
      if (y != null) {
        graticuleLabels.add(
            new EdgeLabel(label, frame.right() + 3, y + graticuleFont * 0.35, "left"));
      }
    }
    return step;
  }

  private List<double[]> pagePoints(Coordinate[] lonLat) {
    List<double[]> out = new ArrayList<>();
    for (Coordinate c :
        map.projection().toZone(FACTORY.createLineString(lonLat)).getCoordinates()) {
      out.add(toPage(c.x, c.y));
    }
    return out;
  }

  /** The page point of CGCS2000 ({@code lon}, {@code lat}). */
  double[] pageOf(double lon, double lat) {
    Point z = (Point) map.projection().toZone(FACTORY.createPoint(new Coordinate(lon, lat)));
    return toPage(z.getX(), z.getY());
  }

  /**
   * Where the polyline crosses the horizontal line y = {@code at} (its x), or the vertical line x =
   * {@code at} (its y); {@code null} when it does not within the frame.
   */
  private Double crossing(List<double[]> points, boolean horizontal, double at) {
    int along = horizontal ? 1 : 0;
    for (int i = 1; i < points.size(); i++) {
      double[] a = points.get(i - 1);
      double[] b = points.get(i);
      if ((a[along] - at) * (b[along] - at) <= 0 && a[along] != b[along]) {
        double t = (at - a[along]) / (b[along] - a[along]);
        double v = a[1 - along] + t * (b[1 - along] - a[1 - along]);
        boolean within =
            horizontal
                ? v >= frame.x() + 10 && v <= frame.right() - 10
                : v >= frame.y() + 8 && v <= frame.bottom() - 8;
        return within ? v : null;
      }
    }
    return null;
  }

  static String degrees(double value, String hemisphere) {
    long minutes = Math.round(value * 60);
    long d = minutes / 60;
    long m = minutes % 60;
    return m == 0
        ? String.format(Locale.ROOT, "%d°%s", d, hemisphere)
        : String.format(Locale.ROOT, "%d°%02d′%s", d, m, hemisphere);
  }

  private double convergenceDegrees() {
    double[] c = toZone(frame.x() + frame.width() / 2, frame.y() + frame.height() / 2);
    Point ll = (Point) map.projection().fromZone(FACTORY.createPoint(new Coordinate(c[0], c[1])));
    double[] a = pageOf(ll.getX(), ll.getY());
    double[] b = pageOf(ll.getX(), ll.getY() + 0.05);
    return Math.toDegrees(Math.atan2(b[0] - a[0], a[1] - b[1]));
  }

  private ScaleBar scaleBar() {
    double target = frame.width() / 6 * metresPerPoint;
    double power = Math.pow(10, Math.floor(Math.log10(target)));
    double metres = power;
    for (double r : new double[] {1, 2, 5}) {
      if (r * power <= target) {
        metres = r * power;
      }
    }
    double length = metres / metresPerPoint;
    double x;
    double y;
    if (orientation == Orientation.LANDSCAPE) {
      x = panel.x() + 10 * k;
      y = panel.bottom() - panel.height() * 0.42;
    } else {
      double column = panel.width() / 3;
      x = panel.x() + column + 10 * k;
      y = panel.y() + panel.height() * 0.72;
    }
    return new ScaleBar(x, y, length, metres);
  }

  private void placeLabels(LabelPlacer placer, TextWidth width) {
    Geometry frameZone = frameInZone();
    boolean prefecture = map.code().endsWith("00000000");
    List<DivisionMap.Area> subjects = new ArrayList<>();
    List<DivisionMap.Area> neighbours = new ArrayList<>();
    for (DivisionMap.Area a : map.areas()) {
      if (a.role() == DivisionMap.Role.NEIGHBOUR && a.level() == 3) {
        neighbours.add(a);
      } else if (a.role() == DivisionMap.Role.SUBJECT
          && a.level() == 3
          && (prefecture || a.code().equals(map.code()))) {
        subjects.add(a);
      }
    }
    for (DivisionMap.Area a : subjects) {
      double size = (prefecture ? 15 : 20) * k;
      areaLabel(placer, width, a, visible(a), frameZone, size, true, "county");
    }
    double seatSize = 9 * k + 0.8;
    for (PlacedSeat s : seats) {
      double w = width.of(s.seat().name(), seatSize, false);
      placer.place(
          s.seat().name(),
          "township",
          seatSize,
          LabelPlacer.besidePoint(s.x(), s.y(), seatRadius, w, seatSize));
    }
    for (DivisionMap.Area a : neighbours) {
      areaLabel(placer, width, a, visible(a), frameZone, 11 * k + 0.5, false, "neighbour");
    }
  }

  private void areaLabel(
      LabelPlacer placer,
      TextWidth width,
      DivisionMap.Area area,
      Geometry cut,
      Geometry frameZone,
      double size,
      boolean bold,
      String kind) {
    Geometry visible;
    try {
      visible = cut.intersection(frameZone);
    } catch (RuntimeException e) {
      visible = cut.buffer(0).intersection(frameZone);
    }
    if (visible.isEmpty() || visible.getArea() < frameZone.getArea() * 0.004) {
      return; // too little of it shows to carry a name
    }
    Point at = LabelPoint.of(visible);
    double[] p = toPage(at.getX(), at.getY());
    double w = width.of(area.name(), size, bold);
    placer.place(area.name(), kind, size, LabelPlacer.aboutPoint(p[0], p[1], w, size));
  }

  private Geometry visible(DivisionMap.Area area) {
    return visibleAreas.get(map.areas().indexOf(area));
  }

  private static boolean inside(Box box, double x, double y) {
    return x >= box.x() && x <= box.right() && y >= box.y() && y <= box.bottom();
  }

  /** The layout as JSON: what a reader (or a test) needs to check the sheet. */
  Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sheet", sheet.name());
    out.put("orientation", orientation.name().toLowerCase(Locale.ROOT));
    out.put("pageWidthPt", pageWidth);
    out.put("pageHeightPt", pageHeight);
    out.put("scaleDenominator", scaleDenominator);
    out.put("zoneEpsg", map.projection().zone().epsg());
    out.put("centralMeridian", map.projection().zone().centralMeridianDegrees());
    out.put("frame", box(frame));
    Map<String, Object> bar = new LinkedHashMap<>();
    bar.put("x", scaleBar.x());
    bar.put("y", scaleBar.y());
    bar.put("lengthPt", scaleBar.length());
    bar.put("metres", scaleBar.metres());
    out.put("scaleBar", bar);
    out.put("graticuleStepDegrees", graticuleStepDegrees);
    out.put("northDegrees", northDegrees);
    List<Map<String, Object>> seatList = new ArrayList<>();
    for (PlacedSeat s : seats) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", s.seat().code());
      m.put("name", s.seat().name());
      m.put("lon", s.seat().lon());
      m.put("lat", s.seat().lat());
      m.put("x", s.x());
      m.put("y", s.y());
      m.put("schematic", s.seat().schematic());
      seatList.add(m);
    }
    out.put("seats", seatList);
    List<Map<String, Object>> labelList = new ArrayList<>();
    for (LabelPlacer.Placed p : labels) {
      Map<String, Object> m = box(p.box());
      m.put("text", p.text());
      m.put("kind", p.kind());
      m.put("fontSize", p.fontSize());
      labelList.add(m);
    }
    out.put("labels", labelList);
    out.put("droppedLabels", droppedLabels);
    return out;
  }

  private static Map<String, Object> box(Box b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("x", b.x());
    m.put("y", b.y());
    m.put("width", b.width());
    m.put("height", b.height());
    return m;
  }
}

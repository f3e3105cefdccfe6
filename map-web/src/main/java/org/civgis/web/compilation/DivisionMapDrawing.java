package org.civgis.web.compilation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civgis.web.compilation.DivisionMap.Area;
import org.civgis.web.compilation.DivisionMap.Role;
import org.civgis.web.compilation.DivisionMapLayout.Orientation;
import org.civgis.web.compilation.LabelPlacer.Box;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a laid-out division map with Java2D in page points (y downwards): onto OpenPDF's vector
 * graphics for the PDF and onto an image for the PNG, the same strokes and text for both.
 *
 * <p>Implementation note: the boundary lines of a level are drawn once, from the union of the
 * divisions' outlines merged into long lines, so a line two divisions share is not dashed twice out
 * of phase; a line of a higher level is drawn over a white underlay that hides the lower one.
 */
final class DivisionMapDrawing {
  static final Color NEIGHBOUR_FILL = new Color(0xE3E3E3);
  static final Color NEIGHBOUR_TEXT = new Color(0x6E6E6E);
  static final Color GRATICULE = new Color(0x7FA7D0);
  static final Color GRATICULE_TEXT = new Color(0x2F5F93);
  static final Color LINE = new Color(0x3C2E55);
  private static final Color[] FILLS = {
    new Color(0xFBEFC9),
    new Color(0xDDEFD3),
    new Color(0xF9DCD4),
    new Color(0xD8E7F5),
    new Color(0xEEE0F2),
    new Color(0xFCE4C2),
    new Color(0xDCF0EC),
    new Color(0xF1EFC4)
  };

  private final DivisionMapLayout layout;
  private final MapFonts fonts;
  private final double k;

  private DivisionMapDrawing(DivisionMapLayout layout, MapFonts fonts) {
    this.layout = layout;
    this.fonts = fonts;
    this.k = layout.k;
  }

  /** Draws {@code layout}; {@code background} paints the page white first (for images). */
  static void draw(Graphics2D g, DivisionMapLayout layout, MapFonts fonts, boolean background) {
    new DivisionMapDrawing(layout, fonts).draw(g, background);
  }

  private void draw(Graphics2D g, boolean background) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    if (background) {
      g.setColor(Color.WHITE);
      g.fill(new Rectangle2D.Double(0, 0, layout.pageWidth, layout.pageHeight));
    }
    DivisionMap map = layout.map;
    // title
    text(
        g,
        map.title(),
        layout.title.x() + layout.title.width() / 2,
        layout.title.y() + layout.titleSize() * 1.1,
        layout.titleSize(),
        true,
        Color.BLACK,
        "center");

    Box frame = layout.frame;
    Shape clip = g.getClip();
    g.clip(rect(frame));
    boolean prefecture = map.code().endsWith("00000000");
    boolean townshipAreas = map.areas().stream().anyMatch(a -> a.level() == 4);
    int colour = 0;
    for (int i = 0; i < map.areas().size(); i++) {
      Area a = map.areas().get(i);
      Geometry visible = layout.visibleAreas.get(i);
      if (a.level() == 2 || visible.isEmpty()) {
        continue;
      }
      Color fill;
      if (a.role() == Role.NEIGHBOUR) {
        fill = NEIGHBOUR_FILL;
      } else if (a.level() == 3 && !prefecture && townshipAreas) {
        fill = Color.WHITE;
      } else {
        fill = FILLS[colour++ % FILLS.length];
      }
      g.setColor(fill);
      g.fill(path(visible));
    }
    // graticule
    g.setColor(GRATICULE);
    g.setStroke(new BasicStroke((float) (0.4 * k + 0.1)));
    for (DivisionMapLayout.GraticuleLine line : layout.graticule) {
      Path2D p = new Path2D.Double();
      for (int i = 0; i < line.points().size(); i++) {
        double[] pt = line.points().get(i);
        if (i == 0) {
          p.moveTo(pt[0], pt[1]);
        } else {
          p.lineTo(pt[0], pt[1]);
        }
      }
      g.draw(p);
    }
    // boundary lines, lowest level first
    lines(g, layout.boundaryLines.get(4), townshipStroke(), null);
    lines(g, layout.boundaryLines.get(3), countyStroke(), null);
    lines(g, layout.boundaryLines.get(2), prefectureStroke(), prefectureUnderlay());
    g.setClip(clip);

    // frame
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke((float) (1.0 * k)));
    g.draw(rect(frame));
    g.setStroke(new BasicStroke((float) (1.8 * k)));
    Box outer = layout.outerFrame();
    g.draw(rect(outer));

    // seats and labels
    for (DivisionMapLayout.PlacedSeat s : layout.seats) {
      seatSymbol(g, s.x(), s.y());
    }
    for (LabelPlacer.Placed p : layout.labels) {
      Color c =
          switch (p.kind()) {
            case "neighbour" -> NEIGHBOUR_TEXT;
            case "county" -> Color.BLACK;
            default -> new Color(0x1A1A1A);
          };
      text(
          g,
          p.text(),
          p.box().x(),
          p.box().y() + p.fontSize() * 0.88,
          p.fontSize(),
          p.kind().equals("county"),
          c,
          "left");
    }
    for (DivisionMapLayout.EdgeLabel e : layout.graticuleLabels) {
      text(
          g, e.text(), e.x(), e.baseline(), layout.graticuleFont, false, GRATICULE_TEXT, e.align());
    }
    panel(g);
  }

  private Stroke townshipStroke() {
    return new BasicStroke(
        (float) (0.5 * k + 0.1),
        BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND,
        10,
        new float[] {(float) (1.6 * k), (float) (1.4 * k)},
        0);
  }

  private Stroke countyStroke() {
    return new BasicStroke(
        (float) (1.0 * k + 0.2),
        BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND,
        10,
        new float[] {(float) (6 * k), (float) (1.8 * k), (float) (1.2 * k), (float) (1.8 * k)},
        0);
  }

  private Stroke prefectureStroke() {
    return new BasicStroke(
        (float) (1.8 * k + 0.2),
        BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND,
        10,
        new float[] {
          (float) (8 * k),
          (float) (2 * k),
          (float) (1.4 * k),
          (float) (2 * k),
          (float) (1.4 * k),
          (float) (2 * k)
        },
        0);
  }

  private Stroke prefectureUnderlay() {
    return new BasicStroke((float) (2.6 * k + 0.4), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
  }

  /** The merged boundary {@code lines} of a level, drawn with {@code stroke}. */
  private void lines(Graphics2D g, List<Geometry> lines, Stroke stroke, Stroke underlay) {
    if (lines == null || lines.isEmpty()) {
      return;
    }
    Path2D path = new Path2D.Double();
    for (Geometry line : lines) {
      append(path, line.getCoordinates(), false);
    }
    if (underlay != null) {
      g.setColor(Color.WHITE);
      g.setStroke(underlay);
      g.draw(path);
    }
    g.setColor(LINE);
    g.setStroke(stroke);
    g.draw(path);
  }

  private void seatSymbol(Graphics2D g, double x, double y) {
    double r = layout.seatRadius;
    Ellipse2D outer = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    g.setColor(Color.WHITE);
    g.fill(outer);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke((float) (0.6 * k + 0.1)));
    g.draw(outer);
    double inner = r * 0.42;
    g.fill(new Ellipse2D.Double(x - inner, y - inner, 2 * inner, 2 * inner));
  }

  private Path2D path(Geometry zoneGeometry) {
    Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    Geometry simple = zoneGeometry;
    for (int i = 0; i < simple.getNumGeometries(); i++) {
      if (simple.getGeometryN(i) instanceof Polygon p) {
        append(path, p.getExteriorRing().getCoordinates(), true);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          append(path, p.getInteriorRingN(h).getCoordinates(), true);
        }
      }
    }
    return path;
  }

  private void append(Path2D path, Coordinate[] coordinates, boolean close) {
    for (int i = 0; i < coordinates.length; i++) {
      double[] p = layout.toPage(coordinates[i].x, coordinates[i].y);
      if (i == 0) {
        path.moveTo(p[0], p[1]);
      } else {
        path.lineTo(p[0], p[1]);
      }
    }
    if (close && coordinates.length > 0) {
      path.closePath();
    }
  }

  // ---- the panel: legend, north arrow, scale, notes

  private void panel(Graphics2D g) {
    Box panel = layout.panel;
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke((float) (0.6 * k)));
    g.draw(rect(panel));
    double pad = 10 * k;
    double legendX;
    double legendY;
    double northX;
    double northY;
    double notesX;
    double notesY;
    double notesWidth;
    if (layout.orientation == Orientation.LANDSCAPE) {
      legendX = panel.x() + pad;
      legendY = panel.y() + pad;
      northX = panel.right() - pad - 18 * k;
      northY = panel.y() + pad + 30 * k;
      notesX = legendX;
      notesY = layout.scaleBar.y() + 40 * k;
      notesWidth = panel.width() - 2 * pad;
    } else {
      double column = panel.width() / 3;
      legendX = panel.x() + pad;
      legendY = panel.y() + pad;
      northX = panel.x() + column * 2 - pad - 22 * k;
      northY = panel.y() + pad + 30 * k;
      notesX = panel.x() + column * 2 + pad;
      notesY = panel.y() + pad;
      notesWidth = column - 2 * pad;
    }
    legend(g, legendX, legendY);
    northArrow(g, northX, northY);
    scale(g);
    notes(g, notesX, notesY, notesWidth);
  }

  private void legend(Graphics2D g, double x, double y) {
    double size = 11 * k + 0.5;
    text(g, "图　例", x, y + size, size * 1.15, true, Color.BLACK, "left");
    double line = size * 1.9;
    double row = y + size * 1.2 + line;
    double sw = 30 * k;
    DivisionMap map = layout.map;
    boolean schematicTownships = false;
    boolean anyTownship = false;
    for (Area a : map.areas()) {
      if (a.level() == 4) {
        anyTownship = true;
        schematicTownships |= a.schematic();
      }
    }
    // prefecture line
    g.setColor(Color.WHITE);
    g.setStroke(prefectureUnderlay());
    g.draw(new Line2D.Double(x, row - size * 0.35, x + sw, row - size * 0.35));
    g.setColor(LINE);
    g.setStroke(prefectureStroke());
    g.draw(new Line2D.Double(x, row - size * 0.35, x + sw, row - size * 0.35));
    text(g, "地级界", x + sw + 6 * k, row, size, false, Color.BLACK, "left");
    row += line;
    g.setStroke(countyStroke());
    g.draw(new Line2D.Double(x, row - size * 0.35, x + sw, row - size * 0.35));
    text(g, "县级界", x + sw + 6 * k, row, size, false, Color.BLACK, "left");
    row += line;
    if (anyTownship) {
      g.setColor(LINE);
      g.setStroke(townshipStroke());
      g.draw(new Line2D.Double(x, row - size * 0.35, x + sw, row - size * 0.35));
      text(
          g,
          schematicTownships ? "乡级界（示意）" : "乡级界",
          x + sw + 6 * k,
          row,
          size,
          false,
          Color.BLACK,
          "left");
      row += line;
    }
    boolean schematicSeats = map.seats().stream().anyMatch(DivisionMap.Seat::schematic);
    seatSymbol(g, x + sw / 2, row - size * 0.35);
    text(
        g,
        schematicSeats ? "乡级驻地（示意位置）" : "乡级驻地",
        x + sw + 6 * k,
        row,
        size,
        false,
        Color.BLACK,
        "left");
    row += line;
    g.setColor(NEIGHBOUR_FILL);
    Rectangle2D patch = new Rectangle2D.Double(x, row - size * 0.9, sw, size * 1.1);
    g.fill(patch);
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke((float) (0.4 * k)));
    g.draw(patch);
    text(g, "相邻地区", x + sw + 6 * k, row, size, false, Color.BLACK, "left");
    row += line;
    g.setColor(GRATICULE);
    g.setStroke(new BasicStroke((float) (0.4 * k + 0.1)));
    g.draw(new Line2D.Double(x, row - size * 0.35, x + sw, row - size * 0.35));
    text(g, "经纬线", x + sw + 6 * k, row, size, false, Color.BLACK, "left");
  }

  private void northArrow(Graphics2D g, double x, double y) {
    double h = 26 * k;
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    g.rotate(Math.toRadians(layout.northDegrees));
    Path2D left = new Path2D.Double();
    left.moveTo(0, -h);
    left.lineTo(-h * 0.32, h * 0.45);
    left.lineTo(0, h * 0.22);
    left.closePath();
    Path2D right = new Path2D.Double();
    right.moveTo(0, -h);
    right.lineTo(h * 0.32, h * 0.45);
    right.lineTo(0, h * 0.22);
    right.closePath();
    g.setColor(Color.BLACK);
    g.fill(left);
    g.setStroke(new BasicStroke((float) (0.7 * k)));
    g.draw(right);
    text(g, "北", 0, -h - 3 * k, 12 * k + 1, true, Color.BLACK, "center");
    g.setTransform(saved);
  }

  private void scale(Graphics2D g) {
    DivisionMapLayout.ScaleBar bar = layout.scaleBar;
    double size = 10 * k + 0.5;
    double h = 5 * k;
    int parts = 4;
    double part = bar.length() / parts;
    g.setStroke(new BasicStroke((float) (0.6 * k)));
    for (int i = 0; i < parts; i++) {
      Rectangle2D r = new Rectangle2D.Double(bar.x() + i * part, bar.y() - h, part, h);
      g.setColor(i % 2 == 0 ? Color.BLACK : Color.WHITE);
      g.fill(r);
      g.setColor(Color.BLACK);
      g.draw(r);
    }
    double km = bar.metres() / 1000;
    text(g, "0", bar.x(), bar.y() + size + 2, size, false, Color.BLACK, "center");
    text(
        g,
        number(km / 2),
        bar.x() + bar.length() / 2,
        bar.y() + size + 2,
        size,
        false,
        Color.BLACK,
        "center");
    text(
        g,
        number(km) + " 千米",
        bar.x() + bar.length(),
        bar.y() + size + 2,
        size,
        false,
        Color.BLACK,
        "left");
    text(
        g,
        "比例尺 " + numericScale(layout.scaleDenominator),
        bar.x(),
        bar.y() - h - size * 0.7,
        size * 1.1,
        true,
        Color.BLACK,
        "left");
  }

  private void notes(Graphics2D g, double x, double y, double width) {
    double size = 8.5 * k + 0.6;
    double line = size * 1.55;
    double row = y + size;
    for (String note : DivisionMapFiles.notes(layout.map)) {
      for (String wrapped : wrap(note, width, size)) {
        text(g, wrapped, x, row, size, false, Color.BLACK, "left");
        row += line;
      }
    }
  }

  private List<String> wrap(String text, double width, double size) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String next = current + new String(Character.toChars(cp));
      if (fonts.of(next, size, false) > width && current.length() > 0) {
        int cut = current.length();
        for (int j = current.length() - 1; j > current.length() - 14 && j > 1; j--) {
          if ("；，、（ +-".indexOf(current.charAt(j)) >= 0) {
            cut = current.charAt(j) == '（' ? j : j + 1;
            break;
          }
        }
        out.add(current.substring(0, cut));
        current = new StringBuilder("　" + current.substring(cut));
      }
      current.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    out.add(current.toString());
    return out;
  }

  /** 1:500 000: the denominator grouped by thousands. */
  static String numericScale(long denominator) {
    return "1:" + String.format(Locale.ROOT, "%,d", denominator).replace(',', ' ');
  }

  private static String number(double km) {
    return km == Math.rint(km)
        ? String.valueOf((long) km)
        : String.format(Locale.ROOT, "%s", km).replaceAll("0+$", "");
  }

  private void text(
      Graphics2D g,
      String text,
      double x,
      double baseline,
      double size,
      boolean bold,
      Color colour,
      String align) {
    double w = fonts.of(text, size, bold);
    double left =
        switch (align) {
          case "center" -> x - w / 2;
          case "right" -> x - w;
          default -> x;
        };
    g.setFont(fonts.awt(size, bold));
    g.setColor(colour);
    g.drawString(text, (float) left, (float) baseline);
  }

  private static Rectangle2D rect(Box b) {
    return new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
  }
}

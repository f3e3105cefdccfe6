package org.civgis.web.inspection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.inspection.MarkerRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

/**
 * The map figure of a report, drawn with Java2D from the geometries alone (no tiles, no network):
 * the round's lines, its markers coloured by their latest field record, a scale bar and a north
 * arrow.
 *
 * <p>Implementation note: an equirectangular view with longitude scaled by cos(mid-latitude); over
 * a county line (≤ 200 km) the distortion is below what a figure shows.
 */
final class RoundMapFigure {
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 900;
  private static final int MARGIN = 60;
  private static final double METERS_PER_DEGREE = 111_320;

  private RoundMapFigure() {}

  static byte[] png(RoundReportData data) {
    Envelope extent = new Envelope();
    data.lines().forEach(l -> extent.expandToInclude(l.geometry().getEnvelopeInternal()));
    data.markers().forEach(m -> extent.expandToInclude(m.marker().position().getCoordinate()));
    if (extent.isNull()) {
      extent.init(89, 91, 43, 45);
    }
    extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.05 + 1e-4);
    double cos = Math.cos(Math.toRadians((extent.getMinY() + extent.getMaxY()) / 2));
    double scale =
        Math.min(
            (WIDTH - 2 * MARGIN) / (extent.getWidth() * cos),
            (HEIGHT - 2 * MARGIN) / extent.getHeight());
    Projection p = new Projection(extent, cos, scale);

    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(0xFAF8F2));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(0xB0281E));
    for (BoundaryLine line : data.lines()) {
      for (int i = 0; i < line.geometry().getNumGeometries(); i++) {
        LineString part = (LineString) line.geometry().getGeometryN(i);
        Path2D path = new Path2D.Double();
        Coordinate[] cs = part.getCoordinates();
        for (int k = 0; k < cs.length; k++) {
          double[] xy = p.xy(cs[k]);
          if (k == 0) {
            path.moveTo(xy[0], xy[1]);
          } else {
            path.lineTo(xy[0], xy[1]);
          }
        }
        g.draw(path);
      }
    }
    Font font = new Font("Noto Sans CJK SC", Font.PLAIN, 18);
    g.setFont(font);
    g.setStroke(new BasicStroke(2f));
    for (RoundReportData.MarkerRow row : data.markers()) {
      double[] xy = p.xy(row.marker().position().getCoordinate());
      MarkerRecord latest = row.latest();
      g.setColor(colour(latest));
      g.fillOval((int) xy[0] - 9, (int) xy[1] - 9, 18, 18);
      g.setColor(Color.DARK_GRAY);
      g.drawOval((int) xy[0] - 9, (int) xy[1] - 9, 18, 18);
      String number = row.marker().number();
      g.drawString(number.substring(number.indexOf('-') + 1), (int) xy[0] + 12, (int) xy[1] - 10);
    }
    scaleBar(g, scale, cos);
    legend(g);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private record Projection(Envelope extent, double cos, double scale) {
    double[] xy(Coordinate c) {
      return new double[] {
        MARGIN + (c.x - extent.getMinX()) * cos * scale,
        HEIGHT - MARGIN - (c.y - extent.getMinY()) * scale
      };
    }
  }

  static Color colour(MarkerRecord record) {
    if (record == null) {
      return new Color(0xBBBBBB);
    }
    if (record.conflict()) {
      return new Color(0x8E44AD);
    }
    return switch (record.condition()) {
      case INTACT -> new Color(0x2E8B57);
      case DAMAGED -> new Color(0xF39C12);
      case DISPLACED -> new Color(0xE67E22);
      case MISSING -> new Color(0xC0392B);
    };
  }

  private static void scaleBar(Graphics2D g, double pixelsPerDegree, double cos) {
    double pixelsPerMeter = pixelsPerDegree / METERS_PER_DEGREE;
    double target = 250 / pixelsPerMeter;
    double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
    double meters = magnitude * (target / magnitude >= 5 ? 5 : target / magnitude >= 2 ? 2 : 1);
    int length = (int) Math.round(meters * pixelsPerMeter);
    int x = MARGIN;
    int y = HEIGHT - 25;
    g.setColor(Color.BLACK);
    g.fillRect(x, y, length, 6);
    g.drawString(
        meters >= 1000 ? (int) (meters / 1000) + " 千米" : (int) meters + " 米",
        x + length + 10,
        y + 8);
    int nx = WIDTH - 50;
    g.drawLine(nx, 30, nx, 80);
    g.fillPolygon(new int[] {nx - 8, nx, nx + 8}, new int[] {45, 25, 45}, 3);
    g.drawString("北", nx - 9, 100);
  }

  private static void legend(Graphics2D g) {
    String[] labels = {"完好", "损坏", "移位", "丢失", "记录冲突", "未检查"};
    Color[] colours = {
      new Color(0x2E8B57),
      new Color(0xF39C12),
      new Color(0xE67E22),
      new Color(0xC0392B),
      new Color(0x8E44AD),
      new Color(0xBBBBBB)
    };
    int x = WIDTH - 190;
    int y = HEIGHT - 200;
    for (int i = 0; i < labels.length; i++) {
      g.setColor(colours[i]);
      g.fillOval(x, y + i * 28, 16, 16);
      g.setColor(Color.BLACK);
      g.drawString(labels[i], x + 26, y + i * 28 + 15);
    }
  }
}

package org.civgis.web.compilation;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A division map as files: a vector PDF for print (text as text in the embedded Noto CJK font,
 * lines and areas as paths), a PNG preview, and a plate drawn on a page of a book.
 */
final class DivisionMapFiles {
  /** Resolution of the PNG preview. */
  static final int PREVIEW_DPI = 120;

  private DivisionMapFiles() {}

  /** The map as a one-page vector PDF of the layout's sheet. */
  static byte[] pdf(DivisionMapLayout layout) {
    MapFonts fonts = MapFonts.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document =
        new Document(
            new Rectangle((float) layout.pageWidth, (float) layout.pageHeight), 0, 0, 0, 0);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(layout.map.title());
    document.addCreator("civgis 地名图志");
    document.open();
    plate(writer.getDirectContent(), layout, fonts);
    document.close();
    return out.toByteArray();
  }

  /** Draws {@code layout} over the whole current page of {@code canvas}. */
  static void plate(PdfContentByte canvas, DivisionMapLayout layout, MapFonts fonts) {
    Graphics2D g =
        canvas.createGraphics((float) layout.pageWidth, (float) layout.pageHeight, fonts);
    try {
      DivisionMapDrawing.draw(g, layout, fonts, false);
    } finally {
      g.dispose();
    }
  }

  /** The map as a PNG preview at {@link #PREVIEW_DPI}. */
  static byte[] png(DivisionMapLayout layout) {
    double scale = PREVIEW_DPI / 72.0;
    BufferedImage image =
        new BufferedImage(
            (int) Math.ceil(layout.pageWidth * scale),
            (int) Math.ceil(layout.pageHeight * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      DivisionMapDrawing.draw(g, layout, MapFonts.get(), true);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The notes under the legend: the day, the projection, the source, the review notice. */
  static List<String> notes(DivisionMap map) {
    List<String> n = new ArrayList<>();
    n.add(String.format("截至 %1$tY年%1$tm月%1$td日", map.day()));
    n.add("坐标系：2000国家大地坐标系（CGCS2000）");
    n.add("投影：高斯-克吕格投影（3°分带，中央经线 " + map.projection().zone().centralMeridianDegrees() + "°E）");
    n.add(
        "数据来源："
            + map.publisher()
            + "区划地名数据库，区划版本截至图上日期"
            + (map.sources().isEmpty() ? "" : "（" + String.join("；", map.sources()) + "）"));
    if (map.seats().stream().anyMatch(DivisionMap.Seat::schematic)) {
      n.add("乡级驻地尚无实测坐标的，按示意位置绘出。");
    }
    n.add("编制：" + map.publisher());
    n.add(
        "审图号："
            + (map.reviewNumber() == null || map.reviewNumber().isBlank()
                ? "＿＿＿＿＿＿＿＿"
                : map.reviewNumber()));
    n.add("本图行政区域界线不作为实地划界的依据。");
    return n;
  }
}

package org.civgis.web.compilation;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Noto Sans CJK (Simplified Chinese) faces of the maps, for both the PDF (embedded OpenPDF base
 * fonts, as in the books) and the PNG (the same faces as Java2D fonts), so that a label is as wide
 * in both as the layout measured it.
 */
final class MapFonts implements FontMapper, DivisionMapLayout.TextWidth {
  private static final String REGULAR = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
  private static final String BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
  private static final String FAMILY = "Noto Sans CJK SC";

  private static volatile MapFonts shared;

  final BaseFont sans;
  final BaseFont bold;
  final Font awtSans;
  final Font awtBold;

  private MapFonts() {
    try {
      sans = BaseFont.createFont(BookPdf.SANS, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      bold = BaseFont.createFont(BookPdf.SANS_BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      awtSans = awtFace(REGULAR);
      awtBold = awtFace(BOLD);
    } catch (IOException e) {
      throw new UncheckedIOException("系统中没有 Noto CJK 字体（fonts-noto-cjk）", e);
    }
  }

  /** The fonts, read once. */
  static MapFonts get() {
    MapFonts f = shared;
    if (f == null) {
      synchronized (MapFonts.class) {
        if (shared == null) {
          shared = new MapFonts();
        }
        f = shared;
      }
    }
    return f;
  }

  private static Font awtFace(String collection) throws IOException {
    try {
      for (Font f : Font.createFonts(new File(collection))) {
        if (f.getFamily(java.util.Locale.ROOT).equals(FAMILY)) {
          return f;
        }
      }
    } catch (FontFormatException e) {
      throw new IOException(collection, e);
    }
    throw new IOException(collection + " has no " + FAMILY);
  }

  /** The Java2D font of {@code size} points. */
  Font awt(double size, boolean isBold) {
    return (isBold ? awtBold : awtSans).deriveFont((float) size);
  }

  @Override
  public double of(String text, double size, boolean isBold) {
    return (isBold ? bold : sans).getWidthPoint(text, (float) size);
  }

  @Override
  public BaseFont awtToPdf(Font font) {
    return font.getFontName(java.util.Locale.ROOT).contains("Bold") ? bold : sans;
  }

  @Override
  public Font pdfToAwt(BaseFont font, int size) {
    return awt(size, font == bold);
  }
}

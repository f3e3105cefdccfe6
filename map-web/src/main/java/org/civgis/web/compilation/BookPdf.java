package org.civgis.web.compilation;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.compilation.DictionaryEntry;
import org.civgis.gazetteer.compilation.FormerName;
import org.civgis.gazetteer.compilation.IndexOrder;
import org.civgis.gazetteer.compilation.PlaceNameDictionary;
import org.civgis.gazetteer.compilation.PlaceNameDictionary.Product;

/**
 * A book as PDF for print: A4, Noto Serif/Sans CJK (Simplified Chinese) from the system's fonts,
 * embedded; title page, 凡例, 目录, the body, 曾用地名表, 音序索引 and 笔画索引; running heads with the book and the
 * division of the page, page numbers at the foot.
 *
 * <p>Implementation note: the table of contents and the indexes print page numbers that are known
 * only once the body is laid out. The book is laid out twice: the first pass records the page of
 * every section and entry (as its heading is placed on the page), the second prints them. Both
 * passes print the same lines, so the pages do not move between them.
 */
final class BookPdf {
  static final String SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";
  static final String SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc,2";
  static final String SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2";

  /** The margins of a map plate on a book's A4 page: room for the running head and the folio. */
  static final DivisionMapLayout.Margins PLATE_MARGINS =
      new DivisionMapLayout.Margins(46, 40, 40, 40);

  private static final String PLATES = "区划图";

  private final PlaceNameDictionary book;
  private final Product product;
  private final ZonedDateTime generatedAt;
  private final List<BookLayout.Section> sections;
  private final List<DivisionMapLayout> plates;

  private BookPdf(
      PlaceNameDictionary book,
      Product product,
      ZonedDateTime generatedAt,
      List<DivisionMapLayout> plates) {
    this.book = book;
    this.product = product;
    this.generatedAt = generatedAt;
    this.sections = BookLayout.sections(book, product);
    this.plates = List.copyOf(plates);
  }

  /**
   * The book as PDF, with the division maps {@code plates} (A4 portrait) after the table of
   * contents; {@code progress} hears the share of the layout done.
   */
  static byte[] write(
      PlaceNameDictionary book,
      Product product,
      ZonedDateTime generatedAt,
      List<DivisionMapLayout> plates,
      java.util.function.DoubleConsumer progress) {
    BookPdf pdf = new BookPdf(book, product, generatedAt, plates);
    Pass first = pdf.layout(Map.of(), f -> progress.accept(f / 2));
    Pass second = pdf.layout(first.pages, f -> progress.accept(0.5 + f / 2));
    return second.bytes;
  }

  /** One layout of the book. */
  private static final class Pass extends PdfPageEventHelper {
    final Map<String, Integer> pages = new HashMap<>();
    byte[] bytes;
    String title;
    String head = "";
    Font headFont;

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
      pages.putIfAbsent(text, writer.getPageNumber());
      if (text.startsWith("H:")) {
        int key = text.indexOf('#');
        head = text.substring(2, key < 0 ? text.length() : key);
      }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      int page = writer.getPageNumber();
      if (page == 1) {
        return; // the title page has no running head
      }
      PdfContentByte canvas = writer.getDirectContent();
      Rectangle size = document.getPageSize();
      float top = size.getTop() - 28;
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_LEFT, new Phrase(title, headFont), 50, top, 0);
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_RIGHT, new Phrase(head, headFont), size.getRight() - 50, top, 0);
      canvas.setLineWidth(0.5f);
      canvas.moveTo(50, top - 4);
      canvas.lineTo(size.getRight() - 50, top - 4);
      canvas.stroke();
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_CENTER,
          new Phrase("— " + page + " —", headFont),
          size.getWidth() / 2,
          24,
          0);
    }
  }

  private Pass layout(Map<String, Integer> knownPages, java.util.function.DoubleConsumer progress) {
    BaseFont sans = font(SANS);
    BaseFont bold = font(SANS_BOLD);
    BaseFont serif = font(SERIF);
    Font titleFont = new Font(bold, 26);
    Font h1 = new Font(bold, 15);
    Font h2 = new Font(bold, 12);
    Font entryName = new Font(bold, 11);
    Font label = new Font(bold, 9);
    Font body = new Font(serif, 9);
    Font small = new Font(sans, 8);
    Pass pass = new Pass();
    pass.title = book.title(product);
    pass.headFont = small;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 60, 50);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(pass);
    document.addTitle(book.title(product));
    document.addCreator("civgis 地名图志");
    document.open();

    // title page
    Paragraph spacer = new Paragraph(" ", titleFont);
    spacer.setSpacingBefore(180);
    document.add(spacer);
    Paragraph t = new Paragraph(book.title(product), titleFont);
    t.setAlignment(Element.ALIGN_CENTER);
    document.add(t);
    Paragraph asOf = new Paragraph("截至 " + BookLayout.date(book), h2);
    asOf.setAlignment(Element.ALIGN_CENTER);
    asOf.setSpacingBefore(24);
    document.add(asOf);
    Paragraph by = new Paragraph(publisher() + " 编", h2);
    by.setAlignment(Element.ALIGN_CENTER);
    by.setSpacingBefore(200);
    document.add(by);
    Paragraph made =
        new Paragraph(
            "由标准地名库编纂 · "
                + generatedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                + "（北京时间） · 共 "
                + book.entries().size()
                + " 条",
            small);
    made.setAlignment(Element.ALIGN_CENTER);
    document.add(made);

    // 凡例
    document.newPage();
    heading(document, "凡例", h1);
    int i = 1;
    for (String note : BookLayout.notes(book, product, generatedAt)) {
      Paragraph p = new Paragraph(i++ + ". " + note, body);
      p.setLeading(16);
      p.setSpacingAfter(4);
      document.add(p);
    }

    // 目录: the same lines in both passes; the second has the pages
    document.newPage();
    heading(document, "目录", h1);
    PdfPTable toc = new PdfPTable(new float[] {6, 1});
    toc.setWidthPercentage(100);
    tocRow(toc, "凡例", knownPages.get("H:凡例"), body, 0);
    if (!plates.isEmpty()) {
      tocRow(toc, PLATES, knownPages.get("H:" + PLATES), body, 0);
    }
    for (BookLayout.Section s : sections) {
      tocRow(toc, s.title(), knownPages.get("H:" + s.title() + "#" + s.key()), body, s.level() - 1);
    }
    tocRow(toc, "曾用地名表", knownPages.get("H:曾用地名表"), body, 0);
    tocRow(
        toc, IndexOrder.PINYIN.title(), knownPages.get("H:" + IndexOrder.PINYIN.title()), body, 0);
    tocRow(
        toc, IndexOrder.STROKE.title(), knownPages.get("H:" + IndexOrder.STROKE.title()), body, 0);
    document.add(toc);

    // the division maps, one plate a page, drawn as vectors
    MapFonts mapFonts = plates.isEmpty() ? null : MapFonts.get();
    for (DivisionMapLayout plate : plates) {
      document.newPage();
      pass.pages.putIfAbsent("H:" + PLATES, writer.getPageNumber());
      pass.head = PLATES;
      DivisionMapFiles.plate(writer.getDirectContent(), plate, mapFonts);
    }

    // the body
    int done = 0;
    boolean firstMain = true;
    for (BookLayout.Section s : sections) {
      if (s.level() == 1 || firstMain) {
        document.newPage();
        firstMain = false;
      }
      // every paragraph has a CJK font: the spacing OpenPDF adds is set in the paragraph's font,
      // and a paragraph without one would pull in an unembedded Helvetica
      Paragraph h = new Paragraph("", s.level() == 1 ? h1 : h2);
      Chunk c = new Chunk(s.title(), s.level() == 1 ? h1 : h2);
      c.setGenericTag("H:" + s.title() + "#" + s.key());
      h.add(c);
      h.setSpacingBefore(s.level() == 1 ? 0 : 10);
      h.setSpacingAfter(6);
      h.setAlignment(s.level() == 1 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
      document.add(h);
      if (s.intro() != null) {
        Paragraph intro = new Paragraph(s.intro(), body);
        intro.setFirstLineIndent(18);
        intro.setSpacingAfter(8);
        document.add(intro);
      }
      for (DictionaryEntry e : s.entries()) {
        document.add(keptTogether(entry(e, entryName, label, body)));
        if (++done % 25 == 0) {
          progress.accept((double) done / Math.max(1, book.entries().size()));
        }
      }
    }

    // back matter
    document.newPage();
    heading(document, "曾用地名表", h1);
    formerNames(document, body, label);
    index(document, IndexOrder.PINYIN, knownPages, h1, h2, body, label);
    index(document, IndexOrder.STROKE, knownPages, h1, h2, body, label);
    document.close();
    pass.bytes = out.toByteArray();
    progress.accept(1);
    return pass;
  }

  private String publisher() {
    return book.divisionName() + "民政局";
  }

  private Paragraph entry(DictionaryEntry e, Font entryName, Font label, Font body) {
    Paragraph p = new Paragraph("", body);
    p.setLeading(14);
    p.setSpacingBefore(6);
    Chunk name = new Chunk(e.standardName(), entryName);
    name.setGenericTag("E:" + e.code());
    p.add(name);
    if (product == Product.GAZETTE) {
      p.add(new Chunk("\n", body));
      p.add(new Chunk(BookLayout.narrative(e), body));
      return p;
    }
    p.add(new Chunk("  " + BookLayout.orMissing(e.tonedPinyin()), body));
    for (Map.Entry<String, String> f : BookLayout.fields(e).entrySet()) {
      p.add(new Chunk("\n", body));
      p.add(new Chunk(f.getKey() + "：", label));
      p.add(new Chunk(f.getValue(), body));
    }
    return p;
  }

  /**
   * {@code entry} on one page. Not {@code Paragraph.setKeepTogether}: OpenPDF's wrapping of such a
   * paragraph adds an unembedded Helvetica to the page.
   */
  private static PdfPTable keptTogether(Paragraph entry) {
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setKeepTogether(true);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    cell.addElement(entry);
    table.addCell(cell);
    return table;
  }

  private void formerNames(Document document, Font body, Font label) {
    if (book.formerNames().isEmpty()) {
      document.add(new Paragraph("截至本书日期，本区域无曾用标准地名。", body));
      return;
    }
    PdfPTable table = new PdfPTable(new float[] {3, 2, 2, 1, 3});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : List.of("曾用名", "启用日期", "停用日期", "变更", "现名称")) {
      table.addCell(cell(h, label));
    }
    for (FormerName f : book.formerNames()) {
      table.addCell(cell(f.name(), body));
      table.addCell(cell(f.validFrom() == null ? "记录以前" : f.validFrom().toString(), body));
      table.addCell(cell(f.validTo().toString(), body));
      table.addCell(cell(f.ending(), body));
      table.addCell(cell(f.successor() == null ? "—" : f.successor(), body));
    }
    document.add(table);
  }

  private void index(
      Document document,
      IndexOrder order,
      Map<String, Integer> knownPages,
      Font h1,
      Font h2,
      Font body,
      Font label) {
    document.newPage();
    heading(document, order.title(), h1);
    PdfPTable table = new PdfPTable(new float[] {4, 5, 1});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : List.of("标准名称", "所在政区", "页码")) {
      table.addCell(cell(h, label));
    }
    for (Map.Entry<String, List<DictionaryEntry>> group :
        order.grouped(book.entries()).entrySet()) {
      PdfPCell head = cell(group.getKey(), h2);
      head.setColspan(3);
      head.setBorder(Rectangle.NO_BORDER);
      table.addCell(head);
      for (DictionaryEntry e : group.getValue()) {
        table.addCell(cell(e.standardName(), body));
        table.addCell(cell(e.location().isEmpty() ? "—" : e.location(), body));
        Integer page = knownPages.get("E:" + e.code());
        table.addCell(cell(page == null ? "0" : String.valueOf(page), body));
      }
    }
    document.add(table);
  }

  private static void heading(Document document, String text, Font font) {
    Paragraph p = new Paragraph("", font);
    Chunk c = new Chunk(text, font);
    c.setGenericTag("H:" + text);
    p.add(c);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(12);
    document.add(p);
  }

  private static void tocRow(PdfPTable toc, String title, Integer page, Font font, int indent) {
    PdfPCell name = cell("　".repeat(indent) + title, font);
    name.setBorder(Rectangle.NO_BORDER);
    toc.addCell(name);
    PdfPCell number = cell(page == null ? "0" : String.valueOf(page), font);
    number.setBorder(Rectangle.NO_BORDER);
    number.setHorizontalAlignment(Element.ALIGN_RIGHT);
    toc.addCell(number);
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setPadding(3);
    c.setBorderWidth(0.3f);
    return c;
  }

  private static BaseFont font(String path) {
    try {
      return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("系统中没有 Noto CJK 字体（fonts-noto-cjk）", e);
    }
  }
}

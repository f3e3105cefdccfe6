package org.civgis.web.compilation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.civgis.gazetteer.compilation.DictionaryEntry;
import org.civgis.gazetteer.compilation.FormerName;
import org.civgis.gazetteer.compilation.IndexOrder;
import org.civgis.gazetteer.compilation.PlaceNameDictionary;
import org.civgis.gazetteer.compilation.PlaceNameDictionary.Product;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A book as DOCX for the editors: styles 标题 1/2 for the sections and 词条 for each entry's name (so
 * Word's navigation pane and table of contents find them), the fields as paragraphs, the former
 * names and both indexes as tables. The indexes' page column is a {@code PAGEREF} field to a
 * bookmark on each entry, which Word fills in on opening (the document asks to update its fields),
 * since Word paginates the text itself.
 */
final class BookDocx {
  private BookDocx() {}

  static byte[] write(PlaceNameDictionary book, Product product, ZonedDateTime generatedAt) {
    try (XWPFDocument doc = new XWPFDocument()) {
      styles(doc);
      doc.enforceUpdateFields();
      XWPFParagraph title = doc.createParagraph();
      title.setStyle("Title");
      title.setAlignment(ParagraphAlignment.CENTER);
      title.createRun().setText(book.title(product));
      XWPFParagraph asOf = doc.createParagraph();
      asOf.setAlignment(ParagraphAlignment.CENTER);
      asOf.createRun()
          .setText("截至 " + BookLayout.date(book) + " · " + book.divisionName() + "民政局 编");
      pageBreak(doc);

      heading(doc, "凡例", 1);
      int n = 1;
      for (String note : BookLayout.notes(book, product, generatedAt)) {
        doc.createParagraph().createRun().setText(n++ + ". " + note);
      }
      pageBreak(doc);

      long bookmark = 1;
      for (BookLayout.Section s : BookLayout.sections(book, product)) {
        heading(doc, s.title(), s.level());
        if (s.intro() != null) {
          doc.createParagraph().createRun().setText(s.intro());
        }
        for (DictionaryEntry e : s.entries()) {
          XWPFParagraph head = doc.createParagraph();
          head.setStyle("Entry");
          CTBookmark start = head.getCTP().addNewBookmarkStart();
          start.setName(bookmarkName(e));
          start.setId(BigInteger.valueOf(bookmark));
          head.createRun().setText(e.standardName());
          head.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmark++));
          if (product == Product.GAZETTE) {
            doc.createParagraph().createRun().setText(BookLayout.narrative(e));
            continue;
          }
          head.createRun().setText("  " + BookLayout.orMissing(e.tonedPinyin()));
          for (Map.Entry<String, String> f : BookLayout.fields(e).entrySet()) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            XWPFRun label = p.createRun();
            label.setBold(true);
            label.setText(f.getKey() + "：");
            p.createRun().setText(f.getValue());
          }
        }
      }

      pageBreak(doc);
      heading(doc, "曾用地名表", 1);
      XWPFTable former = doc.createTable();
      row(former.getRow(0), List.of("曾用名", "启用日期", "停用日期", "变更", "现名称"));
      for (FormerName f : book.formerNames()) {
        row(
            former.createRow(),
            List.of(
                f.name(),
                f.validFrom() == null ? "记录以前" : f.validFrom().toString(),
                f.validTo().toString(),
                f.ending(),
                f.successor() == null ? "—" : f.successor()));
      }
      for (IndexOrder order : IndexOrder.values()) {
        pageBreak(doc);
        heading(doc, order.title(), 1);
        XWPFTable table = doc.createTable();
        row(table.getRow(0), List.of("标准名称", "所在政区", "页码"));
        for (Map.Entry<String, List<DictionaryEntry>> g :
            order.grouped(book.entries()).entrySet()) {
          row(table.createRow(), List.of(g.getKey(), "", ""));
          for (DictionaryEntry e : g.getValue()) {
            XWPFTableRow r = table.createRow();
            row(r, List.of(e.standardName(), e.location().isEmpty() ? "—" : e.location(), ""));
            XWPFParagraph cell = r.getCell(2).getParagraphs().get(0);
            CTSimpleField field = cell.getCTP().addNewFldSimple();
            field.setInstr(" PAGEREF " + bookmarkName(e) + " \\h ");
            field.addNewR().addNewT().setStringValue("?");
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry's bookmark: letters, digits and underscores, as Word wants. */
  static String bookmarkName(DictionaryEntry e) {
    return "E_" + e.code().replaceAll("[^A-Za-z0-9]", "_");
  }

  private static void row(XWPFTableRow row, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      var cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
      cell.setText(cells.get(i));
    }
  }

  private static void heading(XWPFDocument doc, String text, int level) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Heading" + level);
    p.createRun().setText(text);
  }

  private static void pageBreak(XWPFDocument doc) {
    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
  }

  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    style(styles, "Title", "Title", 0, 52);
    style(styles, "Heading1", "heading 1", 1, 32);
    style(styles, "Heading2", "heading 2", 2, 26);
    style(styles, "Entry", "词条", 3, 22);
  }

  private static void style(XWPFStyles styles, String id, String name, int level, int halfPoints) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.addNewName().setVal(name);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewQFormat();
    if (level > 0) {
      s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
    }
    var r = s.addNewRPr();
    r.addNewB();
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    styles.addStyle(new XWPFStyle(s));
  }
}

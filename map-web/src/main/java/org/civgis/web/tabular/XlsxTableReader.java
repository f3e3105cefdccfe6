package org.civgis.web.tabular;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook as a stream.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The parts are found as the package says: {@code _rels/.rels} names the workbook, the
 *       workbook's relationships name its first sheet, shared strings and styles (transitional and
 *       strict OOXML alike).
 *   <li>Each part is read through SAX (no DTD, no external entities) from an inflating stream that
 *       stops at a size of its own ({@link #SHEET_BYTES}, {@link #SHARED_STRINGS_BYTES}, {@link
 *       #OTHER_PART_BYTES}), whatever the zip claims: a zip bomb ends at that size.
 *   <li>What is held: the shared strings (within the table's character limit), the number format of
 *       each cell style, and the cells the {@link TableBuilder} keeps within its limits.
 * </ol>
 *
 * <p>Implementation note: POI's package and user model ({@code OPCPackage}, {@code XSSFWorkbook})
 * parse some parts into DOM trees, which a crafted part can inflate a hundredfold in memory; this
 * reader holds nothing of the XML it reads.
 *
 * <p>Known limitations: rich text keeps only its characters; phonetic runs are left out; the cached
 * value of a formula is read, the formula never.
 */
final class XlsxTableReader {
  static final long SHEET_BYTES = 128L << 20;
  static final long SHARED_STRINGS_BYTES = 64L << 20;
  static final long OTHER_PART_BYTES = 16L << 20;

  /**
   * At most this many shared strings, and no more than the table's cells (each string may be used
   * by any number of cells; one table takes no more distinct strings than it has cells).
   */
  static final int MAX_SHARED_STRINGS = 2_000_000;

  private XlsxTableReader() {}

  static Table read(Path file, TableLimits limits) {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      Parts parts = new Parts(zip);
      Map<String, Relationship> root = parts.relationships("");
      String workbook =
          root.values().stream()
              .filter(r -> r.type().endsWith("/officeDocument"))
              .map(Relationship::target)
              .findFirst()
              .orElseThrow(() -> new TableException("不是有效的 Excel 工作簿：找不到工作簿"));
      Map<String, Relationship> links = parts.relationships(workbook);
      WorkbookHandler book = new WorkbookHandler();
      parts.parse(workbook, OTHER_PART_BYTES, book);
      Relationship sheet = book.firstSheetId == null ? null : links.get(book.firstSheetId);
      if (sheet == null) {
        throw new TableException("工作簿中没有工作表");
      }
      List<String> strings = List.of();
      StylesHandler styles = new StylesHandler();
      for (Relationship link : links.values()) {
        if (link.type().endsWith("/sharedStrings")) {
          SharedStringsHandler handler = new SharedStringsHandler(limits);
          parts.parse(link.target(), SHARED_STRINGS_BYTES, handler);
          strings = handler.strings;
        } else if (link.type().endsWith("/styles")) {
          parts.parse(link.target(), OTHER_PART_BYTES, styles);
        }
      }
      TableBuilder table = new TableBuilder(limits);
      parts.parse(
          sheet.target(), SHEET_BYTES, new SheetHandler(table, strings, styles, book.date1904));
      return table.build();
    } catch (ZipException e) {
      throw new TableException("不是有效的 Excel 工作簿（.xlsx）：" + e.getMessage(), e);
    } catch (IOException e) {
      throw new TableException("Excel 工作簿无法读取：" + e.getMessage(), e);
    }
  }

  /** One relationship of a part: what it is and the part it points to (as a zip entry name). */
  private record Relationship(String type, String target) {}

  /** The parts of the package, each read within a size limit. */
  private static final class Parts {
    private final ZipFile zip;

    Parts(ZipFile zip) {
      this.zip = zip;
    }

    /** The relationships of {@code part} ({@code ""}: of the package), by id. */
    Map<String, Relationship> relationships(String part) {
      int slash = part.lastIndexOf('/');
      String name = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
      Map<String, Relationship> links = new HashMap<>();
      if (zip.getEntry(name) == null) {
        return links;
      }
      parse(
          name,
          OTHER_PART_BYTES,
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
              if (local.equals("Relationship")
                  && atts.getValue("Id") != null
                  && atts.getValue("Target") != null
                  && !"External".equals(atts.getValue("TargetMode"))) {
                links.put(
                    atts.getValue("Id"),
                    new Relationship(
                        String.valueOf(atts.getValue("Type")),
                        resolve(part, atts.getValue("Target"))));
              }
            }
          });
      return links;
    }

    void parse(String name, long maxBytes, DefaultHandler handler) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        throw new TableException("不是有效的 Excel 工作簿：缺少 " + name);
      }
      if (entry.getSize() > maxBytes) {
        throw tooLarge(name, maxBytes);
      }
      try (InputStream in = new LimitedInputStream(zip.getInputStream(entry), name, maxBytes)) {
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(in));
      } catch (TableException e) {
        throw e;
      } catch (SAXException | IOException | RuntimeException e) {
        TableException cause = causeOf(e);
        if (cause != null) {
          throw cause;
        }
        throw new TableException("Excel 工作簿无法读取（" + name + "）：" + e.getMessage(), e);
      } catch (javax.xml.parsers.ParserConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static TableException causeOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TableException table) {
        return table;
      }
      if (t instanceof SAXException sax && sax.getException() instanceof TableException table) {
        return table;
      }
    }
    return null;
  }

  static TableException tooLarge(String part, long maxBytes) {
    return new TableException(
        "工作簿的 " + part + " 解压后超过 " + (maxBytes >> 20) + " MB 的上限（可能是压缩炸弹），拒绝读取");
  }

  /** The zip entry a relationship's target names, relative to the part that holds it. */
  static String resolve(String part, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    String base = part.substring(0, part.lastIndexOf('/') + 1);
    try {
      String path = URI.create("/" + base).resolve(target).normalize().getPath();
      return path.startsWith("/") ? path.substring(1) : path;
    } catch (IllegalArgumentException e) {
      return base + target;
    }
  }

  /** Stops reading at {@code maxBytes}: an inflated part never grows beyond its limit. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final String part;
    private final long maxBytes;
    private long read;

    LimitedInputStream(InputStream in, String part, long maxBytes) {
      super(in);
      this.part = part;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxBytes) {
        throw tooLarge(part, maxBytes);
      }
    }
  }

  /** workbook.xml: the date system and the relationship id of the first sheet. */
  private static final class WorkbookHandler extends DefaultHandler {
    boolean date1904;
    String firstSheetId;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      if (local.equals("workbookPr")) {
        String value = atts.getValue("date1904");
        date1904 = "1".equals(value) || "true".equals(value);
      } else if (local.equals("sheet") && firstSheetId == null) {
        for (int i = 0; i < atts.getLength(); i++) {
          if (atts.getLocalName(i).equals("id") && !atts.getURI(i).isEmpty()) {
            firstSheetId = atts.getValue(i);
          }
        }
      }
    }
  }

  /** styles.xml: the number format of each cell style ({@code cellXfs}), and the custom formats. */
  private static final class StylesHandler extends DefaultHandler {
    final Map<Integer, String> customFormats = new HashMap<>();
    final List<Integer> formatOfStyle = new ArrayList<>();
    private boolean inCellStyles;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "numFmt" -> {
          Integer id = integer(atts.getValue("numFmtId"));
          if (id != null && atts.getValue("formatCode") != null) {
            customFormats.put(id, atts.getValue("formatCode"));
          }
        }
        case "cellXfs" -> inCellStyles = true;
        case "xf" -> {
          if (inCellStyles) {
            Integer id = integer(atts.getValue("numFmtId"));
            formatOfStyle.add(id == null ? 0 : id);
          }
        }
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (local.equals("cellXfs")) {
        inCellStyles = false;
      }
    }

    int formatIndex(String style) {
      Integer s = integer(style);
      return s == null || s < 0 || s >= formatOfStyle.size() ? 0 : formatOfStyle.get(s);
    }

    String formatString(int index) {
      String custom = customFormats.get(index);
      return custom != null ? custom : BuiltinFormats.getBuiltinFormat(index);
    }
  }

  private static Integer integer(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** sharedStrings.xml: the text of each {@code si}, phonetic runs left out. */
  private static final class SharedStringsHandler extends DefaultHandler {
    final List<String> strings = new ArrayList<>();
    private final TableLimits limits;
    private final long maxStrings;
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;
    private long chars;

    SharedStringsHandler(TableLimits limits) {
      this.limits = limits;
      this.maxStrings = Math.min(MAX_SHARED_STRINGS, limits.maxCells());
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "si" -> text.setLength(0);
        case "rPh" -> inPhonetic = true;
        case "t" -> inText = !inPhonetic;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "si" -> {
          if (strings.size() >= maxStrings) {
            throw new TableException("工作簿的共享字符串超过上限：最多 " + maxStrings + " 个，请拆分后上传");
          }
          strings.add(text.toString());
        }
        case "rPh" -> inPhonetic = false;
        case "t" -> inText = false;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!inText) {
        return;
      }
      if (text.length() + length > TableLimits.EXCEL_CELL_CHARS) {
        throw new TableException(
            "工作簿的共享字符串第 " + (strings.size() + 1) + " 项超过 " + TableLimits.EXCEL_CELL_CHARS + " 个字符");
      }
      chars += length;
      if (chars > limits.maxChars()) {
        throw new TableException("工作簿的文字总量超过上限：最多 " + limits.maxChars() + " 个字符，请拆分后上传");
      }
      text.append(ch, start, length);
    }
  }

  /** A worksheet: each cell's value as text, into the table builder. */
  private static final class SheetHandler extends DefaultHandler {
    private final TableBuilder table;
    private final List<String> strings;
    private final StylesHandler styles;
    private final boolean date1904;
    private final StringBuilder value = new StringBuilder();
    private int row;
    private int column;
    private String type;
    private String style;
    private boolean inCell;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;

    SheetHandler(TableBuilder table, List<String> strings, StylesHandler styles, boolean date1904) {
      this.table = table;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "row" -> {
          Integer r = integer(atts.getValue("r"));
          row = r != null ? r : row + 1;
          column = -1;
        }
        case "c" -> {
          String ref = atts.getValue("r");
          column = ref != null ? columnOf(ref) : column + 1;
          type = atts.getValue("t");
          style = atts.getValue("s");
          value.setLength(0);
          inCell = true;
        }
        case "v" -> inValue = inCell;
        case "is" -> inInline = inCell;
        case "rPh" -> inPhonetic = true;
        case "t" -> inValue = inInline && !inPhonetic;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "v", "t" -> inValue = false;
        case "is" -> inInline = false;
        case "rPh" -> inPhonetic = false;
        case "c" -> {
          if (inCell) {
            table.cell(row, column, text());
          }
          inCell = false;
        }
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        table.checkCellLength(row, column, (long) value.length() + length);
        value.append(ch, start, length);
      }
    }

    private String text() {
      String raw = value.toString();
      if (type == null || type.equals("n")) {
        if (raw.isBlank()) {
          return "";
        }
        try {
          int format = styles.formatIndex(style);
          return CellText.number(
              Double.parseDouble(raw.trim()), format, styles.formatString(format), date1904);
        } catch (NumberFormatException e) {
          throw new TableException(
              TableBuilder.at(row, column) + "的数值「" + abbreviate(raw) + "」无法读取");
        }
      }
      return switch (type) {
        case "s" -> {
          Integer index = integer(raw);
          if (index == null || index < 0 || index >= strings.size()) {
            throw new TableException(TableBuilder.at(row, column) + "引用了不存在的共享字符串");
          }
          yield strings.get(index);
        }
        case "b" -> raw.isBlank() ? "" : raw.trim().equals("1") ? "TRUE" : "FALSE";
        default ->
            raw; // inlineStr, str (a formula's text), e (an error such as #N/A), d (ISO date)
      };
    }
  }

  /**
   * The 0-based column of a cell reference such as {@code XFD1}; beyond any sheet's width (more
   * than three letters) it is {@link Integer#MAX_VALUE}, which every column limit refuses.
   */
  static int columnOf(String reference) {
    int column = 0;
    int letters = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = Character.toUpperCase(reference.charAt(i));
      if (c < 'A' || c > 'Z') {
        break;
      }
      if (++letters > 3) {
        return Integer.MAX_VALUE;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    if (letters == 0) {
      throw new TableException("单元格引用「" + abbreviate(reference) + "」无效");
    }
    return column - 1;
  }

  private static String abbreviate(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}

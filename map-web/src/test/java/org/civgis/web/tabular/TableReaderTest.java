package org.civgis.web.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream readers of CSV, XLSX and XLS: what they read, and where they stop. */
class TableReaderTest {
  private static final TableLimits ROOMY = new TableLimits(1_000, 50, 10_000, 1_000, 100_000);

  @TempDir Path dir;

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path csv(String text) throws IOException {
    return file("t.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private Path workbook(String name, Workbook workbook) throws IOException {
    Path path = dir.resolve(name);
    try (workbook;
        OutputStream out = Files.newOutputStream(path)) {
      workbook.write(out);
    }
    return path;
  }

  private static List<List<String>> cells(Table table) {
    return table.rows().stream().map(Table.Row::cells).toList();
  }

  /**
   * The sheet every workbook format is tested with: text, numbers, a date, a boolean, a formula.
   */
  private static void fill(Workbook workbook) {
    Sheet sheet = workbook.createSheet("设施");
    workbook.createSheet("第二张").createRow(0).createCell(0).setCellValue("不读");
    Row head = sheet.createRow(0);
    head.createCell(0).setCellValue("名称");
    head.createCell(1).setCellValue("床位数");
    head.createCell(2).setCellValue("经度");
    head.createCell(3).setCellValue("开业日期");
    head.createCell(4).setCellValue("公办");
    head.createCell(5).setCellValue("合计");
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    Row row = sheet.createRow(3); // row 4; rows 2 and 3 are missing
    row.createCell(0).setCellValue("昌吉市养老院");
    row.createCell(1).setCellValue(100);
    row.createCell(2).setCellValue(-87.2812345);
    row.createCell(3).setCellValue(LocalDate.of(2020, 5, 1));
    row.getCell(3).setCellStyle(date);
    row.createCell(4).setCellValue(true);
    row.createCell(5).setCellFormula("B4+1");
    workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    sheet.createRow(5).createCell(7).setCellValue("远处"); // row 6, column H
  }

  private static void assertFilled(Table table) {
    assertThat(table.header()).containsExactly("名称", "床位数", "经度", "开业日期", "公办", "合计");
    assertThat(table.rows()).extracting(Table.Row::number).containsExactly(4, 6);
    assertThat(table.rows().get(0).cells())
        .containsExactly("昌吉市养老院", "100", "-87.2812345", "2020-05-01", "TRUE", "101");
    assertThat(table.rows().get(1).cells()).containsExactly("", "", "", "", "", "", "", "远处");
    assertThat(table.rows().get(1).cell(20)).isEmpty();
  }

  // ---- CSV

  @Test
  void csvReadsQuotedFieldsAndNumbersRowsAsASpreadsheetShowsThem() throws IOException {
    Table table =
        TableReader.read(
            csv("\uFEFF编号,地址\r\n1,\"昌吉市\"\"屯河路\"\", 36号\"\n\n3,\"两行\n地址\"\n4,末行无换行"),
            "a.csv",
            ROOMY);
    assertThat(table.header()).containsExactly("编号", "地址");
    assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 4, 5);
    assertThat(cells(table))
        .containsExactly(
            List.of("1", "昌吉市\"屯河路\", 36号"), List.of("3", "两行\n地址"), List.of("4", "末行无换行"));
  }

  @Test
  void csvInAnotherEncodingIsRefusedAsNotUtf8() throws IOException {
    Path gbk = file("gbk.csv", "编号,地址\n1,昌吉市\n".getBytes(Charset.forName("GBK")));
    assertThatThrownBy(() -> TableReader.read(gbk, "gbk.csv", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void csvWithAnOpenQuoteIsRefused() throws IOException {
    assertThatThrownBy(() -> TableReader.read(csv("a,b\n1,\"open"), "a.csv", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("第 2 行 B 列")
        .hasMessageContaining("引号");
  }

  @Test
  void csvWithAMillionColumnsIsRefusedAtTheFirstColumnBeyondTheLimit() throws IOException {
    Path wide = csv("地址\n" + "x,".repeat(1_000_000) + "\n");
    assertThatThrownBy(() -> TableReader.read(wide, "wide.csv", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("第 2 行 AY 列")
        .hasMessageContaining("最多 50 列");
  }

  @Test
  void csvEmptyFieldsBeyondTheColumnLimitAreIgnored() throws IOException {
    Table table = TableReader.read(csv("地址\n昌吉市" + ",".repeat(10_000) + "\n"), "a.csv", ROOMY);
    assertThat(cells(table)).containsExactly(List.of("昌吉市"));
  }

  @Test
  void csvCellBeyondItsLimitIsRefusedBeforeItIsHeld() throws IOException {
    Path big = csv("地址\n\"" + "长".repeat(5_000_000) + "\"\n");
    assertThatThrownBy(() -> TableReader.read(big, "a.csv", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("第 2 行 A 列")
        .hasMessageContaining("最多 1000 个字符");
  }

  @Test
  void rowsCellsAndTextEachHaveTheirLimit() throws IOException {
    TableLimits small = new TableLimits(3, 10, 12, 100, 30);
    assertThat(cells(TableReader.read(csv("h\n1\n2\n3\n"), "a.csv", small))).hasSize(3);
    assertThatThrownBy(() -> TableReader.read(csv("h\n1\n2\n3\n4\n"), "a.csv", small))
        .hasMessageContaining("最多 3 行");
    assertThatThrownBy(() -> TableReader.read(csv("h\n,,,,,,,,,1\n,,,,,,,,,1\n"), "a.csv", small))
        .hasMessageContaining("单元格总数超过上限：最多 12 个");
    assertThatThrownBy(
            () -> TableReader.read(csv("h\n" + "0123456789\n".repeat(3)), "a.csv", small))
        .hasMessageContaining("文字总量超过上限：最多 30 个字符");
  }

  @Test
  void aNulCharacterIsRefused() throws IOException {
    assertThatThrownBy(() -> TableReader.read(csv("h\na\0b\n"), "a.csv", ROOMY))
        .hasMessageContaining("第 2 行 A 列")
        .hasMessageContaining("U+0000");
  }

  @Test
  void aFileNamedAsAWorkbookThatIsNoneIsRefused() throws IOException {
    Path text = file("a.xlsx", "地址\n昌吉市\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> TableReader.read(text, "a.xlsx", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("Excel");
  }

  // ---- XLSX

  @Test
  void xlsxWithSharedStringsReadsItsFirstSheet() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    fill(workbook);
    assertFilled(TableReader.read(workbook("a.xlsx", workbook), "a.xlsx", ROOMY));
  }

  @Test
  void xlsxWithInlineStringsReadsItsFirstSheet() throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 10, false, false);
    fill(workbook);
    Table table = TableReader.read(workbook("b.xlsx", workbook), "上传.bin", ROOMY);
    assertFilled(table);
  }

  @Test
  void xlsxCellInColumnXfdIsRefusedNamingTheColumnLimit() throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    Sheet sheet = workbook.createSheet();
    for (int r = 0; r < 1_000; r++) {
      sheet.createRow(r).createCell(16_383).setCellValue("x");
    }
    Path file = workbook("xfd.xlsx", workbook);
    assertThatThrownBy(() -> TableReader.read(file, "xfd.xlsx", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("第 1 行 XFD 列（第 16384 列）")
        .hasMessageContaining("最多 50 列");
  }

  @Test
  void xlsxWithMoreSharedStringsThanTheTableMayHaveCellsIsRefused() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet();
    for (int r = 0; r < 20; r++) {
      sheet.createRow(r).createCell(0).setCellValue("名称" + r);
    }
    Path file = workbook("strings.xlsx", workbook);
    TableLimits tenCells = new TableLimits(100, 10, 10, 100, 10_000);
    assertThatThrownBy(() -> TableReader.read(file, "strings.xlsx", tenCells))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("共享字符串超过上限：最多 10 个");
  }

  @Test
  void xlsxPartsAreFoundThroughTheirRelationships() {
    assertThat(XlsxTableReader.resolve("xl/workbook.xml", "worksheets/sheet1.xml"))
        .isEqualTo("xl/worksheets/sheet1.xml");
    assertThat(XlsxTableReader.resolve("xl/workbook.xml", "/xl/worksheets/sheet1.xml"))
        .isEqualTo("xl/worksheets/sheet1.xml");
    assertThat(XlsxTableReader.resolve("xl/workbook.xml", "../sheet.xml")).isEqualTo("sheet.xml");
    assertThat(XlsxTableReader.resolve("", "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
    assertThat(XlsxTableReader.columnOf("A1")).isZero();
    assertThat(XlsxTableReader.columnOf("XFD1048576")).isEqualTo(16_383);
    assertThat(XlsxTableReader.columnOf("ABCD1")).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void xlsxPartThatInflatesBeyondItsLimitIsStoppedThereWhateverTheZipClaims() throws IOException {
    String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "_rels/.rels",
          "<Relationships><Relationship Id=\"r1\" Type=\""
              + relationships
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns:r=\""
              + relationships
              + "\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"r1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships><Relationship Id=\"r1\" Type=\""
              + relationships
              + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII));
      byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int mb = 0; mb <= XlsxTableReader.SHEET_BYTES >> 20; mb++) {
        zip.write(blanks);
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    byte[] zip = bytes.toByteArray();
    claimSize(zip, "xl/worksheets/sheet1.xml", 1_000);
    Path file = file("liar.xlsx", zip);
    assertThatThrownBy(() -> TableReader.read(file, "liar.xlsx", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("xl/worksheets/sheet1.xml 解压后超过 128 MB");
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Rewrites the uncompressed size the central directory gives {@code name}. */
  private static void claimSize(byte[] zip, String name, int size) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + 46 < zip.length; at++) {
      if (buffer.getInt(at) == 0x02014b50) {
        int nameLength = buffer.getShort(at + 28) & 0xFFFF;
        if (new String(zip, at + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
          buffer.putInt(at + 24, size);
          return;
        }
      }
    }
    throw new AssertionError(name + " not in the central directory");
  }

  @Test
  void notAZipIsRefused() throws IOException {
    Path broken = file("a.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0});
    assertThatThrownBy(() -> TableReader.read(broken, "a.xlsx", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("Excel");
  }

  // ---- XLS

  @Test
  void xlsReadsItsFirstSheet() throws IOException {
    HSSFWorkbook workbook = new HSSFWorkbook();
    fill(workbook);
    assertFilled(TableReader.read(workbook("a.xls", workbook), "a.xls", ROOMY));
  }

  @Test
  void xlsBeyondTheRowLimitIsRefusedNamingIt() throws IOException {
    HSSFWorkbook workbook = new HSSFWorkbook();
    Sheet sheet = workbook.createSheet();
    for (int r = 0; r <= 1_001; r++) {
      sheet.createRow(r).createCell(0).setCellValue("行" + r);
    }
    Path file = workbook("many.xls", workbook);
    assertThatThrownBy(() -> TableReader.read(file, "many.xls", ROOMY))
        .isInstanceOf(TableException.class)
        .hasMessageContaining("最多 1000 行");
  }
}

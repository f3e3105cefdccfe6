package org.civgis.web.address;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.MatchLevel;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.tabular.CsvWriter;
import org.civgis.web.tabular.Table;
import org.civgis.web.tabular.TableLimits;

/**
 * A file of addresses to geocode and the file of its results.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #of}: the table of an uploaded CSV (UTF-8, with or without BOM) or Excel workbook
 *       (.xlsx, .xls; its first sheet), read within {@link #LIMITS} (at most {@link #MAX_ROWS}
 *       rows). The first non-empty row is the header; the address is the column whose header
 *       contains 地址 or address, else the first column. Empty rows are skipped. A table without a
 *       data row is refused naming the field {@code file}.
 *   <li>{@link #write}: every column of the input, then the result columns ({@link
 *       #RESULT_HEADER}), one row per input row in the same order; as XLSX or as CSV (UTF-8 with
 *       BOM, for Excel; text that a spreadsheet would run as a formula is neutralised, see {@link
 *       CsvWriter}).
 * </ol>
 */
final class BatchFile {
  static final int MAX_ROWS = 100_000;

  /**
   * What an uploaded file of addresses may hold: {@link #MAX_ROWS} rows of up to 256 columns (an
   * .xls sheet's width), 1,000,000 cells and 8 million characters; read, such a table takes at most
   * some 60 MB of heap.
   */
  static final TableLimits LIMITS =
      new TableLimits(MAX_ROWS, 256, 1_000_000, TableLimits.EXCEL_CELL_CHARS, 8_000_000);

  static final List<String> RESULT_HEADER =
      List.of(
          "匹配级别", "置信度", "标准地址", "地址编码", "区县", "街道乡镇", "社区村", "道路", "门牌号", "楼栋", "单元", "户室", "经度",
          "纬度", "说明");

  final List<String> header;
  final List<List<String>> rows;
  final int addressColumn;

  private BatchFile(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
    int column = 0;
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).toLowerCase(Locale.ROOT);
      if (h.contains("地址") || h.contains("address")) {
        column = i;
        break;
      }
    }
    this.addressColumn = column;
  }

  List<String> addresses() {
    return rows.stream().map(r -> addressColumn < r.size() ? r.get(addressColumn) : "").toList();
  }

  static boolean isExcel(String filename) {
    String f = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    return f.endsWith(".xlsx") || f.endsWith(".xls");
  }

  /** The file of {@code table}; refused when it has no data row. */
  static BatchFile of(Table table) {
    if (table.rows().isEmpty()) {
      throw new InvalidParameterException("file", "没有数据行（第一行为表头，其后每行一个地址）");
    }
    return new BatchFile(
        table.header(), new ArrayList<>(table.rows().stream().map(Table.Row::cells).toList()));
  }

  static List<String> resultValues(GeocodeResult r) {
    boolean matched = r.text() != null;
    return List.of(
        r.level().chineseName(),
        String.valueOf(r.confidence()),
        nz(r.text()),
        nz(r.code()),
        nz(r.county()),
        nz(r.township()),
        nz(r.community()),
        nz(r.road()),
        nz(r.houseNumber()),
        nz(r.building()),
        nz(r.unit()),
        nz(r.room()),
        matched ? String.format(Locale.ROOT, "%.7f", r.lon()) : "",
        matched ? String.format(Locale.ROOT, "%.7f", r.lat()) : "",
        r.level() == MatchLevel.NONE ? GeocodeJson.unmatchedReason(r) : nz(r.note()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  byte[] write(List<GeocodeResult> results, boolean excel) {
    List<String> head = new ArrayList<>(header);
    head.addAll(RESULT_HEADER);
    List<List<String>> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> line = new ArrayList<>(rows.get(i));
      while (line.size() < header.size()) {
        line.add("");
      }
      line.addAll(resultValues(results.get(i)));
      lines.add(line);
    }
    try {
      return excel ? xlsx(head, lines) : csvBytes(head, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] xlsx(List<String> head, List<List<String>> lines) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("匹配结果");
      Row first = sheet.createRow(0);
      for (int c = 0; c < head.size(); c++) {
        first.createCell(c).setCellValue(head.get(c));
      }
      int n = 1;
      for (List<String> line : lines) {
        Row row = sheet.createRow(n++);
        for (int c = 0; c < line.size(); c++) {
          row.createCell(c).setCellValue(line.get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } finally {
      workbook.close();
    }
  }

  private static byte[] csvBytes(List<String> head, List<List<String>> lines) {
    CsvWriter csv = CsvWriter.forExcel().row(head);
    for (List<String> line : lines) {
      csv.row(line);
    }
    return csv.toBytes();
  }
}

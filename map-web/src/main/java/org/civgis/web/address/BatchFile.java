package org.civgis.web.address;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.web.problem.InvalidParameterException;

/**
 * A file of addresses to geocode and the file of its results.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #read}: a CSV (UTF-8, with or without BOM) or an Excel workbook (.xlsx, .xls; its
 *       first sheet). The first row is the header; the address is the column whose header contains
 *       地址 or address, else the first column. Empty rows are skipped. A file that cannot be read,
 *       or has no data row or more than {@link #MAX_ROWS}, is refused naming the field {@code
 *       file}.
 *   <li>{@link #write}: every column of the input, then the result columns ({@link
 *       #RESULT_HEADER}), one row per input row in the same order; as XLSX or as CSV (UTF-8 with
 *       BOM, for Excel).
 * </ol>
 */
final class BatchFile {
  static final int MAX_ROWS = 100_000;
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

  static BatchFile read(byte[] bytes, String filename) {
    List<List<String>> all;
    try {
      all = isExcel(filename) ? excel(bytes) : csv(bytes);
    } catch (IOException | RuntimeException e) {
      throw new InvalidParameterException(
          "file", "无法读取（须为 UTF-8 编码的 CSV 或 Excel 表格）：" + e.getMessage());
    }
    all.removeIf(r -> r.stream().allMatch(String::isBlank));
    if (all.size() < 2) {
      throw new InvalidParameterException("file", "没有数据行（第一行为表头，其后每行一个地址）");
    }
    if (all.size() - 1 > MAX_ROWS) {
      throw new InvalidParameterException("file", "行数超过 " + MAX_ROWS + "，请拆分后上传");
    }
    return new BatchFile(all.get(0), new ArrayList<>(all.subList(1, all.size())));
  }

  private static List<List<String>> csv(byte[] bytes) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (Reader reader =
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
        List<String> row = new ArrayList<>();
        record.forEach(row::add);
        out.add(row);
      }
    }
    if (!out.isEmpty() && !out.get(0).isEmpty()) {
      out.get(0).set(0, out.get(0).get(0).replace("\uFEFF", ""));
    }
    return out;
  }

  private static List<List<String>> excel(byte[] bytes) throws IOException {
    List<List<String>> out = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.CHINA);
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        out.add(values);
        if (out.size() > MAX_ROWS + 1) {
          break;
        }
      }
    }
    return out;
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
        nz(r.note()));
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

  private static byte[] csvBytes(List<String> head, List<List<String>> lines) throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF");
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
      printer.printRecord(head);
      for (List<String> line : lines) {
        printer.printRecord(line);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}

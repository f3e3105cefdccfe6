package org.civgis.web.facility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.civgis.web.problem.InvalidFeatureException;

/**
 * An uploaded facility table (CSV in UTF-8, or the first sheet of an XLSX workbook) as rows of text
 * by column. Headers may be Chinese (名称, 类型, 地址, 服务能力, 床位数, 护理型床位数, 运营方式, 开业日期, 状态, 区划代码, 经度, 纬度)
 * or the API's property names (name, type, …, lon, lat).
 */
final class FacilityTable {
  /** The column keys, by every header that names them. */
  static final Map<String, String> HEADERS = new LinkedHashMap<>();

  static {
    header("name", "名称", "设施名称");
    header("type", "类型", "设施类型");
    header("address", "地址");
    header("capacity", "服务能力", "容量");
    header("beds", "床位数", "床位");
    header("nursingBeds", "护理型床位数", "护理型床位");
    header("operator", "运营方式", "性质");
    header("openedOn", "开业日期", "开办日期");
    header("status", "状态");
    header("divisionCode", "区划代码");
    header("lon", "经度", "longitude");
    header("lat", "纬度", "latitude");
  }

  private static void header(String key, String... names) {
    HEADERS.put(key.toLowerCase(Locale.ROOT), key);
    for (String n : names) {
      HEADERS.put(n, key);
    }
  }

  /**
   * The rows (after the header row; the first is row 2 as a spreadsheet numbers it), each a map
   * from column key to its text ({@code null} when empty); fully blank rows are left out but keep
   * their number. Unknown headers: 400.
   */
  record Rows(List<Integer> numbers, List<Map<String, String>> values) {}

  static Rows read(byte[] content, String filename) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    List<List<String>> cells;
    if (name.endsWith(".xlsx") || name.endsWith(".xls") || isZip(content)) {
      cells = xlsx(content);
    } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
      cells = csv(content);
    } else {
      throw new InvalidFeatureException("file", "只接受 CSV（UTF-8）或 XLSX 文件，收到「" + filename + "」");
    }
    if (cells.isEmpty()) {
      throw new InvalidFeatureException("file", "文件为空");
    }
    List<String> keys = new ArrayList<>();
    for (String h : cells.get(0)) {
      String header = h == null ? "" : h.strip();
      String key = HEADERS.get(header.toLowerCase(Locale.ROOT));
      if (key == null) {
        key = HEADERS.get(header);
      }
      if (key == null && !header.isEmpty()) {
        throw new InvalidFeatureException(
            "file", "未知列名「" + header + "」；可用列名：名称、类型、地址、服务能力、床位数、护理型床位数、运营方式、开业日期、状态、区划代码、经度、纬度");
      }
      keys.add(key);
    }
    if (!keys.contains("name") || !keys.contains("type")) {
      throw new InvalidFeatureException("file", "表头须至少有「名称」和「类型」两列");
    }
    List<Integer> numbers = new ArrayList<>();
    List<Map<String, String>> values = new ArrayList<>();
    for (int r = 1; r < cells.size(); r++) {
      Map<String, String> row = new LinkedHashMap<>();
      boolean blank = true;
      List<String> line = cells.get(r);
      for (int c = 0; c < keys.size(); c++) {
        String v = c < line.size() && line.get(c) != null ? line.get(c).strip() : "";
        if (keys.get(c) != null) {
          row.put(keys.get(c), v.isEmpty() ? null : v);
        }
        blank &= v.isEmpty();
      }
      if (!blank) {
        numbers.add(r + 1);
        values.add(row);
      }
    }
    return new Rows(numbers, values);
  }

  private static boolean isZip(byte[] content) {
    return content.length > 3 && content[0] == 'P' && content[1] == 'K';
  }

  private static List<List<String>> csv(byte[] content) {
    try (Reader reader =
            new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        List<String> row = new ArrayList<>();
        record.forEach(row::add);
        rows.add(row);
      }
      if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).startsWith("\uFEFF")) {
        rows.get(0).set(0, rows.get(0).get(0).substring(1));
      }
      return rows;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InvalidFeatureException("file", "CSV 无法读取：" + e.getMessage());
    }
  }

  private static List<List<String>> xlsx(byte[] content) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> line = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            line.add(text(row.getCell(c), formatter));
          }
        }
        rows.add(line);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new InvalidFeatureException("file", "XLSX 无法读取：" + e.getMessage());
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return LocalDate.ofInstant(cell.getDateCellValue().toInstant(), ZoneId.systemDefault())
          .toString();
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      double d = cell.getNumericCellValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    return formatter.formatCellValue(cell);
  }
}

package org.civgis.web.facility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.tabular.Table;
import org.civgis.web.tabular.TableLimits;

/**
 * An uploaded facility table (CSV in UTF-8, or the first sheet of an XLSX or XLS workbook, read
 * within {@link #LIMITS}) as rows of text by column. Headers may be Chinese (名称, 类型, 地址, 服务能力, 床位数,
 * 护理型床位数, 运营方式, 开业日期, 状态, 区划代码, 经度, 纬度) or the API's property names (name, type, …, lon, lat).
 */
final class FacilityTable {
  /**
   * What a facility table may hold: 10,000 facilities (a prefecture has a few thousand), 64
   * columns, 2,000 characters a cell.
   */
  static final TableLimits LIMITS = new TableLimits(10_000, 64, 200_000, 2_000, 4_000_000);

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

  /**
   * Refuses a file whose name says it is no table (a CSV, XLSX or XLS, or a file without a name).
   */
  static void checkFileName(String filename) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (!(name.isEmpty()
        || name.endsWith(".csv")
        || name.endsWith(".txt")
        || name.endsWith(".xlsx")
        || name.endsWith(".xls"))) {
      throw new InvalidFeatureException(
          "file", "只接受 CSV（UTF-8）、XLSX 或 XLS 文件，收到「" + filename + "」");
    }
  }

  static Rows rows(Table table) {
    if (table.isEmpty()) {
      throw new InvalidFeatureException("file", "文件为空");
    }
    List<String> keys = new ArrayList<>();
    for (String h : table.header()) {
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
    for (Table.Row line : table.rows()) {
      Map<String, String> row = new LinkedHashMap<>();
      boolean blank = true;
      for (int c = 0; c < keys.size(); c++) {
        String v = line.cell(c).strip();
        if (keys.get(c) != null) {
          row.put(keys.get(c), v.isEmpty() ? null : v);
        }
        blank &= v.isEmpty();
      }
      if (!blank) {
        numbers.add(line.number());
        values.add(row);
      }
    }
    return new Rows(numbers, values);
  }
}

package org.civgis.data.changji;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.division.DivisionLevel;

/**
 * A division list with the columns {@code code,name,level,parent_code} (12-digit codes), as in
 * {@code divisions_2023.csv} and {@code provinces.csv}.
 */
final class DivisionCsv {
  /** Digits of a 12-digit code that are zero at each level: a county code ends in 6 zeros. */
  private static final int[] TRAILING_ZEROS = {0, 10, 8, 6, 3, 0};

  private DivisionCsv() {}

  /** One row; {@code parentCode} is {@code null} for a province. */
  record Row(String code, String name, DivisionLevel level, String parentCode, long line) {}

  static List<Row> read(DataFiles files, String file) {
    CsvTable table = CsvTable.read(files, file, "code", "name", "level", "parent_code");
    List<Row> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows) {
      String code = row.digits("code", 12);
      DivisionLevel level = DivisionLevel.ofNumber(row.integer("level", 1, 5));
      String parentCode = row.optionalText("parent_code");
      if (level == DivisionLevel.PROVINCE) {
        if (parentCode != null) {
          throw row.problem("a province has no parent_code");
        }
      } else {
        parentCode = row.digits("parent_code", 12);
        requirePrefix(row, code, parentCode, TRAILING_ZEROS[level.number() - 1]);
      }
      requireTrailingZeros(row, code, level);
      Long earlier = seen.putIfAbsent(code, row.line());
      if (earlier != null) {
        throw row.problem("code " + code + " already appears on line " + earlier);
      }
      rows.add(new Row(code, row.text("name"), level, parentCode, row.line()));
    }
    return rows;
  }

  static void requireTrailingZeros(CsvTable.Row row, String code, DivisionLevel level) {
    int zeros = TRAILING_ZEROS[level.number()];
    if (!code.endsWith("0".repeat(zeros))) {
      throw row.problem(
          "code "
              + code
              + " of a "
              + level.name().toLowerCase()
              + " must end in "
              + zeros
              + " zeros");
    }
  }

  /** A child's code starts with the significant digits of its parent's code. */
  private static void requirePrefix(
      CsvTable.Row row, String code, String parentCode, int parentTrailingZeros) {
    String significant = parentCode.substring(0, 12 - parentTrailingZeros);
    if (!code.startsWith(significant)) {
      throw row.problem("code " + code + " does not lie under its parent_code " + parentCode);
    }
  }
}

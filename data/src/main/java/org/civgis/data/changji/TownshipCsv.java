package org.civgis.data.changji;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2021 township list, {@code townships_2021.csv}: the county's 6-digit {@code code}, the
 * township's {@code name}, and the parts of its 12-digit code ({@code province} 2, {@code city} 2,
 * {@code area} 2, {@code town} 6 digits).
 */
final class TownshipCsv {
  private TownshipCsv() {}

  /** One township: its 12-digit code and its county's. */
  record Row(String code, String name, String countyCode, long line) {}

  static List<Row> read(DataFiles files, String file) {
    CsvTable table = CsvTable.read(files, file, "code", "name", "province", "city", "area", "town");
    List<Row> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows) {
      String county = row.digits("code", 6);
      String prefix = row.digits("province", 2) + row.digits("city", 2) + row.digits("area", 2);
      if (!prefix.equals(county)) {
        throw row.problem("province, city and area (" + prefix + ") differ from code " + county);
      }
      String town = row.digits("town", 6);
      if (town.equals("000000") || !town.endsWith("000")) {
        throw row.problem("town \"" + town + "\" is not a township's part of a code");
      }
      String code = county + town;
      Long earlier = seen.putIfAbsent(code, row.line());
      if (earlier != null) {
        throw row.problem("township " + code + " already appears on line " + earlier);
      }
      rows.add(new Row(code, row.text("name"), county + "000000", row.line()));
    }
    return rows;
  }
}

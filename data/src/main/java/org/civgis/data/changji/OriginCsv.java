package org.civgis.data.changji;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What names mean and where they come from (含义, 来历), {@code place_name_origins.csv}: {@code
 * code,name,meaning,origin,source}, one row per place-name code. Only names whose origin is a
 * public fact with a source are listed; every other name stays 待补 in the library.
 */
final class OriginCsv {
  private OriginCsv() {}

  /**
   * The origin of one name.
   *
   * @param name the name the row is about (checked against the division list)
   * @param meaning 含义
   * @param origin 来历, or {@code null}
   * @param source where it is written, named so an editor can check it
   */
  record Origin(String name, String meaning, String origin, String source) {

    /** 来历 with its source, as the record keeps it. */
    String originWithSource() {
      String text = origin == null ? "" : origin + "。";
      return text + "（资料来源：" + source + "）";
    }
  }

  /** Origins by 12-digit code. */
  static Map<String, Origin> read(DataFiles files, String file) {
    CsvTable table = CsvTable.read(files, file, "code", "name", "meaning", "origin", "source");
    Map<String, Origin> origins = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows) {
      String code = row.digits("code", 12);
      Origin origin =
          new Origin(
              row.text("name"),
              row.text("meaning"),
              row.optionalText("origin"),
              row.text("source"));
      if (origins.put(code, origin) != null) {
        throw row.problem("code " + code + " is listed twice");
      }
    }
    return origins;
  }
}

package org.civgis.data.changji;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which abolished division a newly established one replaces, {@code division_successors.csv}:
 * {@code from_code,to_code,note}.
 */
final class SuccessorCsv {
  private SuccessorCsv() {}

  /** Successor code by predecessor code. */
  static Map<String, String> read(DataFiles files, String file) {
    CsvTable table = CsvTable.read(files, file, "from_code", "to_code");
    Map<String, String> successors = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows) {
      String from = row.digits("from_code", 12);
      if (successors.put(from, row.digits("to_code", 12)) != null) {
        throw row.problem("from_code " + from + " is listed twice");
      }
    }
    return successors;
  }
}

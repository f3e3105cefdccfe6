package org.civgis.boundary.imports;

import tools.jackson.databind.json.JsonMapper;

/** JSON of the import record's report and the staged features' properties. */
final class ReportJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ReportJson() {}

  static String write(Object value) {
    return JSON.writeValueAsString(value);
  }
}

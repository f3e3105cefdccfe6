package org.civgis.data.changji;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.division.DivisionCensus;

/**
 * The 2020 census by county: {@code census2020_population.csv} (population and shares) joined with
 * {@code census2020_age_shares.csv} (age bands) on {@code CODE} (6 digits).
 */
final class CensusCsv {
  static final int CENSUS_YEAR = 2020;

  /** The non-overlapping bands of the age file and their names in the system. */
  private static final Map<String, String> FINE_BANDS = new LinkedHashMap<>();

  static {
    FINE_BANDS.put("AGES_0", "0");
    FINE_BANDS.put("AGES_1-4", "1-4");
    for (int age = 5; age < 85; age += 5) {
      FINE_BANDS.put("AGES_" + age + "-" + (age + 4), age + "-" + (age + 4));
    }
    FINE_BANDS.put("AGES_85P", "85+");
  }

  /** The bands must add up to the whole population within this (rounding of the source). */
  private static final double BAND_SUM_TOLERANCE = 0.005;

  private CensusCsv() {}

  static List<DivisionCensus> read(
      DataFiles files, String populationFile, String ageFile, String source) {
    CsvTable population =
        CsvTable.read(
            files, populationFile, "CODE", "NAME", "POPU", "POPU_WM", "POPU_ETHNIC", "POPU_URB");
    CsvTable ages = CsvTable.read(files, ageFile, FINE_BANDS.keySet().toArray(String[]::new));
    Map<String, CsvTable.Row> agesByCode = new LinkedHashMap<>();
    for (CsvTable.Row row : ages.rows) {
      String code = row.digits("CODE", 6);
      if (agesByCode.put(code, row) != null) {
        throw row.problem("CODE " + code + " appears twice");
      }
    }
    List<DivisionCensus> census = new ArrayList<>();
    for (CsvTable.Row row : population.rows) {
      String code = row.digits("CODE", 6);
      CsvTable.Row ageRow = agesByCode.remove(code);
      if (ageRow == null) {
        throw row.problem("CODE " + code + " has no row in " + ageFile);
      }
      Map<String, Double> bands = new LinkedHashMap<>();
      double sum = 0;
      for (Map.Entry<String, String> band : FINE_BANDS.entrySet()) {
        double share = ageRow.number(band.getKey(), 0, 1);
        bands.put(band.getValue(), share);
        sum += share;
      }
      if (Math.abs(sum - 1) > BAND_SUM_TOLERANCE) {
        throw ageRow.problem("the age bands of " + code + " add up to " + sum + ", not 1");
      }
      Map<String, Double> other = new LinkedHashMap<>();
      for (String column : ages.headerNames) {
        if (column.startsWith("AGES_") && !FINE_BANDS.containsKey(column)) {
          other.put(column, ageRow.number(column, 0, 1));
        }
      }
      for (String column : population.headerNames) {
        if (column.startsWith("POPU_REG_")) {
          other.put(column, row.number(column, 0, 1));
        }
      }
      census.add(
          new DivisionCensus(
              code + "000000",
              CENSUS_YEAR,
              row.integer("POPU", 0, Integer.MAX_VALUE),
              row.number("POPU_WM", 0, 1000),
              row.number("POPU_ETHNIC", 0, 1),
              row.number("POPU_URB", 0, 1),
              bands,
              other,
              source));
    }
    if (!agesByCode.isEmpty()) {
      CsvTable.Row orphan = agesByCode.values().iterator().next();
      throw orphan.problem(
          "CODE " + orphan.record().get("CODE") + " has no row in " + populationFile);
    }
    return census;
  }
}

package org.civgis.web.division;

import java.time.LocalDate;

/**
 * What the map's side panel shows about one division.
 *
 * @param code 12-digit code
 * @param name name valid on the requested day
 * @param level 1–5
 * @param levelName e.g. 县级
 * @param parent the parent division, or {@code null}
 * @param validFrom first day of this version, {@code null} when before our records
 * @param validTo first day after this version, {@code null} while current
 * @param areaKm2 area in square kilometres in the Gauss-Krüger zone, {@code null} without geometry
 * @param areaZone the zone the area was measured in, {@code null} without geometry
 * @param census census figures, {@code null} when none
 * @param inHomeDivision whether the division is (in) the deployment's home division
 */
record DivisionProfile(
    String code,
    String name,
    int level,
    String levelName,
    DivisionRef parent,
    LocalDate validFrom,
    LocalDate validTo,
    Double areaKm2,
    AreaZone areaZone,
    CensusSummary census,
    boolean inHomeDivision) {

  record DivisionRef(String code, String name) {}

  /**
   * @param epsg EPSG code of the CGCS2000 3-degree Gauss-Krüger zone
   * @param centralMeridian its central meridian in degrees east
   */
  record AreaZone(int epsg, int centralMeridian) {}

  /**
   * Census figures; shares are 0–1.
   *
   * @param aggregated whether the figures are the sum of the division's children
   */
  record CensusSummary(
      int year,
      long residentPopulation,
      double aged60PlusShare,
      double aged65PlusShare,
      double aged80PlusShare,
      Double urbanShare,
      Double ethnicMinorityShare,
      Double sexRatio,
      boolean aggregated) {}
}

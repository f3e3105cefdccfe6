package org.civgis.gazetteer.compilation;

/**
 * What the division record says about a division on the compilation day, for the entries and
 * headings of a book.
 *
 * @param code the 12-digit division code
 * @param name its name on the day
 * @param level 1 province … 5 village
 * @param parentCode the parent's code, or {@code null}
 * @param areaKm2 area in square kilometres measured in its Gauss-Krüger zone, or {@code null}
 *     without a polygon
 * @param population2020 resident population of the 2020 census, or {@code null} when not tabulated
 * @param centreLon longitude of a point inside its polygon (CGCS2000), or {@code NaN}
 * @param centreLat latitude of that point, or {@code NaN}
 */
public record DivisionFacts(
    String code,
    String name,
    int level,
    String parentCode,
    Double areaKm2,
    Integer population2020,
    double centreLon,
    double centreLat) {

  public boolean hasCentre() {
    return !Double.isNaN(centreLon) && !Double.isNaN(centreLat);
  }
}

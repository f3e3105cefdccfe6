package org.civgis.gazetteer.demand;

import org.locationtech.jts.geom.Point;

/**
 * Where demand for social services lives: a community (社区) or a residential compound (小区) with its
 * population and elderly.
 *
 * @param id row id (0 before stored)
 * @param kind community or compound
 * @param code a community's 12-digit division code; a compound's community code, {@code -C} and a
 *     number
 * @param name its name
 * @param divisionCode the 12-digit code of the community (or village) it belongs to
 * @param population residents
 * @param population60Plus residents aged 60 and over, at most {@code population}
 * @param population80Plus residents aged 80 and over, at most {@code population60Plus}
 * @param estimated whether the counts are estimates rather than counts
 * @param estimateNote how they were estimated, or {@code null}
 * @param point where it is, CGCS2000 lon/lat
 * @param pointGenerated whether the position is generated (示意)
 * @param source where the row comes from
 */
public record DemandPoint(
    long id,
    DemandKind kind,
    String code,
    String name,
    String divisionCode,
    int population,
    int population60Plus,
    int population80Plus,
    boolean estimated,
    String estimateNote,
    Point point,
    boolean pointGenerated,
    String source) {

  public DemandPoint {
    if (population60Plus > population || population80Plus > population60Plus) {
      throw new IllegalArgumentException(
          code
              + ": 80+ ≤ 60+ ≤ population must hold, got "
              + population80Plus
              + ", "
              + population60Plus
              + ", "
              + population);
    }
  }

  /** The 9-digit code of its township or street. */
  public String townshipCode9() {
    return divisionCode.substring(0, 9);
  }

  /** The 6-digit code of its county. */
  public String countyCode6() {
    return divisionCode.substring(0, 6);
  }
}

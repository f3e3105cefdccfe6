package org.civgis.web.placename;

import java.util.List;

/**
 * The annual updates of recent years and how many changes each holds.
 *
 * @param due the year whose update is due by 30 June of this year (last year)
 * @param years this year and the five before it, newest first
 */
record AnnualUpdateYears(int due, List<Year> years) {

  /**
   * @param year the calendar year
   * @param changes the rows of its update (新增、更名、注销、属性变更)
   */
  record Year(int year, int changes) {}
}

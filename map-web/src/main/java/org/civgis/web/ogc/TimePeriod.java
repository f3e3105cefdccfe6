package org.civgis.web.ogc;

import java.time.LocalDate;

/**
 * The days a query is about; either end may be open ({@code null}). An instant is a period whose
 * two ends are the same day.
 */
public record TimePeriod(LocalDate start, LocalDate end) {

  public static TimePeriod on(LocalDate day) {
    return new TimePeriod(day, day);
  }
}

package org.civgis.web.tabular;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the bureau reads them in exports and messages: Beijing time to the minute, {@code
 * 2026-05-20 12:00}, never an ISO instant in UTC.
 */
public final class BeijingTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  private BeijingTime() {}

  /** {@code 2026-05-20 12:00}; empty for {@code null}. */
  public static String minute(Instant instant) {
    return instant == null ? "" : MINUTE.format(instant);
  }
}

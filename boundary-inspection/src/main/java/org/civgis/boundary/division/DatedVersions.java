package org.civgis.boundary.division;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows that are versions valid over a date range ({@code valid daterange}, {@code status}, {@code
 * revision}): divisions and boundary lines share how a version ends.
 */
public final class DatedVersions {
  private DatedVersions() {}

  /**
   * Ends version {@code id} of {@code table} (a table of this schema, named by the caller, never by
   * input) on {@code day} if it is still at {@code expectedRevision}: its validity closes the day
   * before; a version that starts on {@code day} is withdrawn instead. Returns whether the row was
   * changed.
   */
  public static boolean close(
      JdbcClient jdbc, String table, long id, int expectedRevision, LocalDate day) {
    return jdbc.sql(
                "update "
                    + table
                    + """

                   set valid = case when lower(valid) is null or lower(valid) < cast(:day as date)
                                    then daterange(lower(valid), cast(:day as date), '[)')
                                    else valid end,
                       status = case when lower(valid) is null or lower(valid) < cast(:day as date)
                                     then status else 'WITHDRAWN' end,
                       revision = revision + 1
                 where id = :id and revision = :revision and status <> 'WITHDRAWN'
                """)
            .param("day", day)
            .param("id", id)
            .param("revision", expectedRevision)
            .update()
        == 1;
  }
}

package org.civgis.gazetteer.compilation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what a book is compiled from: the standard names under a division up to a day. */
public final class CompilationRepository {
  private final JdbcClient jdbc;

  public CompilationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One standard name (current or former) as the book reads it.
   *
   * @param lon longitude of a point on its geometry (CGCS2000), {@code NaN} without one
   * @param lat latitude of that point, {@code NaN} without one
   * @param validFrom first day of use, {@code null} before our records
   * @param validTo first day after its use, {@code null} while in use
   */
  public record NameRecord(
      long id,
      String code,
      String standardName,
      String romanization,
      String officialTransliteration,
      String categoryCode,
      String meaning,
      String origin,
      String history,
      String divisionCode,
      boolean geometryGenerated,
      String status,
      LocalDate validFrom,
      LocalDate validTo,
      Long supersedesId,
      double lon,
      double lat) {

    public boolean isValidOn(LocalDate day) {
      return (validFrom == null || !day.isBefore(validFrom))
          && (validTo == null || day.isBefore(validTo));
    }
  }

  /**
   * Every name under {@code divisionPrefix} that was a standard name on some day up to {@code day}
   * (announced on or before it): those valid on the day and those whose use had ended by then.
   */
  public List<NameRecord> standardNamesUpTo(String divisionPrefix, LocalDate day) {
    return jdbc.sql(
            """
            select id, code, standard_name, romanization, official_transliteration, category_code,
                   meaning, origin, history, division_code, geometry_generated, status,
                   lower(valid) as valid_from, upper(valid) as valid_to, supersedes_id,
                   ST_X(ST_PointOnSurface(geom)) as lon, ST_Y(ST_PointOnSurface(geom)) as lat
              from gazetteer.place_name
             where valid is not null and not isempty(valid)
               and (lower_inf(valid) or lower(valid) <= :day)
               and division_code like :prefix || '%'
             order by code, id
            """)
        .param("day", day)
        .param("prefix", divisionPrefix)
        .query(
            (rs, row) -> {
              double lon = rs.getDouble("lon");
              boolean noPoint = rs.wasNull();
              double lat = rs.getDouble("lat");
              return new NameRecord(
                  rs.getLong("id"),
                  rs.getString("code"),
                  rs.getString("standard_name"),
                  rs.getString("romanization"),
                  rs.getString("official_transliteration"),
                  rs.getString("category_code"),
                  rs.getString("meaning"),
                  rs.getString("origin"),
                  rs.getString("history"),
                  rs.getString("division_code"),
                  rs.getBoolean("geometry_generated"),
                  rs.getString("status"),
                  rs.getObject("valid_from", LocalDate.class),
                  rs.getObject("valid_to", LocalDate.class),
                  rs.getObject("supersedes_id", Long.class),
                  noPoint ? Double.NaN : lon,
                  noPoint ? Double.NaN : lat);
            })
        .list();
  }
}

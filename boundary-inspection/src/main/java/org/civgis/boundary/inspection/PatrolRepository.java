package org.civgis.boundary.inspection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.civgis.geo.geom.Ewkb;
import org.locationtech.jts.geom.LineString;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes patrol records; writes join the caller's transaction. */
public final class PatrolRepository {
  private final JdbcClient jdbc;

  public PatrolRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Patrol insert(Patrol p) {
    long id =
        jdbc.sql(
                """
                insert into boundary.boundary_patrol
                  (line_code, patrolled_on, patrollers, route, issues_found, notes, recorded_by)
                values (:line, :day, cast(:patrollers as text[]),
                        ST_GeomFromEWKB(cast(:route as bytea)), :issues, :notes, :by)
                returning id
                """)
            .param("line", p.lineCode())
            .param("day", p.patrolledOn())
            .param(
                "patrollers",
                "{"
                    + String.join(
                        ",",
                        p.patrollers().stream()
                            .map(s -> "\"" + s.replace("\"", "") + "\"")
                            .toList())
                    + "}")
            .param("route", p.route() == null ? null : Ewkb.write(p.route()))
            .param("issues", p.issuesFound())
            .param("notes", p.notes())
            .param("by", p.recordedBy())
            .query(Long.class)
            .single();
    return new Patrol(
        id,
        p.lineCode(),
        p.patrolledOn(),
        p.patrollers(),
        p.route(),
        p.issuesFound(),
        p.notes(),
        p.recordedBy());
  }

  /** The patrols of {@code lineCode} from {@code from} on, newest first. */
  public List<Patrol> ofLine(String lineCode, LocalDate from) {
    return jdbc.sql(
            """
            select id, line_code, patrolled_on, patrollers, ST_AsEWKB(route) as route,
                   issues_found, notes, recorded_by
              from boundary.boundary_patrol
             where line_code = :line and patrolled_on >= :from
             order by patrolled_on desc, id desc
            """)
        .param("line", lineCode)
        .param("from", from)
        .query(
            (rs, row) -> {
              byte[] route = rs.getBytes("route");
              return new Patrol(
                  rs.getLong("id"),
                  rs.getString("line_code"),
                  rs.getObject("patrolled_on", LocalDate.class),
                  Arrays.asList((String[]) rs.getArray("patrollers").getArray()),
                  route == null ? null : (LineString) Ewkb.read(route),
                  rs.getBoolean("issues_found"),
                  rs.getString("notes"),
                  rs.getString("recorded_by"));
            })
        .list();
  }
}

package org.civgis.boundary.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.civgis.geo.geom.Ewkb;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes the findings of rounds; writes join the caller's transaction. */
public final class FindingRepository {
  private static final String COLUMNS =
      """
      id, revision, round_id, origin, type, severity, key, trend, line_code, marker_id,
      ST_AsEWKB(geom) as geom, measure, unit, detail, status, resolution, resolved_by, resolved_at
      """;

  private final JdbcClient jdbc;

  public FindingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores {@code finding} unless its round already has one with its key; then the stored one is
   * given the new measure and detail when it is still open (a later, larger deviation replaces the
   * earlier). Returns the stored finding.
   */
  public InspectionFinding upsert(InspectionFinding finding) {
    return jdbc.sql(
            """
            insert into boundary.inspection_finding
              (round_id, origin, type, severity, key, trend, line_code, marker_id, geom, measure,
               unit, detail)
            values (:round, :origin, :type, :severity, :key, :trend, :line, :marker,
                    ST_GeomFromEWKB(cast(:geom as bytea)), :measure, :unit, :detail)
            on conflict (round_id, key) do update
               set measure = case when inspection_finding.status = 'OPEN'
                                  then excluded.measure else inspection_finding.measure end,
                   detail = case when inspection_finding.status = 'OPEN'
                                 then excluded.detail else inspection_finding.detail end,
                   geom = case when inspection_finding.status = 'OPEN'
                               then excluded.geom else inspection_finding.geom end
            returning\s"""
                + COLUMNS)
        .param("round", finding.roundId())
        .param("origin", finding.origin())
        .param("type", finding.type())
        .param("severity", finding.severity())
        .param("key", finding.key())
        .param("trend", finding.trend())
        .param("line", finding.lineCode())
        .param("marker", finding.markerId())
        .param("geom", finding.geometry() == null ? null : Ewkb.write(finding.geometry()))
        .param("measure", finding.measure())
        .param("unit", finding.unit())
        .param("detail", finding.detail())
        .query(FindingRepository::map)
        .single();
  }

  public List<InspectionFinding> ofRound(long roundId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from boundary.inspection_finding where round_id = :round order by id")
        .param("round", roundId)
        .query(FindingRepository::map)
        .list();
  }

  public Optional<InspectionFinding> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from boundary.inspection_finding where id = :id")
        .param("id", id)
        .query(FindingRepository::map)
        .optional();
  }

  /** Drops the round's open findings of {@code origin} (before a desk check is run again). */
  public int deleteOpen(long roundId, String origin) {
    return jdbc.sql(
            "delete from boundary.inspection_finding"
                + " where round_id = :round and origin = :origin and status = 'OPEN'")
        .param("round", roundId)
        .param("origin", origin)
        .update();
  }

  /** Records the resolution if still at {@code expectedRevision}. */
  public Optional<InspectionFinding> resolve(
      long id, int expectedRevision, String resolution, String by) {
    return jdbc.sql(
            """
            update boundary.inspection_finding
               set status = 'RESOLVED', resolution = :resolution, resolved_by = :by,
                   resolved_at = now(), revision = revision + 1
             where id = :id and revision = :revision
            returning\s"""
                + COLUMNS)
        .param("resolution", resolution)
        .param("by", by)
        .param("id", id)
        .param("revision", expectedRevision)
        .query(FindingRepository::map)
        .optional();
  }

  private static InspectionFinding map(ResultSet rs, int row) throws SQLException {
    byte[] geom = rs.getBytes("geom");
    Timestamp resolvedAt = rs.getTimestamp("resolved_at");
    return new InspectionFinding(
        rs.getLong("id"),
        rs.getInt("revision"),
        rs.getLong("round_id"),
        rs.getString("origin"),
        rs.getString("type"),
        rs.getString("severity"),
        rs.getString("key"),
        rs.getString("trend"),
        rs.getString("line_code"),
        (Long) rs.getObject("marker_id"),
        geom == null ? null : Ewkb.read(geom),
        (Double) rs.getObject("measure"),
        rs.getString("unit"),
        rs.getString("detail"),
        rs.getString("status"),
        rs.getString("resolution"),
        rs.getString("resolved_by"),
        resolvedAt == null ? null : resolvedAt.toInstant());
  }
}

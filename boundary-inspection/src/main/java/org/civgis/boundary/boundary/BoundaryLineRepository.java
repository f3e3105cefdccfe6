package org.civgis.boundary.boundary;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civgis.boundary.division.DatedVersions;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiLineString;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes boundary line versions and agreements. Writes join the caller's transaction;
 * edits succeed only against the revision they were based on.
 */
public final class BoundaryLineRepository {
  private static final String COLUMNS =
      """
      l.id, l.revision, l.line_code, l.level, l.left_code, l.right_code, l.agreement_id,
      ST_AsEWKB(l.geom) as geom, l.origin, lower(l.valid) as valid_from, upper(l.valid) as valid_to,
      l.status, l.remarks, l.source
      """;

  /**
   * A line with what a reader wants beside it: the two sides' names valid then, the agreement's
   * number and title.
   */
  public record LineView(
      BoundaryLine line,
      String leftName,
      String rightName,
      String agreementCode,
      String agreementTitle) {}

  private static final String VIEW =
      "select "
          + COLUMNS
          + """
          , (select name from boundary.division_version d
              where d.code = l.left_code and d.status = 'PUBLISHED'
                and d.valid && daterange(cast(:start as date), cast(:end as date), '[]')
              order by lower(d.valid) desc nulls last limit 1) as left_name,
            (select name from boundary.division_version d
              where d.code = l.right_code and d.status = 'PUBLISHED'
                and d.valid && daterange(cast(:start as date), cast(:end as date), '[]')
              order by lower(d.valid) desc nulls last limit 1) as right_name,
            a.code as agreement_code, a.title as agreement_title
          from boundary.boundary_line l
          left join boundary.boundary_agreement a on a.id = l.agreement_id
          """;

  private final JdbcClient jdbc;

  public BoundaryLineRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The published lines valid at some time from {@code start} to {@code end} (either open), one
   * version per code (the latest), optionally of one level and within a box, in code order.
   */
  public List<LineView> find(
      LocalDate start, LocalDate end, Integer level, Envelope bbox, int limit, long offset) {
    return find(start, end, level, bbox, null, limit, offset);
  }

  /**
   * As {@link #find(LocalDate, LocalDate, Integer, Envelope, int, long)}, of the versions that also
   * meet {@code condition} (over {@code boundary.boundary_line l} and {@code
   * boundary.boundary_agreement a}, or {@code null}).
   */
  public List<LineView> find(
      LocalDate start,
      LocalDate end,
      Integer level,
      Envelope bbox,
      SqlCondition condition,
      int limit,
      long offset) {
    return jdbc.sql(
            "select distinct on (l.line_code) * from ("
                + VIEW
                + where(level, bbox, condition)
                + ") l order by l.line_code, l.valid_from desc nulls last limit :limit offset :offset")
        .params(bind(start, end, level, bbox, condition))
        .param("limit", limit)
        .param("offset", offset)
        .query(BoundaryLineRepository::mapView)
        .list();
  }

  public long count(LocalDate start, LocalDate end, Integer level, Envelope bbox) {
    return count(start, end, level, bbox, null);
  }

  public long count(
      LocalDate start, LocalDate end, Integer level, Envelope bbox, SqlCondition condition) {
    return jdbc.sql(
            "select count(distinct l.line_code) from boundary.boundary_line l"
                + " left join boundary.boundary_agreement a on a.id = l.agreement_id"
                + where(level, bbox, condition))
        .params(bind(start, end, level, bbox, condition))
        .query(Long.class)
        .single();
  }

  /** The version of line {@code lineCode} valid during the period, with names. */
  public Optional<LineView> findByCode(String lineCode, LocalDate start, LocalDate end) {
    return jdbc.sql(
            VIEW
                + " where l.line_code = :code and l.status = 'PUBLISHED'"
                + " and l.valid && daterange(cast(:start as date), cast(:end as date), '[]')"
                + " order by lower(l.valid) desc nulls last limit 1")
        .param("code", lineCode)
        .param("start", start)
        .param("end", end)
        .query(BoundaryLineRepository::mapView)
        .optional();
  }

  /** Every published line version valid on {@code date}. */
  public List<BoundaryLine> current(LocalDate date) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from boundary.boundary_line l where l.valid @> cast(:date as date)"
                + " and l.status = 'PUBLISHED' order by l.line_code")
        .param("date", date)
        .query(BoundaryLineRepository::map)
        .list();
  }

  /** The CRS84 extent of the lines valid on {@code date}, or null. */
  public Envelope extent(LocalDate date) {
    return jdbc.sql(
            """
            select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
              from (select ST_Extent(geom) as e from boundary.boundary_line
                     where valid @> cast(:date as date) and status = 'PUBLISHED') x
             where e is not null
            """)
        .param("date", date)
        .query(
            (rs, row) ->
                new Envelope(rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
        .optional()
        .orElse(null);
  }

  /** Stores a new version at revision 1; returns it with its id. */
  public BoundaryLine insert(BoundaryLine line) {
    long id =
        jdbc.sql(
                """
                insert into boundary.boundary_line
                  (line_code, level, left_code, right_code, agreement_id, geom, origin, valid,
                   status, remarks, source)
                values (:code, :level, :left, :right, :agreement,
                        ST_GeomFromEWKB(cast(:geom as bytea)), :origin,
                        daterange(cast(:from as date), cast(:to as date), '[)'),
                        :status, :remarks, :source)
                returning id
                """)
            .param("code", line.lineCode())
            .param("level", line.level().number())
            .param("left", line.leftCode())
            .param("right", line.rightCode())
            .param("agreement", line.agreementId())
            .param("geom", Ewkb.write(line.geometry()))
            .param("origin", line.origin().name())
            .param("from", line.validFrom())
            .param("to", line.validTo())
            .param("status", line.status().name())
            .param("remarks", line.remarks())
            .param("source", line.source())
            .query(Long.class)
            .single();
    return find(id).orElseThrow();
  }

  public Optional<BoundaryLine> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from boundary.boundary_line l where l.id = :id")
        .param("id", id)
        .query(BoundaryLineRepository::map)
        .optional();
  }

  /**
   * Replaces geometry, origin, agreement, remarks and source of version {@code id} if still at
   * {@code expectedRevision}; empty when it moved on.
   */
  public Optional<BoundaryLine> update(long id, int expectedRevision, BoundaryLine edited) {
    return jdbc.sql(
            "update boundary.boundary_line l set geom = ST_GeomFromEWKB(cast(:geom as bytea)),"
                + " origin = :origin, agreement_id = :agreement, remarks = :remarks,"
                + " source = :source, revision = revision + 1"
                + " where id = :id and revision = :revision and status <> 'WITHDRAWN'"
                + " returning "
                + COLUMNS)
        .param("geom", Ewkb.write(edited.geometry()))
        .param("origin", edited.origin().name())
        .param("agreement", edited.agreementId())
        .param("remarks", edited.remarks())
        .param("source", edited.source())
        .param("id", id)
        .param("revision", expectedRevision)
        .query(BoundaryLineRepository::map)
        .optional();
  }

  /**
   * Ends version {@code id} on {@code day} (it is valid until the day before) if still at {@code
   * expectedRevision}; a version that starts on {@code day} is withdrawn instead.
   */
  public boolean close(long id, int expectedRevision, LocalDate day) {
    return DatedVersions.close(jdbc, "boundary.boundary_line", id, expectedRevision, day);
  }

  /** Stores an agreement; returns it with its id. */
  public BoundaryAgreement insert(BoundaryAgreement agreement) {
    long id =
        jdbc.sql(
                """
                insert into boundary.boundary_agreement (code, title, signed_on, parties, remarks, source)
                values (:code, :title, :signedOn, string_to_array(:parties, ','), :remarks, :source)
                returning id
                """)
            .param("code", agreement.code())
            .param("title", agreement.title())
            .param("signedOn", agreement.signedOn())
            .param("parties", String.join(",", agreement.parties()))
            .param("remarks", agreement.remarks())
            .param("source", agreement.source())
            .query(Long.class)
            .single();
    return new BoundaryAgreement(
        id,
        agreement.code(),
        agreement.title(),
        agreement.signedOn(),
        agreement.parties(),
        agreement.remarks(),
        agreement.source());
  }

  /** The agreements, by code. */
  public List<BoundaryAgreement> agreements() {
    return jdbc.sql(
            "select id, code, title, signed_on, parties, remarks, source"
                + " from boundary.boundary_agreement order by code")
        .query(
            (rs, row) ->
                new BoundaryAgreement(
                    rs.getLong("id"),
                    rs.getString("code"),
                    rs.getString("title"),
                    rs.getObject("signed_on", LocalDate.class),
                    codes(rs.getArray("parties")),
                    rs.getString("remarks"),
                    rs.getString("source")))
        .list();
  }

  /** Removes the lines, and the agreements, written by any of {@code sources}. */
  public int deleteBySource(List<String> sources) {
    if (sources.isEmpty()) {
      return 0;
    }
    int lines =
        jdbc.sql("delete from boundary.boundary_line where source in (:sources)")
            .param("sources", sources)
            .update();
    int agreements =
        jdbc.sql(
                "delete from boundary.boundary_agreement a where source in (:sources)"
                    + " and not exists (select 1 from boundary.boundary_line l where l.agreement_id = a.id)"
                    + " and not exists (select 1 from boundary.boundary_marker m where m.agreement_id = a.id)")
            .param("sources", sources)
            .update();
    return lines + agreements;
  }

  private static String where(Integer level, Envelope bbox, SqlCondition condition) {
    StringBuilder where =
        new StringBuilder(
            " where l.status = 'PUBLISHED'"
                + " and l.valid && daterange(cast(:start as date), cast(:end as date), '[]')");
    if (level != null) {
      where.append(" and l.level = :level");
    }
    if (bbox != null) {
      // features without a geometry match any box (OGC API – Features); a box crossing the
      // antimeridian reaches beyond 180°: its rest lies from -180° on
      where.append(
          " and (l.geom is null"
              + " or l.geom && ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490)"
              + " and ST_Intersects(l.geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))"
              + " or l.geom && ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)"
              + " and ST_Intersects(l.geom, ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)))");
    }
    where.append(SqlCondition.and(condition));
    return where.toString();
  }

  private static java.util.Map<String, Object> bind(
      LocalDate start, LocalDate end, Integer level, Envelope bbox, SqlCondition condition) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("start", start);
    params.put("end", end);
    if (level != null) {
      params.put("level", level);
    }
    if (bbox != null) {
      params.put("minX", bbox.getMinX());
      params.put("minY", bbox.getMinY());
      params.put("maxX", bbox.getMaxX());
      params.put("maxY", bbox.getMaxY());
    }
    params.putAll(SqlCondition.parametersOf(condition));
    return params;
  }

  private static BoundaryLine map(ResultSet rs, int row) throws SQLException {
    return new BoundaryLine(
        rs.getLong("id"),
        rs.getInt("revision"),
        rs.getString("line_code"),
        DivisionLevel.ofNumber(rs.getInt("level")),
        rs.getString("left_code"),
        rs.getString("right_code"),
        (Long) rs.getObject("agreement_id"),
        (MultiLineString) Ewkb.read(rs.getBytes("geom")),
        LineOrigin.valueOf(rs.getString("origin")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        RecordStatus.valueOf(rs.getString("status")),
        rs.getString("remarks"),
        rs.getString("source"));
  }

  private static LineView mapView(ResultSet rs, int row) throws SQLException {
    return new LineView(
        map(rs, row),
        rs.getString("left_name"),
        rs.getString("right_name"),
        rs.getString("agreement_code"),
        rs.getString("agreement_title"));
  }

  private static List<String> codes(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}

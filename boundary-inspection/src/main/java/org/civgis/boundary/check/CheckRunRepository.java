package org.civgis.boundary.check;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.query.SqlCondition;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.FindingType;
import org.civgis.geo.topology.Severity;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores check runs and their findings; reads them back. Writes join the caller's transaction. */
public final class CheckRunRepository {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String RUN_COLUMNS =
      """
      id, scope_code, as_of, tolerances::text as tolerances, counts::text as counts, units_checked,
      lines_checked, markers_checked, duration_ms, created_by, started_at, finished_at
      """;
  private static final String FINDING_COLUMNS =
      """
      f.id, f.run_id, f.type, f.severity, f.subjects, f.subject_names, ST_AsEWKB(f.geom) as geom,
      f.measure, f.unit, f.zone_epsg, f.detail
      """;

  private final JdbcClient jdbc;

  public CheckRunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Which findings of a run: by type, severity, subject and box, a page in stored order; {@code
   * condition} is a further condition over {@code boundary.topology_finding f}, or {@code null}.
   */
  public record FindingQuery(
      long runId,
      FindingType type,
      Severity severity,
      String subject,
      Envelope bbox,
      int limit,
      long offset,
      SqlCondition condition) {
    public FindingQuery(
        long runId,
        FindingType type,
        Severity severity,
        String subject,
        Envelope bbox,
        int limit,
        long offset) {
      this(runId, type, severity, subject, bbox, limit, offset, null);
    }
  }

  public long startRun(String scopeCode, LocalDate asOf, CheckTolerances tolerances, String by) {
    return jdbc.sql(
            """
            insert into boundary.check_run (scope_code, as_of, tolerances, created_by)
            values (:scope, :asOf, cast(:tolerances as jsonb), :by) returning id
            """)
        .param("scope", scopeCode)
        .param("asOf", asOf)
        .param("tolerances", JSON.writeValueAsString(tolerances))
        .param("by", by)
        .query(Long.class)
        .single();
  }

  public void addFinding(long runId, org.civgis.geo.topology.Finding finding, List<String> names) {
    jdbc.sql(
            """
            insert into boundary.topology_finding
              (run_id, type, severity, subjects, subject_names, geom, measure, unit, zone_epsg, detail)
            values (:run, :type, :severity, string_to_array(:subjects, '|'),
                    string_to_array(:names, '|'), ST_GeomFromEWKB(cast(:geom as bytea)), :measure,
                    :unit, :zone, :detail)
            """)
        .param("run", runId)
        .param("type", finding.type().name())
        .param("severity", finding.severity().name())
        .param("subjects", String.join("|", finding.subjects()))
        .param("names", String.join("|", names.stream().map(n -> n.replace('|', '/')).toList()))
        .param("geom", Ewkb.write(finding.geometry()))
        .param("measure", finding.measure())
        .param("unit", finding.type().unit().name())
        .param("zone", finding.zoneEpsg())
        .param("detail", finding.detail())
        .update();
  }

  public void finishRun(
      long runId, Map<String, Integer> counts, int units, int lines, int markers, long ms) {
    jdbc.sql(
            """
            update boundary.check_run
               set counts = cast(:counts as jsonb), units_checked = :units, lines_checked = :lines,
                   markers_checked = :markers, duration_ms = :ms, finished_at = now()
             where id = :id
            """)
        .param("counts", JSON.writeValueAsString(counts))
        .param("units", units)
        .param("lines", lines)
        .param("markers", markers)
        .param("ms", ms)
        .param("id", runId)
        .update();
  }

  public Optional<CheckRun> run(long id) {
    return jdbc.sql("select " + RUN_COLUMNS + " from boundary.check_run where id = :id")
        .param("id", id)
        .query(CheckRunRepository::mapRun)
        .optional();
  }

  /** The latest finished run, of one scope if given. */
  public Optional<CheckRun> latest(String scopeCode) {
    return jdbc.sql(
            "select "
                + RUN_COLUMNS
                + " from boundary.check_run where finished_at is not null"
                + (scopeCode == null ? "" : " and scope_code = :scope")
                + " order by id desc limit 1")
        .params(scopeCode == null ? Map.of() : Map.of("scope", scopeCode))
        .query(CheckRunRepository::mapRun)
        .optional();
  }

  public List<CheckRun> recent(int limit) {
    return jdbc.sql(
            "select "
                + RUN_COLUMNS
                + " from boundary.check_run where finished_at is not null order by id desc limit :limit")
        .param("limit", limit)
        .query(CheckRunRepository::mapRun)
        .list();
  }

  public List<StoredFinding> findings(FindingQuery query) {
    return jdbc.sql(
            "select "
                + FINDING_COLUMNS
                + " from boundary.topology_finding f"
                + where(query)
                + " order by f.id limit :limit offset :offset")
        .params(bind(query))
        .param("limit", query.limit())
        .param("offset", query.offset())
        .query(CheckRunRepository::mapFinding)
        .list();
  }

  public long count(FindingQuery query) {
    return jdbc.sql("select count(*) from boundary.topology_finding f" + where(query))
        .params(bind(query))
        .query(Long.class)
        .single();
  }

  public Optional<StoredFinding> finding(long id) {
    return jdbc.sql(
            "select " + FINDING_COLUMNS + " from boundary.topology_finding f where f.id = :id")
        .param("id", id)
        .query(CheckRunRepository::mapFinding)
        .optional();
  }

  /** The CRS84 extent of a run's findings, or null. */
  public Envelope extent(long runId) {
    return jdbc.sql(
            """
            select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
              from (select ST_Extent(geom) as e from boundary.topology_finding where run_id = :run) x
             where e is not null
            """)
        .param("run", runId)
        .query(
            (rs, row) ->
                new Envelope(rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
        .optional()
        .orElse(null);
  }

  private static String where(FindingQuery q) {
    StringBuilder where = new StringBuilder(" where f.run_id = :run");
    if (q.type() != null) {
      where.append(" and f.type = :type");
    }
    if (q.severity() != null) {
      where.append(" and f.severity = :severity");
    }
    if (q.subject() != null) {
      where.append(" and :subject = any(f.subjects)");
    }
    if (q.bbox() != null) {
      // features without a geometry match any box (OGC API – Features); a box crossing the
      // antimeridian reaches beyond 180°: its rest lies from -180° on
      where.append(
          " and (f.geom is null or ST_Intersects(f.geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))"
              + " or ST_Intersects(f.geom, ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)))");
    }
    where.append(SqlCondition.and(q.condition()));
    return where.toString();
  }

  private static Map<String, Object> bind(FindingQuery q) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", q.runId());
    if (q.type() != null) {
      params.put("type", q.type().name());
    }
    if (q.severity() != null) {
      params.put("severity", q.severity().name());
    }
    if (q.subject() != null) {
      params.put("subject", q.subject());
    }
    if (q.bbox() != null) {
      params.put("minX", q.bbox().getMinX());
      params.put("minY", q.bbox().getMinY());
      params.put("maxX", q.bbox().getMaxX());
      params.put("maxY", q.bbox().getMaxY());
    }
    params.putAll(SqlCondition.parametersOf(q.condition()));
    return params;
  }

  private static CheckRun mapRun(ResultSet rs, int row) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new CheckRun(
        rs.getLong("id"),
        rs.getString("scope_code"),
        rs.getObject("as_of", LocalDate.class),
        JSON.readValue(rs.getString("tolerances"), CheckTolerances.class),
        JSON.readValue(
            rs.getString("counts"), new TypeReference<LinkedHashMap<String, Integer>>() {}),
        rs.getInt("units_checked"),
        rs.getInt("lines_checked"),
        rs.getInt("markers_checked"),
        (Long) rs.getObject("duration_ms"),
        rs.getString("created_by"),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }

  private static StoredFinding mapFinding(ResultSet rs, int row) throws SQLException {
    return new StoredFinding(
        rs.getLong("id"),
        rs.getLong("run_id"),
        FindingType.valueOf(rs.getString("type")),
        Severity.valueOf(rs.getString("severity")),
        strings(rs.getArray("subjects")),
        strings(rs.getArray("subject_names")),
        Ewkb.read(rs.getBytes("geom")),
        (Double) rs.getObject("measure"),
        FindingType.MeasureUnit.valueOf(rs.getString("unit")),
        (Integer) rs.getObject("zone_epsg"),
        rs.getString("detail"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}

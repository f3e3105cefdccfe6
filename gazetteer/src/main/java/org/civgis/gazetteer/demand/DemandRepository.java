package org.civgis.gazetteer.demand;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes demand points ({@code gazetteer.demand_point}); writes join the transaction. */
public final class DemandRepository {
  private static final String COLUMNS =
      """
      id, kind, code, name, division_code, population, population_60_plus, population_80_plus,
      estimated, estimate_note, ST_AsEWKB(geom) as geom, point_generated, source
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public DemandRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * The demand points whose division code starts with {@code divisionPrefix} ({@code null}: all),
   * of {@code kind} ({@code null}: both), inside {@code bbox} ({@code null}: anywhere), by code.
   */
  public List<DemandPoint> find(
      String divisionPrefix, DemandKind kind, Envelope bbox, int limit, long offset) {
    return find(divisionPrefix, kind, bbox, null, limit, offset);
  }

  /**
   * As {@link #find(String, DemandKind, Envelope, int, long)}, of the points that also meet {@code
   * condition} (over the columns of {@code gazetteer.demand_point}, or {@code null}).
   */
  public List<DemandPoint> find(
      String divisionPrefix,
      DemandKind kind,
      Envelope bbox,
      SqlCondition condition,
      int limit,
      long offset) {
    return bind(
            jdbc.sql(
                "select "
                    + COLUMNS
                    + " from gazetteer.demand_point where "
                    + WHERE
                    + SqlCondition.and(condition)
                    + " order by code limit :limit offset :offset"),
            divisionPrefix,
            kind,
            bbox,
            condition)
        .param("limit", limit)
        .param("offset", offset)
        .query(DemandRepository::map)
        .list();
  }

  /** How many points {@link #find} would give without a page. */
  public long count(String divisionPrefix, DemandKind kind, Envelope bbox) {
    return count(divisionPrefix, kind, bbox, null);
  }

  /** How many points {@link #find} would give without a page. */
  public long count(String divisionPrefix, DemandKind kind, Envelope bbox, SqlCondition condition) {
    return bind(
            jdbc.sql(
                "select count(*) from gazetteer.demand_point where "
                    + WHERE
                    + SqlCondition.and(condition)),
            divisionPrefix,
            kind,
            bbox,
            condition)
        .query(Long.class)
        .single();
  }

  /** The bounding box of every demand point; null if there are none. */
  public Envelope extent() {
    return jdbc.sql(
            "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select ST_Extent(geom) as e"
                + " from gazetteer.demand_point) x")
        .query(
            (rs, row) ->
                rs.getObject(1) == null
                    ? null
                    : new Envelope(
                        rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
        .optional()
        .orElse(null);
  }

  public Optional<DemandPoint> findByCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from gazetteer.demand_point where code = :code")
        .param("code", code)
        .query(DemandRepository::map)
        .optional();
  }

  /** Inserts many points in batches. */
  public void insertAll(List<DemandPoint> points) {
    template.batchUpdate(
        """
        insert into gazetteer.demand_point
          (kind, code, name, division_code, population, population_60_plus, population_80_plus,
           estimated, estimate_note, geom, point_generated, source)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromEWKB(?), ?, ?)
        """,
        points,
        500,
        DemandRepository::bind);
  }

  /** Deletes the rows of {@code sources}; how many. */
  public int deleteBySource(Collection<String> sources) {
    if (sources.isEmpty()) {
      return 0;
    }
    return jdbc.sql("delete from gazetteer.demand_point where source in (:sources)")
        .param("sources", sources)
        .update();
  }

  private static final String WHERE =
      """
      (cast(:prefix as text) is null or division_code like :prefix || '%')
      and (cast(:kind as text) is null or kind = :kind)
      and (cast(:minX as double precision) is null
           -- features without a geometry match any box (OGC API – Features)
           or geom is null
           -- a box crossing the antimeridian reaches beyond 180°: its rest lies from -180° on
           or ST_Intersects(geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))
           or ST_Intersects(geom, ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)))
      """;

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec spec,
      String prefix,
      DemandKind kind,
      Envelope bbox,
      SqlCondition condition) {
    for (var p : SqlCondition.parametersOf(condition).entrySet()) {
      spec = spec.param(p.getKey(), p.getValue());
    }
    return spec.param("prefix", prefix)
        .param("kind", kind == null ? null : kind.name())
        .param("minX", bbox == null ? null : bbox.getMinX())
        .param("minY", bbox == null ? null : bbox.getMinY())
        .param("maxX", bbox == null ? null : bbox.getMaxX())
        .param("maxY", bbox == null ? null : bbox.getMaxY());
  }

  private static void bind(PreparedStatement ps, DemandPoint d) throws SQLException {
    int i = 0;
    ps.setString(++i, d.kind().name());
    ps.setString(++i, d.code());
    ps.setString(++i, d.name());
    ps.setString(++i, d.divisionCode());
    ps.setInt(++i, d.population());
    ps.setInt(++i, d.population60Plus());
    ps.setInt(++i, d.population80Plus());
    ps.setBoolean(++i, d.estimated());
    ps.setString(++i, d.estimateNote());
    ps.setBytes(++i, Ewkb.write(d.point()));
    ps.setBoolean(++i, d.pointGenerated());
    ps.setString(++i, d.source());
  }

  static DemandPoint map(ResultSet rs, int row) throws SQLException {
    return new DemandPoint(
        rs.getLong("id"),
        DemandKind.valueOf(rs.getString("kind")),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("division_code"),
        rs.getInt("population"),
        rs.getInt("population_60_plus"),
        rs.getInt("population_80_plus"),
        rs.getBoolean("estimated"),
        rs.getString("estimate_note"),
        (Point) Ewkb.read(rs.getBytes("geom")),
        rs.getBoolean("point_generated"),
        rs.getString("source"));
  }
}

package org.civgis.boundary.division;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.Ewkb;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes division versions and division changes in the {@code boundary} schema.
 *
 * <p>Writes take part in the caller's transaction; this class opens none.
 */
public final class DivisionRepository {
  private static final String COLUMNS =
      """
      code, name, level, parent_code, lower(valid) as valid_from, upper(valid) as valid_to,
      ST_AsEWKB(geom) as geom, source
      """;

  private final JdbcClient jdbc;

  public DivisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The divisions matching {@code query}, one version per code (the latest one that overlaps the
   * period), in code order.
   */
  public List<Division> find(DivisionQuery query) {
    Filter filter = Filter.of(query);
    String sql =
        "select distinct on (code) "
            + COLUMNS
            + " from boundary.division_version where "
            + filter.where
            + " order by code, lower(valid) desc nulls last limit :limit offset :offset";
    return filter
        .bind(jdbc.sql(sql))
        .param("limit", query.limit())
        .param("offset", query.offset())
        .query(DivisionRepository::mapDivision)
        .list();
  }

  /** How many divisions match {@code query} regardless of its limit and offset. */
  public long count(DivisionQuery query) {
    Filter filter = Filter.of(query);
    String sql = "select count(distinct code) from boundary.division_version where " + filter.where;
    return filter.bind(jdbc.sql(sql)).query(Long.class).single();
  }

  /**
   * The CGCS2000 longitude/latitude extent of the geometries of the divisions valid on {@code
   * date}, or {@code null} when none has a geometry.
   */
  public Envelope extent(LocalDate date) {
    return jdbc.sql(
            """
            select ST_XMin(e) as min_x, ST_YMin(e) as min_y, ST_XMax(e) as max_x, ST_YMax(e) as max_y
              from (select ST_Extent(geom) as e from boundary.division_version
                     where valid @> cast(:date as date)) extent
             where e is not null
            """)
        .param("date", date)
        .query(
            (rs, row) ->
                new Envelope(
                    rs.getDouble("min_x"),
                    rs.getDouble("max_x"),
                    rs.getDouble("min_y"),
                    rs.getDouble("max_y")))
        .optional()
        .orElse(null);
  }

  /** The version of division {@code code} valid on {@code date}. */
  public Optional<Division> findByCode(String code, LocalDate date) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from boundary.division_version where code = :code and valid @> cast(:date as date)")
        .param("code", code)
        .param("date", date)
        .query(DivisionRepository::mapDivision)
        .optional();
  }

  /** All versions of division {@code code}, oldest first. */
  public List<Division> history(String code) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from boundary.division_version where code = :code"
                + " order by lower(valid) nulls first")
        .param("code", code)
        .query(DivisionRepository::mapDivision)
        .list();
  }

  /** The changes that involve {@code code} on either side, oldest first. */
  public List<DivisionChange> changesOf(String code) {
    return jdbc.sql(
            """
            select kind, effective_date, effective_date_note, from_codes, to_codes, description, source
              from boundary.division_change
             where :code = any(from_codes) or :code = any(to_codes)
             order by effective_date, id
            """)
        .param("code", code)
        .query(DivisionRepository::mapChange)
        .list();
  }

  /** Stores a version; the database refuses one that overlaps another version of its code. */
  public void insert(Division division) {
    jdbc.sql(
            """
            insert into boundary.division_version
              (code, name, level, parent_code, valid, geom, source)
            values (:code, :name, :level, :parentCode,
                    daterange(cast(:validFrom as date), cast(:validTo as date), '[)'),
                    ST_Multi(ST_GeomFromEWKB(cast(:geom as bytea))), :source)
            """)
        .param("code", division.code())
        .param("name", division.name())
        .param("level", division.level().number())
        .param("parentCode", division.parentCode())
        .param("validFrom", division.validFrom())
        .param("validTo", division.validTo())
        .param("geom", Ewkb.write(requireRecordCrs(division)))
        .param("source", division.source())
        .update();
  }

  /** Stores a change. */
  public void insert(DivisionChange change) {
    jdbc.sql(
            """
            insert into boundary.division_change
              (kind, effective_date, effective_date_note, from_codes, to_codes, description, source)
            values (:kind, :effectiveDate, :note,
                    string_to_array(:fromCodes, ','), string_to_array(:toCodes, ','),
                    :description, :source)
            """)
        .param("kind", change.kind().name())
        .param("effectiveDate", change.effectiveDate())
        .param("note", change.effectiveDateNote())
        .param("fromCodes", String.join(",", change.fromCodes()))
        .param("toCodes", String.join(",", change.toCodes()))
        .param("description", change.description())
        .param("source", change.source())
        .update();
  }

  /** Removes the versions and changes attested by any of {@code sources}; returns the rows. */
  public int deleteBySource(Collection<String> sources) {
    if (sources.isEmpty()) {
      return 0;
    }
    List<String> names = List.copyOf(sources);
    int versions =
        jdbc.sql("delete from boundary.division_version where source in (:sources)")
            .param("sources", names)
            .update();
    int changes =
        jdbc.sql("delete from boundary.division_change where source in (:sources)")
            .param("sources", names)
            .update();
    return versions + changes;
  }

  private static org.locationtech.jts.geom.Geometry requireRecordCrs(Division division) {
    if (division.geometry() != null && division.geometry().getSRID() != Srid.CGCS2000) {
      throw new IllegalArgumentException(
          "geometry of "
              + division.code()
              + " must be in CGCS2000 (EPSG:4490), not EPSG:"
              + division.geometry().getSRID());
    }
    return division.geometry();
  }

  private static Division mapDivision(ResultSet rs, int row) throws SQLException {
    return new Division(
        rs.getString("code"),
        rs.getString("name"),
        DivisionLevel.ofNumber(rs.getInt("level")),
        rs.getString("parent_code"),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        Ewkb.read(rs.getBytes("geom")),
        rs.getString("source"));
  }

  private static DivisionChange mapChange(ResultSet rs, int row) throws SQLException {
    return new DivisionChange(
        DivisionChange.Kind.valueOf(rs.getString("kind")),
        rs.getObject("effective_date", LocalDate.class),
        rs.getString("effective_date_note"),
        codes(rs.getArray("from_codes")),
        codes(rs.getArray("to_codes")),
        rs.getString("description"),
        rs.getString("source"));
  }

  private static List<String> codes(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }

  /** The where clause of a query and the parameters it names; values are always bound. */
  private record Filter(String where, DivisionQuery query) {
    static Filter of(DivisionQuery query) {
      StringBuilder where =
          new StringBuilder(
              "valid && daterange(cast(:validStart as date), cast(:validEnd as date), '[]')");
      if (query.code() != null) {
        where.append(" and code = :code");
      }
      if (query.level() != null) {
        where.append(" and level = :level");
      }
      if (query.parentCode() != null) {
        where.append(" and parent_code = :parentCode");
      }
      if (query.bbox() != null) {
        where.append(
            " and geom && ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490)"
                + " and ST_Intersects(geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))");
      }
      return new Filter(where.toString(), query);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
      spec = spec.param("validStart", query.validStart()).param("validEnd", query.validEnd());
      if (query.code() != null) {
        spec = spec.param("code", query.code());
      }
      if (query.level() != null) {
        spec = spec.param("level", query.level().number());
      }
      if (query.parentCode() != null) {
        spec = spec.param("parentCode", query.parentCode());
      }
      if (query.bbox() != null) {
        spec =
            spec.param("minX", query.bbox().getMinX())
                .param("minY", query.bbox().getMinY())
                .param("maxX", query.bbox().getMaxX())
                .param("maxY", query.bbox().getMaxY());
      }
      return spec;
    }
  }
}

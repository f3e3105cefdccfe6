package org.civgis.boundary.division;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.Ewkb;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes division versions and division changes in the {@code boundary} schema.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Writes take part in the caller's transaction; this class opens none.
 *   <li>Withdrawn versions are never found; drafts only when a query asks for them.
 *   <li>An edit succeeds only against the revision it was based on (optimistic locking): {@link
 *       #update} and {@link #close} return empty/false when the row has moved on.
 * </ol>
 */
public final class DivisionRepository {
  private static final String COLUMNS =
      """
      id, revision, code, name, level, parent_code, lower(valid) as valid_from,
      upper(valid) as valid_to, ST_AsEWKB(geom) as geom, source, status, remarks
      """;

  /**
   * The properties a {@link DivisionQuery.Condition} may use, by their public (OGC) name: the SQL
   * column expression and its kind ({@code STRING}, {@code INTEGER}, {@code DATE}, {@code
   * GEOMETRY}). The geometry is CGCS2000 (SRID 4490).
   */
  public static final Map<String, Map.Entry<String, String>> QUERYABLES =
      queryables(
          "code",
          "code",
          "STRING",
          "name",
          "name",
          "STRING",
          "level",
          "level",
          "INTEGER",
          "parentCode",
          "parent_code",
          "STRING",
          "status",
          "status",
          "STRING",
          "remarks",
          "remarks",
          "STRING",
          "validFrom",
          "lower(valid)",
          "DATE",
          "validTo",
          "upper(valid)",
          "DATE",
          "geometry",
          "geom",
          "GEOMETRY");

  private final JdbcClient jdbc;

  public DivisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The divisions matching {@code query}, one version per code (the latest one that overlaps the
   * period), in code order.
   */
  public List<Division> find(DivisionQuery query) {
    return findVersions(query).stream().map(DivisionVersion::division).toList();
  }

  /** As {@link #find}, with the versions' ids and revisions. */
  public List<DivisionVersion> findVersions(DivisionQuery query) {
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
        .query(DivisionRepository::mapVersion)
        .list();
  }

  /** How many divisions match {@code query} regardless of its limit and offset. */
  public long count(DivisionQuery query) {
    Filter filter = Filter.of(query);
    String sql = "select count(distinct code) from boundary.division_version where " + filter.where;
    return filter.bind(jdbc.sql(sql)).query(Long.class).single();
  }

  /**
   * The CGCS2000 longitude/latitude extent of the geometries of the published divisions valid on
   * {@code date}, or {@code null} when none has a geometry.
   */
  public Envelope extent(LocalDate date) {
    return jdbc.sql(
            """
            select ST_XMin(e) as min_x, ST_YMin(e) as min_y, ST_XMax(e) as max_x, ST_YMax(e) as max_y
              from (select ST_Extent(geom) as e from boundary.division_version
                     where valid @> cast(:date as date) and status = 'PUBLISHED') extent
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

  /**
   * The code of the finest published division valid on {@code date} whose polygon covers {@code
   * point} (CGCS2000 lon/lat): a community where communities have polygons, else a county; empty
   * outside every polygon.
   */
  public Optional<String> finestCovering(org.locationtech.jts.geom.Point point, LocalDate date) {
    return jdbc.sql(
            """
            select code from boundary.division_version
             where valid @> cast(:date as date) and status = 'PUBLISHED' and geom is not null
               and ST_Covers(geom, ST_GeomFromEWKB(cast(:point as bytea)))
             order by level desc, code limit 1
            """)
        .param("date", date)
        .param("point", org.civgis.geo.geom.Ewkb.write(point))
        .query(String.class)
        .optional();
  }

  /** The names of the published divisions among {@code codes} valid on {@code date}, by code. */
  public Map<String, String> namesOf(Collection<String> codes, LocalDate date) {
    Map<String, String> names = new LinkedHashMap<>();
    if (codes.isEmpty()) {
      return names;
    }
    jdbc.sql(
            """
            select code, name from boundary.division_version
             where code in (:codes) and valid @> cast(:date as date) and status = 'PUBLISHED'
            """)
        .param("codes", codes)
        .param("date", date)
        .query((rs, row) -> names.put(rs.getString(1), rs.getString(2)))
        .list();
    return names;
  }

  /** The published version of division {@code code} valid on {@code date}. */
  public Optional<Division> findByCode(String code, LocalDate date) {
    return findVersion(code, date, false).map(DivisionVersion::division);
  }

  /** The version of division {@code code} valid on {@code date}, drafts included if asked. */
  public Optional<DivisionVersion> findVersion(String code, LocalDate date, boolean includeDrafts) {
    return findVersions(DivisionQuery.asOf(date, 1).withCode(code).withDrafts(includeDrafts))
        .stream()
        .findFirst();
  }

  /** All versions of division {@code code} that were ever published or drafted, oldest first. */
  public List<Division> history(String code) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from boundary.division_version where code = :code and status <> 'WITHDRAWN'"
                + " order by lower(valid) nulls first")
        .param("code", code)
        .query(DivisionRepository::mapVersion)
        .list()
        .stream()
        .map(DivisionVersion::division)
        .toList();
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

  /**
   * Stores a new version at revision 1; the database refuses one that overlaps another version of
   * its code.
   */
  public DivisionVersion insert(Division division) {
    long id =
        jdbc.sql(
                """
                insert into boundary.division_version
                  (code, name, level, parent_code, valid, geom, source, status, remarks)
                values (:code, :name, :level, :parentCode,
                        daterange(cast(:validFrom as date), cast(:validTo as date), '[)'),
                        ST_Multi(ST_GeomFromEWKB(cast(:geom as bytea))), :source, :status, :remarks)
                returning id
                """)
            .param("code", division.code())
            .param("name", division.name())
            .param("level", division.level().number())
            .param("parentCode", division.parentCode())
            .param("validFrom", division.validFrom())
            .param("validTo", division.validTo())
            .param("geom", Ewkb.write(requireRecordCrs(division.code(), division.geometry())))
            .param("source", division.source())
            .param("status", division.status().name())
            .param("remarks", division.remarks())
            .query(Long.class)
            .single();
    return new DivisionVersion(id, 1, division);
  }

  /**
   * Replaces the name, geometry, status and remarks of version {@code id} if it is still at {@code
   * expectedRevision}; returns the new revision, or empty when the row has moved on or is gone.
   */
  public Optional<DivisionVersion> update(long id, int expectedRevision, Division edited) {
    return jdbc.sql(
            "update boundary.division_version"
                + "   set name = :name, geom = ST_Multi(ST_GeomFromEWKB(cast(:geom as bytea))),"
                + "       status = :status, remarks = :remarks, revision = revision + 1"
                + " where id = :id and revision = :revision and status <> 'WITHDRAWN'"
                + " returning "
                + COLUMNS)
        .param("name", edited.name())
        .param("geom", Ewkb.write(requireRecordCrs(edited.code(), edited.geometry())))
        .param("status", edited.status().name())
        .param("remarks", edited.remarks())
        .param("id", id)
        .param("revision", expectedRevision)
        .query(DivisionRepository::mapVersion)
        .optional();
  }

  /**
   * Ends version {@code id} on {@code day} if it is still at {@code expectedRevision}: its validity
   * closes the day before; a version that starts on {@code day} is withdrawn instead. Returns
   * whether the row was changed.
   */
  public boolean close(long id, int expectedRevision, LocalDate day) {
    return DatedVersions.close(jdbc, "boundary.division_version", id, expectedRevision, day);
  }

  /** Stores a change; returns its row id. */
  public long insert(DivisionChange change) {
    return jdbc.sql(
            """
            insert into boundary.division_change
              (kind, effective_date, effective_date_note, from_codes, to_codes, description, source)
            values (:kind, :effectiveDate, :note,
                    string_to_array(:fromCodes, ','), string_to_array(:toCodes, ','),
                    :description, :source)
            returning id
            """)
        .param("kind", change.kind().name())
        .param("effectiveDate", change.effectiveDate())
        .param("note", change.effectiveDateNote())
        .param("fromCodes", String.join(",", change.fromCodes()))
        .param("toCodes", String.join(",", change.toCodes()))
        .param("description", change.description())
        .param("source", change.source())
        .query(Long.class)
        .single();
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

  private static Map<String, Map.Entry<String, String>> queryables(String... triples) {
    Map<String, Map.Entry<String, String>> map = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      map.put(triples[i], Map.entry(triples[i + 1], triples[i + 2]));
    }
    return Collections.unmodifiableMap(map);
  }

  private static Geometry requireRecordCrs(String code, Geometry geometry) {
    if (geometry != null && geometry.getSRID() != Srid.CGCS2000) {
      throw new IllegalArgumentException(
          "geometry of "
              + code
              + " must be in CGCS2000 (EPSG:4490), not EPSG:"
              + geometry.getSRID());
    }
    return geometry;
  }

  private static DivisionVersion mapVersion(ResultSet rs, int row) throws SQLException {
    return new DivisionVersion(
        rs.getLong("id"),
        rs.getInt("revision"),
        new Division(
            rs.getString("code"),
            rs.getString("name"),
            DivisionLevel.ofNumber(rs.getInt("level")),
            rs.getString("parent_code"),
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class),
            Ewkb.read(rs.getBytes("geom")),
            rs.getString("source"),
            RecordStatus.valueOf(rs.getString("status")),
            rs.getString("remarks")));
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
      where.append(
          query.includeDrafts() ? " and status <> 'WITHDRAWN'" : " and status = 'PUBLISHED'");
      if (query.code() != null) {
        where.append(" and code = :code");
      }
      if (query.level() != null) {
        where.append(" and level = :level");
      }
      if (query.parentCode() != null) {
        where.append(" and parent_code = :parentCode");
      }
      if (query.condition() != null) {
        where.append(" and (").append(query.condition().sql()).append(")");
      }
      if (query.bbox() != null) {
        // features without a geometry match any box (OGC API – Features); a box crossing the
        // antimeridian reaches beyond 180°: its rest lies from -180° on
        where.append(
            " and (geom is null"
                + " or geom && ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490)"
                + " and ST_Intersects(geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))"
                + " or geom && ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)"
                + " and ST_Intersects(geom, ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)))");
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
      if (query.condition() != null) {
        for (Map.Entry<String, Object> p : query.condition().parameters().entrySet()) {
          spec = spec.param(p.getKey(), p.getValue());
        }
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

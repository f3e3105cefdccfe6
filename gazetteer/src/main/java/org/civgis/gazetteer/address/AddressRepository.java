package org.civgis.gazetteer.address;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes standard addresses in the {@code gazetteer} schema. Writes join the caller's
 * transaction; updates succeed only against the revision they were based on.
 */
public final class AddressRepository {
  static final String COLUMNS =
      """
      id, revision, code, kind, county_code, county_name, township_code, township_name,
      community_code, community_name, road_code, road_name_id, road_name, house_number,
      house_number_suffix, compound_name, building, unit, room, floor, ST_AsEWKB(geom) as geom,
      point_generated, status, lower(valid) as valid_from, upper(valid) as valid_to, supersedes_id,
      source
      """;

  private static final String INSERT =
      """
      insert into gazetteer.address
        (id, code, kind, county_code, county_name, township_code, township_name, community_code,
         community_name, road_code, road_name_id, road_name, house_number, house_number_suffix,
         compound_name, building, unit, room, floor, text, geom, point_generated, status, valid,
         supersedes_id, source)
      overriding system value
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              ST_GeomFromEWKB(?), ?, ?, cast(? as daterange), ?, ?)
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public AddressRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** {@code count} new row ids, in increasing order, for rows to be inserted with them. */
  public long[] reserveIds(int count) {
    return template
        .queryForList(
            "select nextval(pg_get_serial_sequence('gazetteer.address', 'id'))"
                + " from generate_series(1, ?)",
            Long.class,
            count)
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }

  /** Inserts addresses whose ids were reserved ({@link #reserveIds}), in one batch. */
  public void insertAll(List<StandardAddress> addresses) {
    template.batchUpdate(
        INSERT, addresses, 1000, (PreparedStatement ps, StandardAddress a) -> bind(ps, a));
  }

  /** Inserts one address at revision 1 with a new id; returns it as stored. */
  public StandardAddress insert(StandardAddress address) {
    long id = reserveIds(1)[0];
    StandardAddress withId = address.stored(id, 1);
    insertAll(List.of(withId));
    return findById(id).orElseThrow();
  }

  public Optional<StandardAddress> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from gazetteer.address where id = :id")
        .param("id", id)
        .query(AddressRepository::map)
        .optional();
  }

  /** The current version of address {@code code}. */
  public Optional<StandardAddress> currentByCode(String code) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from gazetteer.address where code = :code and status = 'CURRENT'")
        .param("code", code)
        .query(AddressRepository::map)
        .optional();
  }

  /** Every version of address {@code code}, oldest first. */
  public List<StandardAddress> history(String code) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from gazetteer.address where code = :code"
                + " order by lower(valid) nulls first, id")
        .param("code", code)
        .query(AddressRepository::map)
        .list();
  }

  /** The versions that supersede version {@code id} (normally one). */
  public List<StandardAddress> successors(long id) {
    return jdbc.sql(
            "select " + COLUMNS + " from gazetteer.address where supersedes_id = :id order by id")
        .param("id", id)
        .query(AddressRepository::map)
        .list();
  }

  /** The current addresses made with the road name version {@code roadNameId}. */
  public List<StandardAddress> currentOnRoadName(long roadNameId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from gazetteer.address where road_name_id = :id and status = 'CURRENT'"
                + " order by id")
        .param("id", roadNameId)
        .query(AddressRepository::map)
        .list();
  }

  /** The current addresses of the road {@code roadCode}, of one kind or all. */
  public List<StandardAddress> currentOnRoad(String roadCode, AddressKind kind) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from gazetteer.address where road_code = :road and status = 'CURRENT'"
                + " and (cast(:kind as text) is null or kind = :kind)"
                + " order by house_number, house_number_suffix, id")
        .param("road", roadCode)
        .param("kind", kind == null ? null : kind.name())
        .query(AddressRepository::map)
        .list();
  }

  /** Every current address, for the geocoder's index. */
  public List<StandardAddress> allCurrent() {
    return jdbc.sql(
            "select " + COLUMNS + " from gazetteer.address where status = 'CURRENT' order by id")
        .query(AddressRepository::map)
        .list();
  }

  /** The addresses matching {@code query}, in code order. */
  public List<StandardAddress> find(AddressQuery query) {
    return bindQuery(
            jdbc.sql(
                "select "
                    + COLUMNS
                    + " from gazetteer.address where "
                    + where(query)
                    + " order by code, id limit :limit offset :offset"),
            query)
        .param("limit", query.limit())
        .param("offset", query.offset())
        .query(AddressRepository::map)
        .list();
  }

  /** How many addresses match {@code query} regardless of paging. */
  public long count(AddressQuery query) {
    return bindQuery(
            jdbc.sql("select count(*) from gazetteer.address where " + where(query)), query)
        .query(Long.class)
        .single();
  }

  /** The CRS84 extent of the current addresses, or {@code null}. */
  public Envelope extent() {
    return jdbc.sql(
            "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from"
                + " (select ST_Extent(geom) as e from gazetteer.address where status = 'CURRENT') x")
        .query(
            (rs, row) ->
                rs.getObject(1) == null
                    ? null
                    : new Envelope(
                        rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
        .optional()
        .orElse(null);
  }

  private static String where(AddressQuery query) {
    StringBuilder where = new StringBuilder("valid @> cast(:day as date)");
    if (query.divisionPrefix() != null) {
      where.append(" and community_code like :prefix || '%'");
    }
    if (query.roadCode() != null) {
      where.append(" and road_code = :road");
    }
    if (query.kind() != null) {
      where.append(" and kind = :kind");
    }
    if (query.text() != null) {
      where.append(" and text like '%' || :text || '%'");
    }
    if (query.bbox() != null) {
      // features without a geometry match any box (OGC API – Features); a box crossing the
      // antimeridian reaches beyond 180°: its rest lies from -180° on
      where.append(
          " and (geom is null or ST_Intersects(geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))"
              + " or ST_Intersects(geom, ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)))");
    }
    where.append(SqlCondition.and(query.condition()));
    return where.toString();
  }

  private static JdbcClient.StatementSpec bindQuery(
      JdbcClient.StatementSpec spec, AddressQuery query) {
    spec = spec.param("day", query.day());
    if (query.divisionPrefix() != null) {
      spec = spec.param("prefix", query.divisionPrefix());
    }
    if (query.roadCode() != null) {
      spec = spec.param("road", query.roadCode());
    }
    if (query.kind() != null) {
      spec = spec.param("kind", query.kind().name());
    }
    if (query.text() != null) {
      spec = spec.param("text", query.text().replace("%", "").replace("_", ""));
    }
    if (query.bbox() != null) {
      spec =
          spec.param("minX", query.bbox().getMinX())
              .param("minY", query.bbox().getMinY())
              .param("maxX", query.bbox().getMaxX())
              .param("maxY", query.bbox().getMaxY());
    }
    for (var p : SqlCondition.parametersOf(query.condition()).entrySet()) {
      spec = spec.param(p.getKey(), p.getValue());
    }
    return spec;
  }

  /**
   * Closes version {@code expected} with {@code status} on {@code day} if it is still at its
   * revision; returns the closed version, or empty when it has moved on.
   */
  public Optional<StandardAddress> close(
      StandardAddress expected, AddressStatus status, LocalDate day) {
    int rows =
        jdbc.sql(
                """
                update gazetteer.address
                   set status = :status, valid = daterange(lower(valid), :day, '[)'),
                       revision = revision + 1
                 where id = :id and revision = :revision and status = 'CURRENT'
                """)
            .param("status", status.name())
            .param("day", day)
            .param("id", expected.id())
            .param("revision", expected.revision())
            .update();
    return rows == 1 ? findById(expected.id()) : Optional.empty();
  }

  /**
   * Moves the point of version {@code expected} (a correction, no new version) if it is still at
   * its revision; returns the stored result, or empty when it has moved on.
   */
  public Optional<StandardAddress> movePoint(StandardAddress expected, Point point) {
    int rows =
        jdbc.sql(
                """
                update gazetteer.address
                   set geom = ST_GeomFromEWKB(cast(:geom as bytea)), point_generated = false,
                       revision = revision + 1
                 where id = :id and revision = :revision
                """)
            .param("geom", Ewkb.write(point))
            .param("id", expected.id())
            .param("revision", expected.revision())
            .update();
    return rows == 1 ? findById(expected.id()) : Optional.empty();
  }

  /**
   * The next code of {@code kind} in division {@code divisionCode}: one more than any code used
   * there so far.
   */
  public String nextCode(String divisionCode, AddressKind kind) {
    int next =
        jdbc.sql(
                """
                insert into gazetteer.address_code_sequence (division_code, kind, last_value)
                values (:division, :kind,
                        1 + coalesce((select max(cast(substr(code, 14) as integer))
                                        from gazetteer.address
                                       where code like :division || :digit || '%'), 0))
                on conflict (division_code, kind)
                do update set last_value = gazetteer.address_code_sequence.last_value + 1
                returning last_value
                """)
            .param("division", divisionCode)
            .param("kind", kind.name())
            .param("digit", String.valueOf(kind.digit()))
            .query(Integer.class)
            .single();
    return AddressCode.of(divisionCode, kind, next);
  }

  /** Forgets the code sequences (after a load replaced the addresses they count). */
  public void resetCodeSequences() {
    jdbc.sql("delete from gazetteer.address_code_sequence").update();
  }

  private static void bind(PreparedStatement ps, StandardAddress a) throws SQLException {
    if (a.point().getSRID() != Srid.CGCS2000) {
      throw new IllegalArgumentException("address points must be in CGCS2000 (EPSG:4490)");
    }
    DivisionChain d = a.divisions();
    int i = 0;
    ps.setLong(++i, a.id());
    ps.setString(++i, a.code());
    ps.setString(++i, a.kind().name());
    ps.setString(++i, d.countyCode());
    ps.setString(++i, d.countyName());
    ps.setString(++i, d.townshipCode());
    ps.setString(++i, d.townshipName());
    ps.setString(++i, d.communityCode());
    ps.setString(++i, d.communityName());
    ps.setString(++i, a.roadCode());
    ps.setLong(++i, a.roadNameId());
    ps.setString(++i, a.roadName());
    ps.setInt(++i, a.houseNumber().value());
    ps.setString(++i, a.houseNumber().suffix());
    ps.setString(++i, a.compoundName());
    ps.setString(++i, a.building());
    ps.setString(++i, a.unit());
    ps.setString(++i, a.room());
    if (a.floor() == null) {
      ps.setNull(++i, Types.SMALLINT);
    } else {
      ps.setInt(++i, a.floor());
    }
    ps.setString(++i, a.text());
    ps.setBytes(++i, Ewkb.write(a.point()));
    ps.setBoolean(++i, a.pointGenerated());
    ps.setString(++i, a.status().name());
    ps.setString(++i, range(a.validFrom(), a.validTo()));
    if (a.supersedesId() == null) {
      ps.setNull(++i, Types.BIGINT);
    } else {
      ps.setLong(++i, a.supersedesId());
    }
    ps.setString(++i, a.source());
  }

  /** A daterange literal [from, to); a missing end is unbounded. */
  private static String range(LocalDate from, LocalDate to) {
    return (from == null ? "(" : "[" + from) + "," + (to == null ? "" : to.toString()) + ")";
  }

  static StandardAddress map(ResultSet rs, int row) throws SQLException {
    Long supersedes = rs.getObject("supersedes_id", Long.class);
    Integer floor = rs.getObject("floor", Integer.class);
    return new StandardAddress(
        rs.getLong("id"),
        rs.getInt("revision"),
        rs.getString("code"),
        AddressKind.valueOf(rs.getString("kind")),
        new DivisionChain(
            rs.getString("county_code"),
            rs.getString("county_name"),
            rs.getString("township_code"),
            rs.getString("township_name"),
            rs.getString("community_code"),
            rs.getString("community_name")),
        rs.getString("road_code"),
        rs.getLong("road_name_id"),
        rs.getString("road_name"),
        new HouseNumber(rs.getInt("house_number"), rs.getString("house_number_suffix")),
        rs.getString("compound_name"),
        rs.getString("building"),
        rs.getString("unit"),
        rs.getString("room"),
        floor,
        (Point) Ewkb.read(rs.getBytes("geom")),
        rs.getBoolean("point_generated"),
        AddressStatus.valueOf(rs.getString("status")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        supersedes,
        rs.getString("source"));
  }
}

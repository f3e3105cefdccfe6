package org.civgis.gazetteer.facility;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes the facility registry ({@code gazetteer.facility}). Writes join the caller's
 * transaction; an edit or removal succeeds only against the revision it was based on. A removed
 * facility keeps its row ({@code removed_at}) and is no longer found.
 */
public final class FacilityRepository {
  private static final String COLUMNS =
      """
      id, revision, name, facility_type, address, capacity, beds, nursing_beds, operator,
      opened_on, status, division_code, ST_AsEWKB(geom) as geom, point_generated, source
      """;

  private static final String INSERT =
      """
      insert into gazetteer.facility
        (name, facility_type, address, capacity, beds, nursing_beds, operator, opened_on, status,
         division_code, geom, point_generated, source)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromEWKB(?), ?, ?)
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public FacilityRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The facilities matching {@code query}, by id. */
  public List<Facility> find(FacilityQuery query) {
    Filter filter = Filter.of(query);
    return filter
        .bind(
            jdbc.sql(
                "select "
                    + COLUMNS
                    + " from gazetteer.facility where "
                    + filter.where
                    + " order by id limit :limit offset :offset"))
        .param("limit", query.limit())
        .param("offset", query.offset())
        .query(FacilityRepository::map)
        .list();
  }

  /** How many facilities match {@code query} (ignoring its page). */
  public long count(FacilityQuery query) {
    Filter filter = Filter.of(query);
    return filter
        .bind(jdbc.sql("select count(*) from gazetteer.facility where " + filter.where))
        .query(Long.class)
        .single();
  }

  /** The extent of the registry (CGCS2000 lon/lat), or {@code null} when empty. */
  public Envelope extent() {
    return jdbc.sql(
            "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select ST_Extent(geom) e"
                + " from gazetteer.facility where removed_at is null) x")
        .query(
            (rs, row) ->
                rs.getObject(1) == null
                    ? null
                    : new Envelope(
                        rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
        .single();
  }

  /** The facility {@code id} unless removed. */
  public Optional<Facility> findById(long id) {
    return jdbc.sql(
            "select " + COLUMNS + " from gazetteer.facility where id = :id and removed_at is null")
        .param("id", id)
        .query(FacilityRepository::map)
        .optional();
  }

  /** Inserts {@code facility} (its id and revision are ignored); returns it as stored. */
  public Facility insert(Facility facility) {
    long id =
        jdbc.sql(
                """
                insert into gazetteer.facility
                  (name, facility_type, address, capacity, beds, nursing_beds, operator, opened_on,
                   status, division_code, geom, point_generated, source)
                values (:name, :type, :address, :capacity, :beds, :nursingBeds, :operator,
                        :openedOn, :status, :division, ST_GeomFromEWKB(cast(:geom as bytea)),
                        :generated, :source)
                returning id
                """)
            .params(params(facility))
            .query(Long.class)
            .single();
    return findById(id).orElseThrow();
  }

  /** Inserts many facilities in batches (imports, the demo); ids come from the table. */
  public void insertAll(List<Facility> facilities) {
    template.batchUpdate(INSERT, facilities, 500, FacilityRepository::bind);
  }

  /**
   * Writes {@code edited} over facility {@code expected} if it is still at its revision; returns
   * the stored facility, or empty when the row has moved on (or was removed).
   */
  public Optional<Facility> update(Facility expected, Facility edited) {
    int rows =
        jdbc.sql(
                """
                update gazetteer.facility set
                  name = :name, facility_type = :type, address = :address, capacity = :capacity,
                  beds = :beds, nursing_beds = :nursingBeds, operator = :operator,
                  opened_on = :openedOn, status = :status, division_code = :division,
                  geom = ST_GeomFromEWKB(cast(:geom as bytea)), point_generated = :generated,
                  revision = revision + 1, updated_at = now()
                 where id = :id and revision = :revision and removed_at is null
                """)
            .params(params(edited))
            .param("id", expected.id())
            .param("revision", expected.revision())
            .update();
    return rows == 1 ? findById(expected.id()) : Optional.empty();
  }

  /** Removes facility {@code expected} if it is still at its revision; whether it was. */
  public boolean remove(Facility expected) {
    return jdbc.sql(
                """
                update gazetteer.facility set removed_at = now(), revision = revision + 1
                 where id = :id and revision = :revision and removed_at is null
                """)
            .param("id", expected.id())
            .param("revision", expected.revision())
            .update()
        == 1;
  }

  /** Deletes the rows of {@code sources} for good (reloading the demo); how many. */
  public int deleteBySource(Collection<String> sources) {
    if (sources.isEmpty()) {
      return 0;
    }
    return jdbc.sql("delete from gazetteer.facility where source in (:sources)")
        .param("sources", sources)
        .update();
  }

  /** How many facilities (not removed) there are of each type, for reports. */
  public Map<FacilityType, Long> countByType() {
    Map<FacilityType, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            "select facility_type, count(*) from gazetteer.facility where removed_at is null"
                + " group by facility_type order by 1")
        .query((rs, row) -> counts.put(FacilityType.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return counts;
  }

  private static Map<String, Object> params(Facility f) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", f.name().strip());
    p.put("type", f.type().name());
    p.put("address", f.address());
    p.put("capacity", f.capacity());
    p.put("beds", f.beds());
    p.put("nursingBeds", f.nursingBeds());
    p.put("operator", f.operator().name());
    p.put("openedOn", f.openedOn());
    p.put("status", f.status().name());
    p.put("division", f.divisionCode());
    p.put("geom", Ewkb.write(f.point()));
    p.put("generated", f.pointGenerated());
    p.put("source", f.source());
    return p;
  }

  private static void bind(PreparedStatement ps, Facility f) throws SQLException {
    int i = 0;
    ps.setString(++i, f.name().strip());
    ps.setString(++i, f.type().name());
    ps.setString(++i, f.address());
    setInteger(ps, ++i, f.capacity());
    setInteger(ps, ++i, f.beds());
    setInteger(ps, ++i, f.nursingBeds());
    ps.setString(++i, f.operator().name());
    ps.setObject(++i, f.openedOn() == null ? null : Date.valueOf(f.openedOn()), Types.DATE);
    ps.setString(++i, f.status().name());
    ps.setString(++i, f.divisionCode());
    ps.setBytes(++i, Ewkb.write(f.point()));
    ps.setBoolean(++i, f.pointGenerated());
    ps.setString(++i, f.source());
  }

  private static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, value);
    }
  }

  static Facility map(ResultSet rs, int row) throws SQLException {
    Date opened = rs.getDate("opened_on");
    return new Facility(
        rs.getLong("id"),
        rs.getInt("revision"),
        rs.getString("name"),
        FacilityType.valueOf(rs.getString("facility_type")),
        rs.getString("address"),
        (Integer) rs.getObject("capacity"),
        (Integer) rs.getObject("beds"),
        (Integer) rs.getObject("nursing_beds"),
        FacilityOperator.valueOf(rs.getString("operator")),
        opened == null ? null : opened.toLocalDate(),
        FacilityStatus.valueOf(rs.getString("status")),
        rs.getString("division_code"),
        (Point) Ewkb.read(rs.getBytes("geom")),
        rs.getBoolean("point_generated"),
        rs.getString("source"));
  }

  private record Filter(String where, FacilityQuery query) {
    static Filter of(FacilityQuery query) {
      List<String> parts = new ArrayList<>();
      parts.add("removed_at is null");
      if (!query.types().isEmpty()) {
        parts.add("facility_type in (:types)");
      }
      if (!query.statuses().isEmpty()) {
        parts.add("status in (:statuses)");
      }
      if (query.divisionPrefix() != null) {
        parts.add("division_code like :prefix");
      }
      if (query.bbox() != null) {
        // features without a geometry match any box (OGC API – Features); a box crossing the
        // antimeridian reaches beyond 180°: its rest lies from -180° on
        parts.add(
            "(geom is null or ST_Intersects(geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))"
                + " or ST_Intersects(geom, ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)))");
      }
      if (query.condition() != null) {
        parts.add("(" + query.condition().sql() + ")");
      }
      return new Filter(String.join(" and ", parts), query);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
      if (!query.types().isEmpty()) {
        spec = spec.param("types", query.types().stream().map(Enum::name).toList());
      }
      if (!query.statuses().isEmpty()) {
        spec = spec.param("statuses", query.statuses().stream().map(Enum::name).toList());
      }
      if (query.divisionPrefix() != null) {
        spec = spec.param("prefix", query.divisionPrefix() + "%");
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
  }
}

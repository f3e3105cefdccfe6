package org.civgis.gazetteer.sign;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes signs, their patrols, repairs and patrol schedules in the {@code gazetteer}
 * schema. Writes join the caller's transaction; edits succeed only against the revision they were
 * based on. Compliance is written by {@link SignCompliance}, never by the edits here.
 */
public final class SignRepository {
  static final String SIGN_COLUMNS =
      """
      id, revision, code, sign_type, ST_AsEWKB(geom) as geom, point_generated, place_name_code,
      address_code, installed_text, installed_romanization, material, width_mm, height_mm,
      installer, installed_on, condition, removed_on, remarks, source
      """;

  static final String STATE_COLUMNS =
      SIGN_COLUMNS
          + """
          , compliance, compliance_detail, expected_text, expected_romanization,
          last_patrolled_on, next_patrol_due, open_repairs, status
          """;

  private static final String INSERT_SIGN =
      """
      insert into gazetteer.place_name_sign
        (id, code, sign_type, geom, point_generated, place_name_code, address_code, installed_text,
         installed_romanization, material, width_mm, height_mm, installer, installed_on, condition,
         removed_on, remarks, source)
      overriding system value
      values (?, ?, ?, ST_GeomFromEWKB(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String INSERT_PATROL =
      """
      insert into gazetteer.sign_patrol
        (id, sign_id, patrolled_on, patroller, condition, fault, repair_needed, note, photo,
         photo_media_type, photo_name, recorded_by)
      overriding system value
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String INSERT_REPAIR =
      """
      insert into gazetteer.sign_repair_task
        (id, sign_id, patrol_id, description, status, opened_on, due_on, closed_on, closed_by,
         result)
      overriding system value
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public SignRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** {@code count} new ids of {@code table} (place_name_sign, sign_patrol, sign_repair_task). */
  public long[] reserveIds(String table, int count) {
    if (!List.of("place_name_sign", "sign_patrol", "sign_repair_task").contains(table)) {
      throw new IllegalArgumentException("not a sign table: " + table);
    }
    return template
        .queryForList(
            "select nextval(pg_get_serial_sequence('gazetteer."
                + table
                + "', 'id'))"
                + " from generate_series(1, ?)",
            Long.class,
            count)
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }

  // ---- signs

  /** Inserts signs whose ids were reserved, in one batch. */
  public void insertAll(List<PlaceNameSign> signs) {
    template.batchUpdate(INSERT_SIGN, signs, 1000, SignRepository::bindSign);
  }

  /** Inserts one sign with a new id and, if it has none, a new code; returns it as stored. */
  public PlaceNameSign insert(PlaceNameSign sign, String countyCode6) {
    long id = reserveIds("place_name_sign", 1)[0];
    String code = sign.code();
    if (code == null) {
      long n =
          jdbc.sql("select nextval('gazetteer.place_name_sign_code_seq')")
              .query(Long.class)
              .single();
      code = countyCode6 + "-N" + String.format("%06d", n);
    }
    insertAll(List.of(withId(sign, id, code)));
    return findById(id).orElseThrow();
  }

  public Optional<PlaceNameSign> findById(long id) {
    return jdbc.sql("select " + SIGN_COLUMNS + " from gazetteer.place_name_sign where id = :id")
        .param("id", id)
        .query(SignRepository::mapSign)
        .optional();
  }

  /** The sign with its state today (compliance, patrols, repairs); empty when removed. */
  public Optional<SignState> state(long id) {
    return jdbc.sql("select " + STATE_COLUMNS + " from gazetteer.sign_state where id = :id")
        .param("id", id)
        .query(SignRepository::mapState)
        .optional();
  }

  /**
   * Writes {@code edited} over {@code expected} if the row is still at its revision; returns the
   * stored sign, or empty when the row has moved on. The compliance must be rechecked after.
   */
  public Optional<PlaceNameSign> update(PlaceNameSign expected, PlaceNameSign edited) {
    int rows =
        jdbc.sql(
                """
                update gazetteer.place_name_sign set
                  sign_type = :type, geom = ST_GeomFromEWKB(cast(:geom as bytea)),
                  point_generated = :generated, place_name_code = :placeName,
                  address_code = :address, installed_text = :text,
                  installed_romanization = :romanization, material = :material,
                  width_mm = :width, height_mm = :height, installer = :installer,
                  installed_on = :installedOn, condition = :condition, removed_on = :removedOn,
                  remarks = :remarks, revision = revision + 1
                where id = :id and revision = :revision
                """)
            .param("type", edited.type().name())
            .param("geom", Ewkb.write(edited.point()))
            .param("generated", edited.pointGenerated())
            .param("placeName", edited.placeNameCode())
            .param("address", edited.addressCode())
            .param("text", edited.installedText())
            .param("romanization", edited.installedRomanization())
            .param("material", edited.material())
            .param("width", edited.widthMillimetres())
            .param("height", edited.heightMillimetres())
            .param("installer", edited.installer())
            .param("installedOn", edited.installedOn())
            .param("condition", edited.condition().name())
            .param("removedOn", edited.removedOn())
            .param("remarks", edited.remarks())
            .param("id", expected.id())
            .param("revision", expected.revision())
            .update();
    return rows == 1 ? findById(expected.id()) : Optional.empty();
  }

  /** The signs matching {@code query} with their state, in code order. */
  public List<SignState> find(SignQuery query) {
    return bind(
            jdbc.sql(
                "select "
                    + STATE_COLUMNS
                    + " from gazetteer.sign_state where "
                    + where(query)
                    + " order by code limit :limit offset :offset"),
            query)
        .param("limit", query.limit())
        .param("offset", query.offset())
        .query(SignRepository::mapState)
        .list();
  }

  /** How many signs match {@code query} regardless of paging. */
  public long count(SignQuery query) {
    return bind(jdbc.sql("select count(*) from gazetteer.sign_state where " + where(query)), query)
        .query(Long.class)
        .single();
  }

  /** How many signs of each status there are today. */
  public Map<SignState.Status, Long> countByStatus() {
    return jdbc
        .sql("select status, count(*) as n from gazetteer.sign_state group by status")
        .query((rs, row) -> Map.entry(SignState.Status.valueOf(rs.getString(1)), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The CRS84 extent of the signs standing, or {@code null}. */
  public Envelope extent() {
    return jdbc.sql(
            "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select ST_Extent(geom) as e"
                + " from gazetteer.place_name_sign where removed_on is null) x")
        .query(
            (rs, row) ->
                rs.getObject(1) == null
                    ? null
                    : new Envelope(
                        rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
        .optional()
        .orElse(null);
  }

  /** The signs that name a road (路牌, 街牌, 巷牌), standing and not recorded as missing. */
  public List<MissingSignFinder.Sign> roadSignsStanding() {
    return jdbc.sql(
            """
            select place_name_code, ST_AsEWKB(geom) as geom from gazetteer.place_name_sign
             where sign_type in ('ROAD', 'STREET', 'LANE') and removed_on is null
               and condition <> 'MISSING'
            """)
        .query(
            (rs, row) ->
                new MissingSignFinder.Sign(rs.getString(1), (Point) Ewkb.read(rs.getBytes(2))))
        .list();
  }

  private static String where(SignQuery q) {
    StringBuilder where = new StringBuilder("true");
    if (q.type() != null) {
      where.append(" and sign_type = :type");
    }
    if (q.status() != null) {
      where.append(" and status = :status");
    }
    if (q.compliance() != null) {
      where.append(" and compliance = :compliance");
    }
    if (q.condition() != null) {
      where.append(" and condition = :condition");
    }
    if (q.placeNameCode() != null) {
      where.append(" and place_name_code = :placeName");
    }
    if (q.addressCode() != null) {
      where.append(" and address_code = :address");
    }
    if (q.text() != null) {
      where.append(" and (installed_text like '%' || :text || '%' or code = :text)");
    }
    if (q.bbox() != null) {
      // features without a geometry match any box (OGC API – Features); a box crossing the
      // antimeridian reaches beyond 180°: its rest lies from -180° on
      where.append(
          " and (geom is null or ST_Intersects(geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))"
              + " or ST_Intersects(geom, ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)))");
    }
    where.append(SqlCondition.and(q.where()));
    return where.toString();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SignQuery q) {
    if (q.type() != null) {
      spec = spec.param("type", q.type().name());
    }
    if (q.status() != null) {
      spec = spec.param("status", q.status().name());
    }
    if (q.compliance() != null) {
      spec = spec.param("compliance", q.compliance().name());
    }
    if (q.condition() != null) {
      spec = spec.param("condition", q.condition().name());
    }
    if (q.placeNameCode() != null) {
      spec = spec.param("placeName", q.placeNameCode());
    }
    if (q.addressCode() != null) {
      spec = spec.param("address", q.addressCode());
    }
    if (q.text() != null) {
      spec = spec.param("text", q.text().replace("%", "").replace("_", ""));
    }
    if (q.bbox() != null) {
      spec =
          spec.param("minX", q.bbox().getMinX())
              .param("minY", q.bbox().getMinY())
              .param("maxX", q.bbox().getMaxX())
              .param("maxY", q.bbox().getMaxY());
    }
    for (var p : SqlCondition.parametersOf(q.where()).entrySet()) {
      spec = spec.param(p.getKey(), p.getValue());
    }
    return spec;
  }

  // ---- patrols, repairs, schedules

  /** Inserts patrols whose ids were reserved (without photos), in one batch. */
  public void insertPatrols(List<SignPatrol> patrols, String recordedBy) {
    template.batchUpdate(
        INSERT_PATROL, patrols, 1000, (ps, p) -> bindPatrol(ps, p, null, null, recordedBy));
  }

  /** Records a patrol with an optional photo; returns its id. */
  public long addPatrol(SignPatrol patrol, byte[] photo, String photoMediaType, String recordedBy) {
    long id = reserveIds("sign_patrol", 1)[0];
    SignPatrol withId =
        new SignPatrol(
            id,
            patrol.signId(),
            patrol.patrolledOn(),
            patrol.patroller(),
            patrol.condition(),
            patrol.fault(),
            patrol.repairNeeded(),
            patrol.note(),
            patrol.photoName());
    template.update(INSERT_PATROL, ps -> bindPatrol(ps, withId, photo, photoMediaType, recordedBy));
    return id;
  }

  /**
   * Sets the condition of sign {@code signId} (from a patrol); no revision check, no new revision.
   */
  public void recordCondition(long signId, SignCondition condition) {
    jdbc.sql("update gazetteer.place_name_sign set condition = :c where id = :id")
        .param("c", condition.name())
        .param("id", signId)
        .update();
  }

  /** The patrols of a sign, newest first. */
  public List<SignPatrol> patrols(long signId) {
    return jdbc.sql(
            """
            select id, sign_id, patrolled_on, patroller, condition, fault, repair_needed, note,
                   photo_name
              from gazetteer.sign_patrol where sign_id = :id order by patrolled_on desc, id desc
            """)
        .param("id", signId)
        .query(
            (rs, row) ->
                new SignPatrol(
                    rs.getLong("id"),
                    rs.getLong("sign_id"),
                    rs.getObject("patrolled_on", LocalDate.class),
                    rs.getString("patroller"),
                    SignCondition.valueOf(rs.getString("condition")),
                    rs.getString("fault"),
                    rs.getBoolean("repair_needed"),
                    rs.getString("note"),
                    rs.getString("photo_name")))
        .list();
  }

  /** The photo of a patrol: its bytes and media type. */
  public Optional<Map.Entry<byte[], String>> patrolPhoto(long signId, long patrolId) {
    return jdbc.sql(
            "select photo, photo_media_type from gazetteer.sign_patrol"
                + " where id = :patrol and sign_id = :sign and photo is not null")
        .param("patrol", patrolId)
        .param("sign", signId)
        .query((rs, row) -> Map.entry(rs.getBytes(1), rs.getString(2)))
        .optional();
  }

  /** Inserts repair tasks whose ids were reserved, in one batch. */
  public void insertRepairs(List<RepairTask> repairs) {
    template.batchUpdate(INSERT_REPAIR, repairs, 1000, SignRepository::bindRepair);
  }

  /** Opens a repair task; returns its id. */
  public long addRepair(RepairTask task) {
    long id = reserveIds("sign_repair_task", 1)[0];
    RepairTask withId =
        new RepairTask(
            id,
            1,
            task.signId(),
            task.patrolId(),
            task.description(),
            task.status(),
            task.openedOn(),
            task.dueOn(),
            task.closedOn(),
            task.closedBy(),
            task.result());
    template.update(INSERT_REPAIR, ps -> bindRepair(ps, withId));
    return id;
  }

  /** The repair tasks of one sign (signId) or of all signs (null), open ones first. */
  public List<RepairTask> repairs(Long signId, RepairTask.Status status) {
    return jdbc.sql(
            """
            select id, revision, sign_id, patrol_id, description, status, opened_on, due_on,
                   closed_on, closed_by, result
              from gazetteer.sign_repair_task
             where (cast(:sign as bigint) is null or sign_id = :sign)
               and (cast(:status as text) is null or status = :status)
             order by status <> 'OPEN', opened_on desc, id desc
             limit 2000
            """)
        .param("sign", signId)
        .param("status", status == null ? null : status.name())
        .query(SignRepository::mapRepair)
        .list();
  }

  public Optional<RepairTask> repair(long id) {
    return jdbc.sql(
            """
            select id, revision, sign_id, patrol_id, description, status, opened_on, due_on,
                   closed_on, closed_by, result
              from gazetteer.sign_repair_task where id = :id
            """)
        .param("id", id)
        .query(SignRepository::mapRepair)
        .optional();
  }

  /** Closes an open repair task at its revision; false when it moved on or is not open. */
  public boolean closeRepair(
      RepairTask expected, RepairTask.Status status, LocalDate on, String by, String result) {
    return jdbc.sql(
                """
                update gazetteer.sign_repair_task
                   set status = :status, closed_on = :on, closed_by = :by, result = :result,
                       revision = revision + 1
                 where id = :id and revision = :revision and status = 'OPEN'
                """)
            .param("status", status.name())
            .param("on", on)
            .param("by", by)
            .param("result", result)
            .param("id", expected.id())
            .param("revision", expected.revision())
            .update()
        == 1;
  }

  /** The patrol interval of each sign type, in days. */
  public Map<SignType, Integer> schedule() {
    return jdbc
        .sql("select sign_type, interval_days from gazetteer.sign_patrol_schedule")
        .query((rs, row) -> Map.entry(SignType.valueOf(rs.getString(1)), rs.getInt(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Sets the patrol interval of a sign type. */
  public void setInterval(SignType type, int days, String by) {
    jdbc.sql(
            """
            insert into gazetteer.sign_patrol_schedule (sign_type, interval_days, updated_by)
            values (:type, :days, :by)
            on conflict (sign_type) do update
              set interval_days = :days, updated_by = :by, updated_at = now()
            """)
        .param("type", type.name())
        .param("days", days)
        .param("by", by)
        .update();
  }

  // ---- mapping

  static PlaceNameSign withId(PlaceNameSign s, long id, String code) {
    return new PlaceNameSign(
        id,
        1,
        code,
        s.type(),
        s.point(),
        s.pointGenerated(),
        s.placeNameCode(),
        s.addressCode(),
        s.installedText(),
        s.installedRomanization(),
        s.material(),
        s.widthMillimetres(),
        s.heightMillimetres(),
        s.installer(),
        s.installedOn(),
        s.condition(),
        s.removedOn(),
        s.remarks(),
        s.source());
  }

  private static void bindSign(PreparedStatement ps, PlaceNameSign s) throws SQLException {
    if (s.point().getSRID() != Srid.CGCS2000) {
      throw new IllegalArgumentException("sign points must be in CGCS2000 (EPSG:4490)");
    }
    int i = 0;
    ps.setLong(++i, s.id());
    ps.setString(++i, s.code());
    ps.setString(++i, s.type().name());
    ps.setBytes(++i, Ewkb.write(s.point()));
    ps.setBoolean(++i, s.pointGenerated());
    ps.setString(++i, s.placeNameCode());
    ps.setString(++i, s.addressCode());
    ps.setString(++i, s.installedText());
    ps.setString(++i, s.installedRomanization());
    ps.setString(++i, s.material());
    setInteger(ps, ++i, s.widthMillimetres());
    setInteger(ps, ++i, s.heightMillimetres());
    ps.setString(++i, s.installer());
    ps.setObject(++i, s.installedOn(), Types.DATE);
    ps.setString(++i, s.condition().name());
    ps.setObject(++i, s.removedOn(), Types.DATE);
    ps.setString(++i, s.remarks());
    ps.setString(++i, s.source());
  }

  private static void bindPatrol(
      PreparedStatement ps, SignPatrol p, byte[] photo, String mediaType, String recordedBy)
      throws SQLException {
    int i = 0;
    ps.setLong(++i, p.id());
    ps.setLong(++i, p.signId());
    ps.setObject(++i, p.patrolledOn(), Types.DATE);
    ps.setString(++i, p.patroller());
    ps.setString(++i, p.condition().name());
    ps.setString(++i, p.fault());
    ps.setBoolean(++i, p.repairNeeded());
    ps.setString(++i, p.note());
    ps.setBytes(++i, photo);
    ps.setString(++i, photo == null ? null : mediaType);
    ps.setString(++i, photo == null ? null : p.photoName());
    ps.setString(++i, recordedBy);
  }

  private static void bindRepair(PreparedStatement ps, RepairTask r) throws SQLException {
    int i = 0;
    ps.setLong(++i, r.id());
    ps.setLong(++i, r.signId());
    if (r.patrolId() == null) {
      ps.setNull(++i, Types.BIGINT);
    } else {
      ps.setLong(++i, r.patrolId());
    }
    ps.setString(++i, r.description());
    ps.setString(++i, r.status().name());
    ps.setObject(++i, r.openedOn(), Types.DATE);
    ps.setObject(++i, r.dueOn(), Types.DATE);
    ps.setObject(++i, r.closedOn(), Types.DATE);
    ps.setString(++i, r.closedBy());
    ps.setString(++i, r.result());
  }

  private static void setInteger(PreparedStatement ps, int index, Integer value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  static PlaceNameSign mapSign(ResultSet rs, int row) throws SQLException {
    return new PlaceNameSign(
        rs.getLong("id"),
        rs.getInt("revision"),
        rs.getString("code"),
        SignType.valueOf(rs.getString("sign_type")),
        (Point) Ewkb.read(rs.getBytes("geom")),
        rs.getBoolean("point_generated"),
        rs.getString("place_name_code"),
        rs.getString("address_code"),
        rs.getString("installed_text"),
        rs.getString("installed_romanization"),
        rs.getString("material"),
        rs.getObject("width_mm", Integer.class),
        rs.getObject("height_mm", Integer.class),
        rs.getString("installer"),
        rs.getObject("installed_on", LocalDate.class),
        SignCondition.valueOf(rs.getString("condition")),
        rs.getObject("removed_on", LocalDate.class),
        rs.getString("remarks"),
        rs.getString("source"));
  }

  static SignState mapState(ResultSet rs, int row) throws SQLException {
    return new SignState(
        mapSign(rs, row),
        Compliance.valueOf(rs.getString("compliance")),
        rs.getString("compliance_detail"),
        rs.getString("expected_text"),
        rs.getString("expected_romanization"),
        rs.getObject("last_patrolled_on", LocalDate.class),
        rs.getObject("next_patrol_due", LocalDate.class),
        rs.getInt("open_repairs"),
        SignState.Status.valueOf(rs.getString("status")));
  }

  static RepairTask mapRepair(ResultSet rs, int row) throws SQLException {
    return new RepairTask(
        rs.getLong("id"),
        rs.getInt("revision"),
        rs.getLong("sign_id"),
        rs.getObject("patrol_id", Long.class),
        rs.getString("description"),
        RepairTask.Status.valueOf(rs.getString("status")),
        rs.getObject("opened_on", LocalDate.class),
        rs.getObject("due_on", LocalDate.class),
        rs.getObject("closed_on", LocalDate.class),
        rs.getString("closed_by"),
        rs.getString("result"));
  }
}

package org.civgis.boundary.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civgis.geo.geom.Ewkb;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes rounds with their lines, participants, documents, tasks and sign-offs. Writes
 * join the caller's transaction; a change of the round succeeds only against the revision it was
 * based on.
 */
public final class RoundRepository {
  private static final String COLUMNS =
      """
      id, revision, title, round_number, lead_code, assisting_code, planned_start, planned_end,
      tolerance_m, previous_id, status, locked_at, remarks, generated, source, created_by
      """;

  private final JdbcClient jdbc;

  public RoundRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new round at revision 1 with its lines, participants and documents. */
  public InspectionRound insert(InspectionRound round) {
    long id =
        jdbc.sql(
                """
                insert into boundary.inspection_round
                  (title, round_number, lead_code, assisting_code, planned_start, planned_end,
                   tolerance_m, previous_id, status, remarks, generated, source, created_by)
                values (:title, :number, :lead, :assisting, :start, :end, :tolerance, :previous,
                        :status, :remarks, :generated, :source, :by)
                returning id
                """)
            .param("title", round.title())
            .param("number", round.roundNumber())
            .param("lead", round.leadCode())
            .param("assisting", round.assistingCode())
            .param("start", round.plannedStart())
            .param("end", round.plannedEnd())
            .param("tolerance", round.toleranceMeters())
            .param("previous", round.previousId())
            .param("status", round.status().name())
            .param("remarks", round.remarks())
            .param("generated", round.generated())
            .param("source", round.source())
            .param("by", round.createdBy())
            .query(Long.class)
            .single();
    for (String line : round.lineCodes()) {
      jdbc.sql("insert into boundary.round_line (round_id, line_code) values (:id, :line)")
          .param("id", id)
          .param("line", line)
          .update();
    }
    for (InspectionRound.Participant p : round.participants()) {
      jdbc.sql(
              """
              insert into boundary.round_participant (round_id, username, side_code, duty)
              values (:id, :user, :side, :duty)
              """)
          .param("id", id)
          .param("user", p.username())
          .param("side", p.sideCode())
          .param("duty", p.duty())
          .update();
    }
    for (InspectionRound.RoundDocument d : round.documents()) {
      jdbc.sql(
              """
              insert into boundary.round_document (round_id, kind, title, reference)
              values (:id, :kind, :title, :reference)
              """)
          .param("id", id)
          .param("kind", d.kind())
          .param("title", d.title())
          .param("reference", d.reference())
          .update();
    }
    return find(id).orElseThrow();
  }

  public Optional<InspectionRound> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from boundary.inspection_round where id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /**
   * The round {@code id} read with a row lock for the rest of the transaction, so that a check of
   * its lock or state holds until the write that depends on it commits.
   */
  public Optional<InspectionRound> findForUpdate(long id) {
    return jdbc.sql(
            "select " + COLUMNS + " from boundary.inspection_round where id = :id for update")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** All rounds, newest plan first. */
  public List<InspectionRound> list() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from boundary.inspection_round order by planned_start desc, id desc")
        .query(this::map)
        .list();
  }

  /** The latest earlier round that inspected {@code lineCode}, before {@code roundId}. */
  public Optional<Long> previousOf(long roundId, String lineCode) {
    return jdbc.sql(
            """
            select r.id from boundary.inspection_round r
              join boundary.round_line l on l.round_id = r.id
             where l.line_code = :line and r.id <> :id
               and r.planned_start < (select planned_start from boundary.inspection_round where id = :id)
             order by r.planned_start desc limit 1
            """)
        .param("line", lineCode)
        .param("id", roundId)
        .query(Long.class)
        .optional();
  }

  /** Moves the round to {@code status} if still at {@code expectedRevision}. */
  public boolean setStatus(long id, int expectedRevision, RoundStatus status, boolean lock) {
    return jdbc.sql(
                """
                update boundary.inspection_round
                   set status = :status, revision = revision + 1,
                       locked_at = case when :lock then now() else locked_at end
                 where id = :id and revision = :revision
                """)
            .param("status", status.name())
            .param("lock", lock)
            .param("id", id)
            .param("revision", expectedRevision)
            .update()
        == 1;
  }

  // ---- tasks

  /** Adds one task; returns its id. */
  public long addTask(InspectionTask task) {
    return jdbc.sql(
            """
            insert into boundary.inspection_task
              (round_id, kind, line_code, marker_id, segment_no, geom, label)
            values (:round, :kind, :line, :marker, :segment,
                    ST_GeomFromEWKB(cast(:geom as bytea)), :label)
            returning id
            """)
        .param("round", task.roundId())
        .param("kind", task.kind())
        .param("line", task.lineCode())
        .param("marker", task.markerId())
        .param("segment", task.segmentNo())
        .param("geom", Ewkb.write(task.geometry()))
        .param("label", task.label())
        .query(Long.class)
        .single();
  }

  public List<InspectionTask> tasks(long roundId) {
    return jdbc.sql(
            """
            select id, round_id, kind, line_code, marker_id, segment_no,
                   ST_AsEWKB(geom) as geom, label
              from boundary.inspection_task where round_id = :round
             order by kind, line_code, segment_no, id
            """)
        .param("round", roundId)
        .query(
            (rs, row) ->
                new InspectionTask(
                    rs.getLong("id"),
                    rs.getLong("round_id"),
                    rs.getString("kind"),
                    rs.getString("line_code"),
                    (Long) rs.getObject("marker_id"),
                    (Integer) rs.getObject("segment_no"),
                    Ewkb.read(rs.getBytes("geom")),
                    rs.getString("label")))
        .list();
  }

  // ---- sign-off

  /**
   * A side's confirmation.
   *
   * @param signedBy the signer's user name
   * @param signerName the signer's display name when signing
   * @param signerJurisdiction the signer's jurisdiction when signing; {@code null} for sign-offs
   *     recorded before it was kept
   */
  public record SignOff(
      String sideCode,
      String signedBy,
      String signerName,
      String signerJurisdiction,
      String statement,
      Instant signedAt) {}

  public void addSignOff(long roundId, String sideCode, Signer signer, String statement) {
    jdbc.sql(
            """
            insert into boundary.round_signoff
              (round_id, side_code, signed_by, signer_name, signer_jurisdiction, statement)
            values (:round, :side, :by, :name, :jurisdiction, :statement)
            """)
        .param("round", roundId)
        .param("side", sideCode)
        .param("by", signer.username())
        .param("name", signer.displayName())
        .param("jurisdiction", signer.jurisdictionCode())
        .param("statement", statement)
        .update();
  }

  public List<SignOff> signOffs(long roundId) {
    return jdbc.sql(
            """
            select side_code, signed_by, signer_name, signer_jurisdiction, statement, signed_at
              from boundary.round_signoff
             where round_id = :round order by signed_at, side_code
            """)
        .param("round", roundId)
        .query(
            (rs, row) ->
                new SignOff(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, Timestamp.class).toInstant()))
        .list();
  }

  /** Removes the rounds written by {@code source} with everything that belongs to them. */
  public int deleteBySource(String source) {
    String ids = "(select id from boundary.inspection_round where source = :source)";
    for (String table :
        List.of(
            "inspection_photo", "marker_inspection", "segment_inspection", "inspection_finding")) {
      jdbc.sql("delete from boundary." + table + " where round_id in " + ids)
          .param("source", source)
          .update();
    }
    jdbc.sql("update boundary.dispute set round_id = null where round_id in " + ids)
        .param("source", source)
        .update();
    jdbc.sql("update boundary.inspection_round set previous_id = null where previous_id in " + ids)
        .param("source", source)
        .update();
    return jdbc.sql("delete from boundary.inspection_round where source = :source")
        .param("source", source)
        .update();
  }

  private InspectionRound map(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    Timestamp locked = rs.getTimestamp("locked_at");
    return new InspectionRound(
        id,
        rs.getInt("revision"),
        rs.getString("title"),
        (Integer) rs.getObject("round_number"),
        rs.getString("lead_code"),
        rs.getString("assisting_code"),
        rs.getObject("planned_start", LocalDate.class),
        rs.getObject("planned_end", LocalDate.class),
        rs.getDouble("tolerance_m"),
        (Long) rs.getObject("previous_id"),
        RoundStatus.valueOf(rs.getString("status")),
        locked == null ? null : locked.toInstant(),
        rs.getString("remarks"),
        rs.getBoolean("generated"),
        rs.getString("source"),
        rs.getString("created_by"),
        jdbc.sql(
                "select line_code from boundary.round_line where round_id = :id order by line_code")
            .param("id", id)
            .query(String.class)
            .list(),
        jdbc.sql(
                """
                select username, side_code, duty from boundary.round_participant
                 where round_id = :id order by side_code, username
                """)
            .param("id", id)
            .query(
                (r, n) ->
                    new InspectionRound.Participant(r.getString(1), r.getString(2), r.getString(3)))
            .list(),
        jdbc.sql(
                "select kind, title, reference from boundary.round_document where round_id = :id"
                    + " order by id")
            .param("id", id)
            .query(
                (r, n) ->
                    new InspectionRound.RoundDocument(
                        r.getString(1), r.getString(2), r.getString(3)))
            .list());
  }
}

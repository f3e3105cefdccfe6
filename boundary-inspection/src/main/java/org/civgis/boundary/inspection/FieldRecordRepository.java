package org.civgis.boundary.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civgis.boundary.marker.MarkerCondition;
import org.civgis.geo.geom.Ewkb;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes field records and their photos; writes join the caller's transaction. */
public final class FieldRecordRepository {
  private static final String MARKER_COLUMNS =
      """
      id, round_id, task_id, marker_id, team, condition, landmarks_complete,
      ST_AsEWKB(measured) as measured, accuracy_m, fixes, notes, observed_at, recorded_by,
      deviation_m, zone_epsg, conflict, received_at
      """;

  private final JdbcClient jdbc;

  public FieldRecordRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores {@code record} unless a record with its id exists; true when it was stored now. */
  public boolean insertIfAbsent(MarkerRecord r) {
    return jdbc.sql(
                """
                insert into boundary.marker_inspection
                  (id, round_id, task_id, marker_id, team, condition, landmarks_complete, measured,
                   accuracy_m, fixes, deviation_m, zone_epsg, notes, observed_at, recorded_by)
                values (:id, :round, :task, :marker, :team, :condition, :landmarks,
                        ST_GeomFromEWKB(cast(:measured as bytea)), :accuracy, :fixes, :deviation,
                        :zone, :notes, :observedAt, :by)
                on conflict (id) do nothing
                """)
            .param("id", r.id())
            .param("round", r.roundId())
            .param("task", r.taskId())
            .param("marker", r.markerId())
            .param("team", r.team())
            .param("condition", r.condition().name())
            .param("landmarks", r.landmarksComplete())
            .param("measured", r.measured() == null ? null : Ewkb.write(r.measured()))
            .param("accuracy", r.accuracyMeters())
            .param("fixes", r.fixes())
            .param("deviation", r.deviationMeters())
            .param("zone", r.zoneEpsg())
            .param("notes", r.notes())
            .param("observedAt", Timestamp.from(r.observedAt()))
            .param("by", r.recordedBy())
            .update()
        == 1;
  }

  public Optional<MarkerRecord> markerRecord(UUID id) {
    return jdbc.sql("select " + MARKER_COLUMNS + " from boundary.marker_inspection where id = :id")
        .param("id", id)
        .query(FieldRecordRepository::mapMarker)
        .optional();
  }

  public List<MarkerRecord> markerRecords(long roundId) {
    return jdbc.sql(
            "select "
                + MARKER_COLUMNS
                + " from boundary.marker_inspection where round_id = :round"
                + " order by marker_id, observed_at, id")
        .param("round", roundId)
        .query(FieldRecordRepository::mapMarker)
        .list();
  }

  /**
   * Flags every record of {@code markerId} in {@code roundId} as conflicting when there is more
   * than one; returns how many records the marker has.
   */
  public int flagConflicts(long roundId, long markerId) {
    int count =
        jdbc.sql(
                "select count(*) from boundary.marker_inspection"
                    + " where round_id = :round and marker_id = :marker")
            .param("round", roundId)
            .param("marker", markerId)
            .query(Integer.class)
            .single();
    if (count > 1) {
      jdbc.sql(
              "update boundary.marker_inspection set conflict = true"
                  + " where round_id = :round and marker_id = :marker")
          .param("round", roundId)
          .param("marker", markerId)
          .update();
    }
    return count;
  }

  public boolean insertIfAbsent(SegmentRecord r) {
    return jdbc.sql(
                """
                insert into boundary.segment_inspection
                  (id, round_id, task_id, team, terrain_changed, line_identifiable, construction,
                   notes, observed_at, recorded_by)
                values (:id, :round, :task, :team, :terrain, :identifiable, :construction, :notes,
                        :observedAt, :by)
                on conflict (id) do nothing
                """)
            .param("id", r.id())
            .param("round", r.roundId())
            .param("task", r.taskId())
            .param("team", r.team())
            .param("terrain", r.terrainChanged())
            .param("identifiable", r.lineIdentifiable())
            .param("construction", r.construction())
            .param("notes", r.notes())
            .param("observedAt", Timestamp.from(r.observedAt()))
            .param("by", r.recordedBy())
            .update()
        == 1;
  }

  public List<SegmentRecord> segmentRecords(long roundId) {
    return jdbc.sql(
            """
            select id, round_id, task_id, team, terrain_changed, line_identifiable, construction,
                   notes, observed_at, recorded_by
              from boundary.segment_inspection where round_id = :round order by task_id, observed_at
            """)
        .param("round", roundId)
        .query(
            (rs, row) ->
                new SegmentRecord(
                    rs.getObject("id", UUID.class),
                    rs.getLong("round_id"),
                    rs.getLong("task_id"),
                    rs.getString("team"),
                    rs.getBoolean("terrain_changed"),
                    rs.getBoolean("line_identifiable"),
                    rs.getBoolean("construction"),
                    rs.getString("notes"),
                    rs.getObject("observed_at", Timestamp.class).toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  // ---- photos

  /** The state of a photo upload. */
  public record PhotoUpload(
      UUID id,
      UUID recordId,
      long roundId,
      String mediaType,
      int sizeBytes,
      String sha256,
      int receivedBytes,
      boolean complete) {}

  /** Announces a photo; a second announcement of the same id changes nothing. */
  public void announcePhoto(PhotoUpload photo, String by) {
    jdbc.sql(
            """
            insert into boundary.inspection_photo
              (id, record_id, round_id, media_type, size_bytes, sha256, uploaded_by)
            values (:id, :record, :round, :type, :size, :sha, :by)
            on conflict (id) do nothing
            """)
        .param("id", photo.id())
        .param("record", photo.recordId())
        .param("round", photo.roundId())
        .param("type", photo.mediaType())
        .param("size", photo.sizeBytes())
        .param("sha", photo.sha256())
        .param("by", by)
        .update();
  }

  /** The upload {@code id}, locked for the rest of the transaction. */
  public Optional<PhotoUpload> photoForUpdate(UUID id) {
    return jdbc.sql(
            """
            select id, record_id, round_id, media_type, size_bytes, sha256, received_bytes, complete
              from boundary.inspection_photo where id = :id for update
            """)
        .param("id", id)
        .query(FieldRecordRepository::mapPhoto)
        .optional();
  }

  public List<PhotoUpload> photosOfRecord(UUID recordId) {
    return jdbc.sql(
            """
            select id, record_id, round_id, media_type, size_bytes, sha256, received_bytes, complete
              from boundary.inspection_photo where record_id = :record order by created_at, id
            """)
        .param("record", recordId)
        .query(FieldRecordRepository::mapPhoto)
        .list();
  }

  /** Appends {@code piece} at the end of what was received. */
  public void appendPhoto(UUID id, byte[] piece) {
    jdbc.sql(
            """
            update boundary.inspection_photo
               set content = content || :piece, received_bytes = received_bytes + :length
             where id = :id
            """)
        .param("piece", piece)
        .param("length", piece.length)
        .param("id", id)
        .update();
  }

  /** The SHA-256 of what was received, computed by the database. */
  public String receivedSha256(UUID id) {
    return jdbc.sql(
            "select encode(sha256(content), 'hex') from boundary.inspection_photo where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  public void completePhoto(UUID id) {
    jdbc.sql("update boundary.inspection_photo set complete = true where id = :id")
        .param("id", id)
        .update();
  }

  /** Starts an upload over (the received bytes did not match the digest). */
  public void resetPhoto(UUID id) {
    jdbc.sql(
            "update boundary.inspection_photo set content = ''::bytea, received_bytes = 0"
                + " where id = :id")
        .param("id", id)
        .update();
  }

  /** Sets the media type of upload {@code id} (to the one its content shows). */
  public void setPhotoMediaType(UUID id, String mediaType) {
    jdbc.sql("update boundary.inspection_photo set media_type = :type where id = :id")
        .param("type", mediaType)
        .param("id", id)
        .update();
  }

  /** A complete photo with the round it belongs to and its stored media type. */
  public record StoredPhoto(UUID id, long roundId, String mediaType, byte[] content) {}

  /** The complete photo {@code id}; empty while it is being uploaded or when there is none. */
  public Optional<StoredPhoto> completePhoto(UUID id, boolean withContent) {
    return jdbc.sql(
            "select id, round_id, media_type, "
                + (withContent ? "content" : "null::bytea as content")
                + " from boundary.inspection_photo where id = :id and complete")
        .param("id", id)
        .query(
            (rs, row) ->
                new StoredPhoto(
                    rs.getObject("id", UUID.class),
                    rs.getLong("round_id"),
                    rs.getString("media_type"),
                    rs.getBytes("content")))
        .optional();
  }

  public Optional<byte[]> photoContent(UUID id) {
    return jdbc.sql("select content from boundary.inspection_photo where id = :id and complete")
        .param("id", id)
        .query(byte[].class)
        .optional();
  }

  private static PhotoUpload mapPhoto(ResultSet rs, int row) throws SQLException {
    return new PhotoUpload(
        rs.getObject("id", UUID.class),
        rs.getObject("record_id", UUID.class),
        rs.getLong("round_id"),
        rs.getString("media_type"),
        rs.getInt("size_bytes"),
        rs.getString("sha256"),
        rs.getInt("received_bytes"),
        rs.getBoolean("complete"));
  }

  private static MarkerRecord mapMarker(ResultSet rs, int row) throws SQLException {
    byte[] measured = rs.getBytes("measured");
    return new MarkerRecord(
        rs.getObject("id", UUID.class),
        rs.getLong("round_id"),
        (Long) rs.getObject("task_id"),
        rs.getLong("marker_id"),
        rs.getString("team"),
        MarkerCondition.valueOf(rs.getString("condition")),
        (Boolean) rs.getObject("landmarks_complete"),
        measured == null ? null : (Point) Ewkb.read(measured),
        (Double) rs.getObject("accuracy_m"),
        (Integer) rs.getObject("fixes"),
        rs.getString("notes"),
        rs.getObject("observed_at", Timestamp.class).toInstant(),
        rs.getString("recorded_by"),
        (Double) rs.getObject("deviation_m"),
        (Integer) rs.getObject("zone_epsg"),
        rs.getBoolean("conflict"),
        rs.getObject("received_at", Timestamp.class).toInstant());
  }
}

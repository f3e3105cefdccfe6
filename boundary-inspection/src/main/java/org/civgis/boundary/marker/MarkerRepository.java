package org.civgis.boundary.marker;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes boundary markers, their landmarks, photos and condition history. Writes join the
 * caller's transaction; edits succeed only against the revision they were based on; withdrawn
 * markers are never found.
 */
public final class MarkerRepository {
  private static final String COLUMNS =
      """
      m.id, m.revision, m.number, m.line_code, m.sequence, m.type_code, m.form, m.faces,
      m.material, ST_AsEWKB(m.geom) as geom, m.gk_x_m, m.gk_y_m, m.gk_zone_epsg, m.elevation_m,
      m.survey_method, m.accuracy_m, m.agreement_id, m.condition, m.installed_on, m.status,
      m.remarks, m.generated, m.source
      """;

  private final JdbcClient jdbc;

  public MarkerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Which markers: published only unless {@code includeDrafts}; of one line; in a box; a page in
   * number order.
   */
  /**
   * Which markers to find.
   *
   * @param condition a further condition over the columns of {@code boundary.boundary_marker m}, or
   *     {@code null}
   */
  public record Query(
      String lineCode,
      Envelope bbox,
      boolean includeDrafts,
      int limit,
      long offset,
      SqlCondition condition) {
    public Query(String lineCode, Envelope bbox, boolean includeDrafts, int limit, long offset) {
      this(lineCode, bbox, includeDrafts, limit, offset, null);
    }
  }

  public List<BoundaryMarker> find(Query query) {
    List<BoundaryMarker> markers =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from boundary.boundary_marker m"
                    + where(query)
                    + " order by m.line_code, m.sequence, m.type_code, m.id"
                    + " limit :limit offset :offset")
            .params(bind(query))
            .param("limit", query.limit())
            .param("offset", query.offset())
            .query(MarkerRepository::map)
            .list();
    return withLandmarks(markers);
  }

  public long count(Query query) {
    return jdbc.sql("select count(*) from boundary.boundary_marker m" + where(query))
        .params(bind(query))
        .query(Long.class)
        .single();
  }

  public Optional<BoundaryMarker> findById(long id, boolean includeDrafts) {
    List<BoundaryMarker> found =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from boundary.boundary_marker m where m.id = :id"
                    + (includeDrafts
                        ? " and m.status <> 'WITHDRAWN'"
                        : " and m.status = 'PUBLISHED'"))
            .param("id", id)
            .query(MarkerRepository::map)
            .list();
    return withLandmarks(found).stream().findFirst();
  }

  /** The CRS84 extent of the published markers, or null. */
  public Envelope extent() {
    return jdbc.sql(
            """
            select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
              from (select ST_Extent(geom) as e from boundary.boundary_marker
                     where status = 'PUBLISHED') x
             where e is not null
            """)
        .query(
            (rs, row) ->
                new Envelope(rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
        .optional()
        .orElse(null);
  }

  /** Stores a new marker at revision 1 with its landmarks; returns it with its id. */
  public BoundaryMarker insert(BoundaryMarker marker) {
    long id =
        bindMarker(
                jdbc.sql(
                    """
                    insert into boundary.boundary_marker
                      (number, line_code, sequence, type_code, form, faces, material, geom,
                       gk_x_m, gk_y_m, gk_zone_epsg, elevation_m, survey_method, accuracy_m,
                       agreement_id, condition, installed_on, status, remarks, generated, source)
                    values (:number, :lineCode, :sequence, :typeCode, :form, :faces, :material,
                            ST_GeomFromEWKB(cast(:geom as bytea)), :gkX, :gkY, :gkZone, :elevation,
                            :surveyMethod, :accuracy, :agreement, :condition, :installedOn,
                            :status, :remarks, :generated, :source)
                    returning id
                    """),
                marker)
            .query(Long.class)
            .single();
    writeLandmarks(id, marker.landmarks());
    return marker.stored(id, 1);
  }

  /** Replaces everything but the id if still at {@code expectedRevision}; empty otherwise. */
  public Optional<BoundaryMarker> update(long id, int expectedRevision, BoundaryMarker edited) {
    int rows =
        bindMarker(
                jdbc.sql(
                    """
                    update boundary.boundary_marker
                       set number = :number, line_code = :lineCode, sequence = :sequence,
                           type_code = :typeCode, form = :form, faces = :faces,
                           material = :material, geom = ST_GeomFromEWKB(cast(:geom as bytea)),
                           gk_x_m = :gkX, gk_y_m = :gkY, gk_zone_epsg = :gkZone,
                           elevation_m = :elevation, survey_method = :surveyMethod,
                           accuracy_m = :accuracy, agreement_id = :agreement,
                           condition = :condition, installed_on = :installedOn, status = :status,
                           remarks = :remarks, generated = :generated, source = :source,
                           revision = revision + 1
                     where id = :id and revision = :revision and status <> 'WITHDRAWN'
                    """),
                edited)
            .param("id", id)
            .param("revision", expectedRevision)
            .update();
    if (rows != 1) {
      return Optional.empty();
    }
    jdbc.sql("delete from boundary.marker_landmark where marker_id = :id").param("id", id).update();
    writeLandmarks(id, edited.landmarks());
    return Optional.of(edited.stored(id, expectedRevision + 1));
  }

  /** Withdraws marker {@code id} (kept, never shown) if still at {@code expectedRevision}. */
  public boolean withdraw(long id, int expectedRevision) {
    return jdbc.sql(
                "update boundary.boundary_marker set status = 'WITHDRAWN', revision = revision + 1"
                    + " where id = :id and revision = :revision and status <> 'WITHDRAWN'")
            .param("id", id)
            .param("revision", expectedRevision)
            .update()
        == 1;
  }

  // ---- condition history

  public void recordCondition(
      long markerId, MarkerCondition condition, LocalDate observedOn, String note, String by) {
    jdbc.sql(
            """
            insert into boundary.marker_condition (marker_id, condition, observed_on, note, recorded_by)
            values (:marker, :condition, :observedOn, :note, :by)
            """)
        .param("marker", markerId)
        .param("condition", condition.name())
        .param("observedOn", observedOn)
        .param("note", note)
        .param("by", by)
        .update();
  }

  public List<ConditionEntry> conditions(long markerId) {
    return jdbc.sql(
            """
            select id, condition, observed_on, note, recorded_by, recorded_at
              from boundary.marker_condition where marker_id = :marker
             order by observed_on, id
            """)
        .param("marker", markerId)
        .query(
            (rs, row) ->
                new ConditionEntry(
                    rs.getLong("id"),
                    MarkerCondition.valueOf(rs.getString("condition")),
                    rs.getObject("observed_on", LocalDate.class),
                    rs.getString("note"),
                    rs.getString("recorded_by"),
                    rs.getObject("recorded_at", Timestamp.class).toInstant()))
        .list();
  }

  // ---- photos

  public MarkerPhoto addPhoto(
      long markerId,
      String fileName,
      String mediaType,
      byte[] content,
      String caption,
      LocalDate takenOn,
      String uploadedBy) {
    String sha256 = HexFormat.of().formatHex(sha256().digest(content));
    long id =
        jdbc.sql(
                """
                insert into boundary.marker_photo
                  (marker_id, file_name, media_type, size_bytes, sha256, content, caption, taken_on,
                   uploaded_by)
                values (:marker, :fileName, :mediaType, :size, :sha256, :content, :caption,
                        :takenOn, :by)
                returning id
                """)
            .param("marker", markerId)
            .param("fileName", fileName)
            .param("mediaType", mediaType)
            .param("size", content.length)
            .param("sha256", sha256)
            .param("content", content)
            .param("caption", caption)
            .param("takenOn", takenOn)
            .param("by", uploadedBy)
            .query(Long.class)
            .single();
    return photos(markerId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
  }

  public List<MarkerPhoto> photos(long markerId) {
    return jdbc.sql(
            """
            select id, marker_id, file_name, media_type, size_bytes, sha256, caption, taken_on,
                   uploaded_by, uploaded_at
              from boundary.marker_photo where marker_id = :marker order by id
            """)
        .param("marker", markerId)
        .query(
            (rs, row) ->
                new MarkerPhoto(
                    rs.getLong("id"),
                    rs.getLong("marker_id"),
                    rs.getString("file_name"),
                    rs.getString("media_type"),
                    rs.getInt("size_bytes"),
                    rs.getString("sha256"),
                    rs.getString("caption"),
                    rs.getObject("taken_on", LocalDate.class),
                    rs.getString("uploaded_by"),
                    rs.getObject("uploaded_at", Timestamp.class).toInstant()))
        .list();
  }

  /** The bytes of photo {@code photoId} of marker {@code markerId}. */
  public Optional<byte[]> photoContent(long markerId, long photoId) {
    return jdbc.sql(
            "select content from boundary.marker_photo where id = :id and marker_id = :marker")
        .param("id", photoId)
        .param("marker", markerId)
        .query(byte[].class)
        .optional();
  }

  /** Removes the markers written by any of {@code sources}, with their landmarks and history. */
  public int deleteBySource(List<String> sources) {
    if (sources.isEmpty()) {
      return 0;
    }
    String ids = "(select id from boundary.boundary_marker where source in (:sources))";
    jdbc.sql("delete from boundary.marker_photo where marker_id in " + ids)
        .param("sources", sources)
        .update();
    jdbc.sql("delete from boundary.marker_condition where marker_id in " + ids)
        .param("sources", sources)
        .update();
    return jdbc.sql("delete from boundary.boundary_marker where source in (:sources)")
        .param("sources", sources)
        .update();
  }

  // ---- helpers

  private static String where(Query query) {
    StringBuilder where =
        new StringBuilder(
            query.includeDrafts()
                ? " where m.status <> 'WITHDRAWN'"
                : " where m.status = 'PUBLISHED'");
    if (query.lineCode() != null) {
      where.append(" and m.line_code = :lineCode");
    }
    if (query.bbox() != null) {
      // features without a geometry match any box (OGC API – Features); a box crossing the
      // antimeridian reaches beyond 180°: its rest lies from -180° on
      where.append(
          " and (m.geom is null or ST_Intersects(m.geom, ST_MakeEnvelope(:minX, :minY, :maxX, :maxY, 4490))"
              + " or ST_Intersects(m.geom, ST_MakeEnvelope(:minX - 360, :minY, :maxX - 360, :maxY, 4490)))");
    }
    where.append(SqlCondition.and(query.condition()));
    return where.toString();
  }

  private static Map<String, Object> bind(Query query) {
    Map<String, Object> params = new HashMap<>();
    if (query.lineCode() != null) {
      params.put("lineCode", query.lineCode());
    }
    if (query.bbox() != null) {
      params.put("minX", query.bbox().getMinX());
      params.put("minY", query.bbox().getMinY());
      params.put("maxX", query.bbox().getMaxX());
      params.put("maxY", query.bbox().getMaxY());
    }
    params.putAll(SqlCondition.parametersOf(query.condition()));
    return params;
  }

  private static JdbcClient.StatementSpec bindMarker(
      JdbcClient.StatementSpec spec, BoundaryMarker m) {
    return spec.param("number", m.number())
        .param("lineCode", m.lineCode())
        .param("sequence", m.sequence())
        .param("typeCode", m.typeCode())
        .param("form", m.form().name())
        .param("faces", m.faces())
        .param("material", m.material())
        .param("geom", Ewkb.write(m.position()))
        .param("gkX", m.gkXMeters())
        .param("gkY", m.gkYMeters())
        .param("gkZone", m.gkZoneEpsg())
        .param("elevation", m.elevationMeters())
        .param("surveyMethod", m.surveyMethod())
        .param("accuracy", m.accuracyMeters())
        .param("agreement", m.agreementId())
        .param("condition", m.condition().name())
        .param("installedOn", m.installedOn())
        .param("status", m.status().name())
        .param("remarks", m.remarks())
        .param("generated", m.generated())
        .param("source", m.source());
  }

  private void writeLandmarks(long markerId, List<Landmark> landmarks) {
    for (int i = 0; i < landmarks.size(); i++) {
      Landmark l = landmarks.get(i);
      jdbc.sql(
              """
              insert into boundary.marker_landmark (marker_id, position, name, bearing_deg, distance_m)
              values (:marker, :position, :name, :bearing, :distance)
              """)
          .param("marker", markerId)
          .param("position", i + 1)
          .param("name", l.name())
          .param("bearing", l.bearingDegrees())
          .param("distance", l.distanceMeters())
          .update();
    }
  }

  private List<BoundaryMarker> withLandmarks(List<BoundaryMarker> markers) {
    if (markers.isEmpty()) {
      return markers;
    }
    Map<Long, List<Landmark>> byMarker = new LinkedHashMap<>();
    jdbc.sql(
            "select marker_id, name, bearing_deg, distance_m from boundary.marker_landmark"
                + " where marker_id in (:ids) order by marker_id, position")
        .param("ids", markers.stream().map(BoundaryMarker::id).toList())
        .query(
            (ResultSet rs) -> {
              byMarker
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Landmark(rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
            });
    List<BoundaryMarker> result = new ArrayList<>();
    for (BoundaryMarker m : markers) {
      result.add(
          new BoundaryMarker(
              m.id(),
              m.revision(),
              m.number(),
              m.lineCode(),
              m.sequence(),
              m.typeCode(),
              m.form(),
              m.faces(),
              m.material(),
              m.position(),
              m.gkXMeters(),
              m.gkYMeters(),
              m.gkZoneEpsg(),
              m.elevationMeters(),
              m.surveyMethod(),
              m.accuracyMeters(),
              m.agreementId(),
              m.condition(),
              m.installedOn(),
              m.status(),
              m.remarks(),
              m.generated(),
              m.source(),
              byMarker.getOrDefault(m.id(), List.of())));
    }
    return result;
  }

  private static BoundaryMarker map(ResultSet rs, int row) throws SQLException {
    return new BoundaryMarker(
        rs.getLong("id"),
        rs.getInt("revision"),
        rs.getString("number"),
        rs.getString("line_code"),
        rs.getInt("sequence"),
        rs.getString("type_code"),
        MarkerForm.valueOf(rs.getString("form")),
        rs.getInt("faces"),
        rs.getString("material"),
        (Point) Ewkb.read(rs.getBytes("geom")),
        rs.getDouble("gk_x_m"),
        rs.getDouble("gk_y_m"),
        rs.getInt("gk_zone_epsg"),
        (Double) rs.getObject("elevation_m"),
        rs.getString("survey_method"),
        (Double) rs.getObject("accuracy_m"),
        (Long) rs.getObject("agreement_id"),
        MarkerCondition.valueOf(rs.getString("condition")),
        rs.getObject("installed_on", LocalDate.class),
        RecordStatus.valueOf(rs.getString("status")),
        rs.getString("remarks"),
        rs.getBoolean("generated"),
        rs.getString("source"),
        List.of());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.civgis.gazetteer.placename;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.Ewkb;
import org.civgis.geo.query.SqlCondition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes place names, their steps, reviews and attachments in the {@code gazetteer}
 * schema. Writes join the caller's transaction; updates succeed only against the revision they were
 * based on.
 */
public final class PlaceNameRepository {
  static final String COLUMNS =
      """
      id, revision, code, standard_name, specific_part, generic_part, short_name, aliases,
      category_code, romanization, official_transliteration, minority_written_form,
      minority_language, meaning, origin, history, ST_AsEWKB(geom) as geom, geometry_generated,
      division_code, division_codes, status, lower(valid) as valid_from, upper(valid) as valid_to,
      approval_authority, approval_date, approval_document_no, announcement_no, announcement_date,
      source, registrant, supersedes_id
      """;

  private final JdbcClient jdbc;

  public PlaceNameRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new name at revision 1; returns it with its id. */
  public PlaceName insert(PlaceName name, SearchKeys keys) {
    long id =
        bind(
                jdbc.sql(
                    """
                    insert into gazetteer.place_name
                      (code, standard_name, specific_part, generic_part, short_name, aliases,
                       category_code, romanization, official_transliteration,
                       minority_written_form, minority_language, meaning, origin, history, geom,
                       geometry_generated, division_code, division_codes, status, valid,
                       approval_authority, approval_date, approval_document_no, announcement_no,
                       announcement_date, source, registrant, supersedes_id, pinyin_key,
                       initials_key)
                    values
                      (:code, :standardName, :specificPart, :genericPart, :shortName,
                       string_to_array(:aliases, chr(31)), :categoryCode, :romanization,
                       :officialTransliteration, :minorityWrittenForm, :minorityLanguage,
                       :meaning, :origin, :history, ST_GeomFromEWKB(cast(:geom as bytea)),
                       :geometryGenerated, :divisionCode, string_to_array(:divisionCodes, ','),
                       :status, cast(:valid as daterange), :approvalAuthority, :approvalDate,
                       :approvalDocumentNo, :announcementNo, :announcementDate, :source,
                       :registrant, :supersedesId, :pinyinKey, :initialsKey)
                    returning id
                    """),
                name,
                keys)
            .query(Long.class)
            .single();
    return findById(id).orElseThrow();
  }

  /**
   * Writes {@code edited} over the row of {@code expected} if that row is still at {@code
   * expected.revision()}; returns the stored result, or empty when the row has moved on.
   */
  public Optional<PlaceName> update(PlaceName expected, PlaceName edited, SearchKeys keys) {
    int rows =
        bind(
                jdbc.sql(
                    """
                    update gazetteer.place_name set
                      standard_name = :standardName, specific_part = :specificPart,
                      generic_part = :genericPart, short_name = :shortName,
                      aliases = string_to_array(:aliases, chr(31)), category_code = :categoryCode,
                      romanization = :romanization,
                      official_transliteration = :officialTransliteration,
                      minority_written_form = :minorityWrittenForm,
                      minority_language = :minorityLanguage, meaning = :meaning,
                      origin = :origin, history = :history,
                      geom = ST_GeomFromEWKB(cast(:geom as bytea)),
                      geometry_generated = :geometryGenerated,
                      division_codes = string_to_array(:divisionCodes, ','),
                      status = :status, valid = cast(:valid as daterange),
                      approval_authority = :approvalAuthority, approval_date = :approvalDate,
                      approval_document_no = :approvalDocumentNo,
                      announcement_no = :announcementNo, announcement_date = :announcementDate,
                      pinyin_key = :pinyinKey, initials_key = :initialsKey,
                      revision = revision + 1
                    where id = :id and revision = :revision
                    """),
                edited,
                keys)
            .param("id", expected.id())
            .param("revision", expected.revision())
            .update();
    return rows == 1 ? findById(expected.id()) : Optional.empty();
  }

  public Optional<PlaceName> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from gazetteer.place_name where id = :id")
        .param("id", id)
        .query(PlaceNameRepository::map)
        .optional();
  }

  /** The names matching {@code query}, in code order. */
  public List<PlaceName> find(PlaceNameQuery query) {
    return bindQuery(
            jdbc.sql(
                "select "
                    + COLUMNS
                    + " from gazetteer.place_name where "
                    + where(query)
                    + " order by code, id limit :limit offset :offset"),
            query)
        .param("limit", query.limit())
        .param("offset", query.offset())
        .query(PlaceNameRepository::map)
        .list();
  }

  /** How many names match {@code query} regardless of its limit and offset. */
  public long count(PlaceNameQuery query) {
    return bindQuery(
            jdbc.sql("select count(*) from gazetteer.place_name where " + where(query)), query)
        .query(Long.class)
        .single();
  }

  private static String where(PlaceNameQuery query) {
    StringBuilder where =
        new StringBuilder(
            query.includeProposals()
                ? "(valid @> cast(:day as date)"
                    + " or status in ('PROPOSED', 'UNDER_REVIEW', 'APPROVED'))"
                : "valid @> cast(:day as date)");
    if (query.divisionPrefix() != null) {
      where.append(" and division_code like :prefix || '%'");
    }
    if (query.categoryCode() != null) {
      where.append(" and category_code like any (array[:categories])");
    }
    if (!query.statuses().isEmpty()) {
      where.append(" and status in (:statuses)");
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
      JdbcClient.StatementSpec spec, PlaceNameQuery query) {
    spec = spec.param("day", query.day());
    if (query.divisionPrefix() != null) {
      spec = spec.param("prefix", query.divisionPrefix());
    }
    if (query.categoryCode() != null) {
      spec = spec.param("categories", List.of(query.categoryPatterns()));
    }
    if (!query.statuses().isEmpty()) {
      spec = spec.param("statuses", query.statuses().stream().map(Enum::name).toList());
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
   * The current standard names with the names they had before (followed back through the
   * renamings), ready for the search index.
   */
  public List<org.civgis.gazetteer.placename.search.SearchEntry> searchEntries() {
    return jdbc.sql(
            """
            with recursive lineage (current_id, former_id) as (
              select id, supersedes_id from gazetteer.place_name
               where status in ('ANNOUNCED', 'FILED') and upper_inf(valid)
                 and supersedes_id is not null
              union all
              select l.current_id, p.supersedes_id
                from lineage l join gazetteer.place_name p on p.id = l.former_id
               where p.supersedes_id is not null
            )
            select n.id, n.standard_name, n.romanization, n.category_code, n.division_code,
                   n.pinyin_key, n.initials_key,
                   ST_X(ST_PointOnSurface(n.geom)) as lon, ST_Y(ST_PointOnSurface(n.geom)) as lat,
                   (select array_agg(f.standard_name order by f.id)
                      from lineage l join gazetteer.place_name f on f.id = l.former_id
                     where l.current_id = n.id) as former_names
              from gazetteer.place_name n
             where n.status in ('ANNOUNCED', 'FILED') and upper_inf(n.valid)
            """)
        .query(
            (rs, row) -> {
              double lon = rs.getDouble("lon");
              boolean noPoint = rs.wasNull();
              double lat = rs.getDouble("lat");
              return new org.civgis.gazetteer.placename.search.SearchEntry(
                  rs.getLong("id"),
                  rs.getString("standard_name"),
                  strings(rs.getArray("former_names")),
                  rs.getString("romanization"),
                  rs.getString("category_code"),
                  rs.getString("division_code"),
                  true,
                  noPoint ? Double.NaN : lon,
                  noPoint ? Double.NaN : lat,
                  rs.getString("pinyin_key"),
                  rs.getString("initials_key"));
            })
        .list();
  }

  /** A new place-name code in county {@code countyCode6}: the code and a running number. */
  public String newCode(String countyCode6) {
    long number =
        jdbc.sql("select nextval('gazetteer.place_name_code_seq')").query(Long.class).single();
    return countyCode6 + "-" + String.format("%06d", number);
  }

  /** The bounding box of the standard names of {@code day} that have a position; null if none. */
  public Envelope extent(LocalDate day) {
    return jdbc.sql(
            "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select ST_Extent(geom) as e"
                + " from gazetteer.place_name where valid @> cast(:day as date)) x")
        .param("day", day)
        .query(
            (rs, row) ->
                rs.getObject(1) == null
                    ? null
                    : new Envelope(
                        rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4)))
        .optional()
        .orElse(null);
  }

  /** The names that were standard names on {@code day} (their announcement to their end). */
  public List<PlaceName> validOn(LocalDate day, String divisionPrefix, int limit, long offset) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from gazetteer.place_name where valid @> cast(:day as date)"
                + " and (cast(:prefix as text) is null or division_code like :prefix || '%')"
                + " order by code, id limit :limit offset :offset")
        .param("day", day)
        .param("prefix", divisionPrefix)
        .param("limit", limit)
        .param("offset", offset)
        .query(PlaceNameRepository::map)
        .list();
  }

  /** Every name the feature {@code code} has had or been proposed for, oldest first. */
  public List<PlaceName> history(String code) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from gazetteer.place_name where code = :code"
                + " order by lower(valid) nulls last, id")
        .param("code", code)
        .query(PlaceNameRepository::map)
        .list();
  }

  /** The names that supersede {@code id} (normally one). */
  public List<PlaceName> successors(long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from gazetteer.place_name where supersedes_id = :id order by id")
        .param("id", id)
        .query(PlaceNameRepository::map)
        .list();
  }

  // ---- steps, reviews, attachments

  /** Records a lifecycle step. */
  public void recordStep(
      long placeNameId, NameStatus from, NameStatus to, LocalDate on, String actor, String note) {
    jdbc.sql(
            """
            insert into gazetteer.name_transition
              (place_name_id, from_status, to_status, occurred_on, actor_name, note)
            values (:id, :from, :to, :on, :actor, :note)
            """)
        .param("id", placeNameId)
        .param("from", from == null ? null : from.name())
        .param("to", to.name())
        .param("on", on)
        .param("actor", actor)
        .param("note", note)
        .update();
  }

  /** The recorded steps of a name, oldest first. */
  public List<NameStep> steps(long placeNameId) {
    return jdbc.sql(
            """
            select from_status, to_status, occurred_on, actor_name, note
              from gazetteer.name_transition where place_name_id = :id order by id
            """)
        .param("id", placeNameId)
        .query(
            (rs, row) ->
                new NameStep(
                    rs.getString("from_status") == null
                        ? null
                        : NameStatus.valueOf(rs.getString("from_status")),
                    NameStatus.valueOf(rs.getString("to_status")),
                    rs.getObject("occurred_on", LocalDate.class),
                    rs.getString("actor_name"),
                    rs.getString("note")))
        .list();
  }

  public void addReview(long placeNameId, NameReview review) {
    jdbc.sql(
            """
            insert into gazetteer.name_review
              (place_name_id, kind, started_on, ended_on, opinions, conclusion, recorded_by)
            values (:id, :kind, :started, :ended, :opinions, :conclusion, :by)
            """)
        .param("id", placeNameId)
        .param("kind", review.kind().name())
        .param("started", review.startedOn())
        .param("ended", review.endedOn())
        .param("opinions", review.opinions())
        .param("conclusion", review.conclusion())
        .param("by", review.recordedBy())
        .update();
  }

  public List<NameReview> reviews(long placeNameId) {
    return jdbc.sql(
            """
            select kind, started_on, ended_on, opinions, conclusion, recorded_by
              from gazetteer.name_review where place_name_id = :id order by id
            """)
        .param("id", placeNameId)
        .query(
            (rs, row) ->
                new NameReview(
                    NameReview.Kind.valueOf(rs.getString("kind")),
                    rs.getObject("started_on", LocalDate.class),
                    rs.getObject("ended_on", LocalDate.class),
                    rs.getString("opinions"),
                    rs.getString("conclusion"),
                    rs.getString("recorded_by")))
        .list();
  }

  /** Stores a document or photo; returns its id. */
  public long addAttachment(long placeNameId, NameAttachment attachment, byte[] content) {
    return jdbc.sql(
            """
            insert into gazetteer.name_attachment
              (place_name_id, file_name, media_type, size_bytes, sha256, content, description,
               uploaded_by)
            values (:id, :fileName, :mediaType, :size, :sha256, :content, :description, :by)
            returning id
            """)
        .param("id", placeNameId)
        .param("fileName", attachment.fileName())
        .param("mediaType", attachment.mediaType())
        .param("size", content.length)
        .param("sha256", attachment.sha256())
        .param("content", content)
        .param("description", attachment.description())
        .param("by", attachment.uploadedBy())
        .query(Long.class)
        .single();
  }

  /** The attachments of a name, without their content. */
  public List<NameAttachment> attachments(long placeNameId) {
    return jdbc.sql(
            """
            select id, file_name, media_type, size_bytes, sha256, description, uploaded_by
              from gazetteer.name_attachment where place_name_id = :id order by id
            """)
        .param("id", placeNameId)
        .query(
            (rs, row) ->
                new NameAttachment(
                    rs.getLong("id"),
                    rs.getString("file_name"),
                    rs.getString("media_type"),
                    rs.getInt("size_bytes"),
                    rs.getString("sha256"),
                    rs.getString("description"),
                    rs.getString("uploaded_by")))
        .list();
  }

  /** The content of attachment {@code attachmentId} of name {@code placeNameId}. */
  public Optional<byte[]> attachmentContent(long placeNameId, long attachmentId) {
    return jdbc.sql(
            "select content from gazetteer.name_attachment"
                + " where id = :attachment and place_name_id = :id")
        .param("attachment", attachmentId)
        .param("id", placeNameId)
        .query((rs, row) -> rs.getBytes("content"))
        .optional();
  }

  // ---- mapping

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec spec, PlaceName name, SearchKeys keys) {
    NameText t = name.text();
    Geometry geometry = name.geometry();
    if (geometry != null && geometry.getSRID() != Srid.CGCS2000) {
      throw new IllegalArgumentException("place-name geometry must be in CGCS2000 (EPSG:4490)");
    }
    return spec.param("code", name.code())
        .param("standardName", t.standardName())
        .param("specificPart", t.specificPart())
        .param("genericPart", t.genericPart())
        .param("shortName", t.shortName())
        .param("aliases", String.join("\u001f", t.aliases()))
        .param("categoryCode", t.categoryCode())
        .param("romanization", t.romanization())
        .param("officialTransliteration", t.officialTransliteration())
        .param("minorityWrittenForm", t.minorityWrittenForm())
        .param("minorityLanguage", t.minorityLanguage())
        .param("meaning", t.meaning())
        .param("origin", t.origin())
        .param("history", t.history())
        .param("geom", Ewkb.write(geometry))
        .param("geometryGenerated", name.geometryGenerated())
        .param("divisionCode", name.divisionCode())
        .param("divisionCodes", String.join(",", name.divisionCodes()))
        .param("status", name.status().name())
        .param("valid", name.status().isStandard() ? range(name.validFrom(), name.validTo()) : null)
        .param("approvalAuthority", name.approval() == null ? null : name.approval().authority())
        .param("approvalDate", name.approval() == null ? null : name.approval().date())
        .param("approvalDocumentNo", name.approval() == null ? null : name.approval().documentNo())
        .param("announcementNo", name.announcement() == null ? null : name.announcement().number())
        .param("announcementDate", name.announcement() == null ? null : name.announcement().date())
        .param("source", name.source())
        .param("registrant", name.registrant())
        .param("supersedesId", name.supersedesId())
        .param("pinyinKey", keys == null ? null : keys.pinyin())
        .param("initialsKey", keys == null ? null : keys.initials());
  }

  /** A daterange literal [from, to); a missing end is unbounded. */
  private static String range(LocalDate from, LocalDate to) {
    return (from == null ? "(" : "[" + from) + "," + (to == null ? "" : to.toString()) + ")";
  }

  static PlaceName map(ResultSet rs, int row) throws SQLException {
    String authority = rs.getString("approval_authority");
    String announcementNo = rs.getString("announcement_no");
    Long supersedes = rs.getObject("supersedes_id", Long.class);
    return new PlaceName(
        rs.getLong("id"),
        rs.getInt("revision"),
        rs.getString("code"),
        new NameText(
            rs.getString("standard_name"),
            rs.getString("specific_part"),
            rs.getString("generic_part"),
            rs.getString("short_name"),
            strings(rs.getArray("aliases")),
            rs.getString("category_code"),
            rs.getString("romanization"),
            rs.getString("official_transliteration"),
            rs.getString("minority_written_form"),
            rs.getString("minority_language"),
            rs.getString("meaning"),
            rs.getString("origin"),
            rs.getString("history")),
        Ewkb.read(rs.getBytes("geom")),
        rs.getBoolean("geometry_generated"),
        rs.getString("division_code"),
        strings(rs.getArray("division_codes")),
        NameStatus.valueOf(rs.getString("status")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        authority == null
            ? null
            : new PlaceName.Approval(
                authority,
                rs.getObject("approval_date", LocalDate.class),
                rs.getString("approval_document_no")),
        announcementNo == null
            ? null
            : new PlaceName.Announcement(
                announcementNo, rs.getObject("announcement_date", LocalDate.class)),
        rs.getString("source"),
        rs.getString("registrant"),
        supersedes);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}

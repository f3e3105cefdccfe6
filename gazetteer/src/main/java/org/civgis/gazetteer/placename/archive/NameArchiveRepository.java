package org.civgis.gazetteer.placename.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes the archive catalogue ({@code gazetteer.name_archive_item}). Writes join the
 * caller's transaction; numbers are assigned under a per-county lock, so two catalogue runs of one
 * county never take the same number.
 */
public final class NameArchiveRepository {
  private static final String COLUMNS =
      """
      id, archive_no, category, place_name_code, place_name_id, standard_name, title,
      document_date, retention, classification, pages, file_name, media_type, size_bytes, sha256,
      attachment_id
      """;

  private final JdbcClient jdbc;

  public NameArchiveRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a search of the catalogue asks for; {@code null} fields do not narrow it. */
  public record Query(
      String countyPrefix,
      String text,
      ArchiveCategory category,
      String placeNameCode,
      int limit,
      long offset) {}

  /** The catalogue lines that match {@code query}, by archive number. */
  public List<ArchiveItem> find(Query query) {
    return bind(
            jdbc.sql(
                "select "
                    + COLUMNS
                    + " from gazetteer.name_archive_item"
                    + WHERE
                    + " order by county_code, archive_year, retention, sequence_no"
                    + " limit :limit offset :offset"),
            query)
        .param("limit", query.limit())
        .param("offset", query.offset())
        .query(NameArchiveRepository::map)
        .list();
  }

  public long count(Query query) {
    return bind(jdbc.sql("select count(*) from gazetteer.name_archive_item" + WHERE), query)
        .query(Long.class)
        .single();
  }

  private static final String WHERE =
      """
       where (cast(:prefix as text) is null or county_code like :prefix || '%')
         and (cast(:code as text) is null or place_name_code = :code)
         and (cast(:category as text) is null or category = :category)
         and (cast(:text as text) is null or title ilike '%' || :text || '%'
              or standard_name ilike '%' || :text || '%' or archive_no ilike '%' || :text || '%'
              or file_name ilike '%' || :text || '%')
      """;

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Query query) {
    String prefix = query.countyPrefix();
    return spec.param(
            "prefix", prefix == null ? null : prefix.substring(0, Math.min(6, prefix.length())))
        .param("code", query.placeNameCode())
        .param("category", query.category() == null ? null : query.category().name())
        .param(
            "text",
            query.text() == null || query.text().isBlank()
                ? null
                : query
                    .text()
                    .trim()
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_"));
  }

  public Optional<ArchiveItem> findByNumber(String archiveNo) {
    return jdbc.sql(
            "select " + COLUMNS + " from gazetteer.name_archive_item where archive_no = :no")
        .param("no", archiveNo)
        .query(NameArchiveRepository::map)
        .optional();
  }

  /** The file of a catalogued document (held here or in its attachment). */
  public byte[] content(ArchiveItem item) {
    return jdbc.sql(
            """
            select coalesce(i.content, a.content) from gazetteer.name_archive_item i
              left join gazetteer.name_attachment a on a.id = i.attachment_id
             where i.id = :id
            """)
        .param("id", item.id())
        .query((rs, row) -> rs.getBytes(1))
        .single();
  }

  /** Whether a document with this source key (what it was made from) is catalogued. */
  public boolean hasSource(String sourceKey) {
    return jdbc.sql(
            "select exists (select 1 from gazetteer.name_archive_item where source_key = :k)")
        .param("k", sourceKey)
        .query(Boolean.class)
        .single();
  }

  /**
   * Catalogues a document under the next free number of its county, year and retention; {@code
   * item.archiveNo()} is ignored. The file is {@code content}, or the attachment {@code
   * item.attachmentId()} when content is {@code null}.
   */
  public ArchiveItem catalogue(
      ArchiveItem item, String countyCode, byte[] content, String sourceKey, String recordedBy) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('gazetteer.name_archive_item:' || :county))")
        .param("county", countyCode)
        .query()
        .listOfRows();
    int year = item.documentDate().getYear();
    int sequence =
        jdbc.sql(
                "select coalesce(max(sequence_no), 0) + 1 from gazetteer.name_archive_item"
                    + " where county_code = :county and archive_year = :year and retention = :r")
            .param("county", countyCode)
            .param("year", year)
            .param("r", item.retention().name())
            .query(Integer.class)
            .single();
    ArchiveNumber number = new ArchiveNumber(countyCode, year, item.retention(), sequence);
    insert(item, number, content, sourceKey, recordedBy);
    return findByNumber(number.toString()).orElseThrow();
  }

  /** Stores a document under the number it already has (an imported one). */
  public ArchiveItem insertNumbered(ArchiveItem item, byte[] content, String recordedBy) {
    insert(item, item.archiveNo(), content, null, recordedBy);
    return findByNumber(item.archiveNo().toString()).orElseThrow();
  }

  private void insert(
      ArchiveItem item, ArchiveNumber number, byte[] content, String sourceKey, String recordedBy) {
    jdbc.sql(
            """
            insert into gazetteer.name_archive_item
              (archive_no, county_code, archive_year, sequence_no, category, place_name_code,
               place_name_id, standard_name, title, document_date, retention, classification,
               pages, file_name, media_type, size_bytes, sha256, attachment_id, content,
               source_key, recorded_by)
            values (:no, :county, :year, :seq, :category, :code, :nameId, :name, :title, :date,
                    :retention, :classification, :pages, :fileName, :mediaType, :size, :sha256,
                    :attachment, :content, :source, :by)
            """)
        .param("no", number.toString())
        .param("county", number.countyCode())
        .param("year", number.year())
        .param("seq", number.sequence())
        .param("category", item.category().name())
        .param("code", item.placeNameCode())
        .param("nameId", item.placeNameId())
        .param("name", item.standardName())
        .param("title", item.title())
        .param("date", item.documentDate())
        .param("retention", number.retention().name())
        .param("classification", item.classification().name())
        .param("pages", item.pages())
        .param("fileName", item.fileName())
        .param("mediaType", item.mediaType())
        .param("size", item.sizeBytes())
        .param("sha256", item.sha256())
        .param("attachment", content == null ? item.attachmentId() : null)
        .param("content", content)
        .param("source", sourceKey)
        .param("by", recordedBy)
        .update();
  }

  /** Corrects the catalogue fields of a document; its number and file stay. */
  public ArchiveItem correct(
      String archiveNo, String title, Classification classification, int pages) {
    jdbc.sql(
            "update gazetteer.name_archive_item set title = :title,"
                + " classification = :classification, pages = :pages where archive_no = :no")
        .param("title", title)
        .param("classification", classification.name())
        .param("pages", pages)
        .param("no", archiveNo)
        .update();
    return findByNumber(archiveNo).orElseThrow();
  }

  private static ArchiveItem map(ResultSet rs, int row) throws SQLException {
    return new ArchiveItem(
        rs.getLong("id"),
        ArchiveNumber.parse(rs.getString("archive_no")).orElseThrow(),
        ArchiveCategory.valueOf(rs.getString("category")),
        rs.getString("place_name_code"),
        (Long) rs.getObject("place_name_id"),
        rs.getString("standard_name"),
        rs.getString("title"),
        rs.getObject("document_date", LocalDate.class),
        Retention.valueOf(rs.getString("retention")),
        Classification.valueOf(rs.getString("classification")),
        rs.getInt("pages"),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getInt("size_bytes"),
        rs.getString("sha256"),
        (Long) rs.getObject("attachment_id"));
  }
}

package org.civgis.gazetteer.placename.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.civgis.gazetteer.placename.NameAttachment;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files what a county's standard names have into their archives (归档).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The names: every name of the county that is or was a standard name (announced, filed,
 *       renamed, retired), with the documents of its procedure, which are its attachments.
 *   <li>Each attachment not yet catalogued becomes a PROCEDURE document (photos: 30 years,
 *       documents: permanent), dated the day it was uploaded (Beijing time).
 *   <li>Each name's survey record (地名普查登记表: the library's fields of the name as plain UTF-8 text)
 *       and, when the feature has signs, its sign record (地名标志设置记录) are generated; a record is
 *       filed when no document of the same name with the same content is catalogued, so a changed
 *       record is filed again as a new document and the earlier one stays.
 *   <li>Numbers are assigned as {@link ArchiveNumber} says. Running it twice files nothing twice.
 * </ol>
 *
 * <p>Known limitations: the page count of a catalogued file is 1 until an archivist corrects it.
 */
public final class ArchiveCatalogue {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final PlaceNameRepository names;
  private final NameArchiveRepository archive;

  public ArchiveCatalogue(
      JdbcClient jdbc, PlaceNameRepository names, NameArchiveRepository archive) {
    this.jdbc = jdbc;
    this.names = names;
    this.archive = archive;
  }

  /** Files what is new in county {@code countyCode} (6 digits); returns the count per category. */
  public Map<ArchiveCategory, Integer> catalogue(
      String countyCode, LocalDate today, String recordedBy) {
    Map<ArchiveCategory, Integer> added = new EnumMap<>(ArchiveCategory.class);
    for (ArchiveCategory c : ArchiveCategory.values()) {
      added.put(c, 0);
    }
    List<Long> ids =
        jdbc.sql(
                "select id from gazetteer.place_name where division_code like :county || '%'"
                    + " and status in ('ANNOUNCED', 'FILED', 'RENAMED', 'RETIRED') order by id")
            .param("county", countyCode)
            .query(Long.class)
            .list();
    for (long id : ids) {
      PlaceName name = names.findById(id).orElseThrow();
      for (NameAttachment attachment : names.attachments(id)) {
        if (archive.hasSource("attachment:" + attachment.id())) {
          continue;
        }
        boolean photo = attachment.mediaType().startsWith("image/");
        String what =
            attachment.description() == null || attachment.description().isBlank()
                ? attachment.fileName()
                : attachment.description();
        archive.catalogue(
            new ArchiveItem(
                0,
                null,
                ArchiveCategory.PROCEDURE,
                name.code(),
                id,
                name.text().standardName(),
                "「" + name.text().standardName() + "」" + what,
                uploadedOn(attachment.id()),
                photo ? Retention.YEARS_30 : Retention.PERMANENT,
                Classification.PUBLIC,
                1,
                attachment.fileName(),
                attachment.mediaType(),
                attachment.sizeBytes(),
                attachment.sha256(),
                attachment.id()),
            countyCode,
            null,
            "attachment:" + attachment.id(),
            recordedBy);
        added.merge(ArchiveCategory.PROCEDURE, 1, Integer::sum);
      }
      if (file(name, ArchiveCategory.SURVEY, surveyRecord(name), countyCode, today, recordedBy)) {
        added.merge(ArchiveCategory.SURVEY, 1, Integer::sum);
      }
      String signs = signRecord(name);
      if (signs != null && file(name, ArchiveCategory.SIGN, signs, countyCode, today, recordedBy)) {
        added.merge(ArchiveCategory.SIGN, 1, Integer::sum);
      }
    }
    return added;
  }

  private boolean file(
      PlaceName name,
      ArchiveCategory category,
      String text,
      String countyCode,
      LocalDate today,
      String recordedBy) {
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    String sha256 = sha256(content);
    String source = category.name().toLowerCase() + ":" + name.id() + ":" + sha256;
    if (archive.hasSource(source)) {
      return false;
    }
    String kind = category == ArchiveCategory.SURVEY ? "地名普查登记表" : "地名标志设置记录";
    archive.catalogue(
        new ArchiveItem(
            0,
            null,
            category,
            name.code(),
            name.id(),
            name.text().standardName(),
            "「" + name.text().standardName() + "」" + kind,
            today,
            category.defaultRetention(),
            Classification.PUBLIC,
            1,
            name.text().standardName() + "-" + kind + ".txt",
            "text/plain;charset=UTF-8",
            content.length,
            sha256,
            null),
        countyCode,
        content,
        source,
        recordedBy);
    return true;
  }

  /** The survey record of a name: the library's fields, one per line, empty ones as 无. */
  static String surveyRecord(PlaceName name) {
    NameText t = name.text();
    StringJoiner lines = new StringJoiner("\n", "地名普查登记表\n", "\n");
    line(lines, "标准名称", t.standardName());
    line(lines, "地名代码", name.code());
    line(lines, "专名", t.specificPart());
    line(lines, "通名", t.genericPart());
    line(lines, "简称", t.shortName());
    line(lines, "别名", t.aliases().isEmpty() ? null : String.join("、", t.aliases()));
    line(lines, "地名类别代码", t.categoryCode());
    line(lines, "罗马字母拼写", t.romanization());
    line(lines, "少数民族语地名", t.minorityWrittenForm());
    line(lines, "含义", t.meaning());
    line(lines, "由来", t.origin());
    line(lines, "历史沿革", t.history());
    line(lines, "所在政区代码", name.divisionCode());
    Point at = name.geometry() == null ? null : name.geometry().getInteriorPoint();
    line(
        lines,
        "位置（CGCS2000）",
        at == null || at.isEmpty()
            ? null
            : String.format("东经 %.6f°，北纬 %.6f°", at.getX(), at.getY())
                + (name.geometryGenerated() ? "（生成位置）" : ""));
    line(lines, "状态", name.status().chineseName());
    line(lines, "批准机关", name.approval() == null ? null : name.approval().authority());
    line(
        lines,
        "批准日期",
        name.approval() == null || name.approval().date() == null
            ? null
            : name.approval().date().toString());
    line(lines, "批准文号", name.approval() == null ? null : name.approval().documentNo());
    line(lines, "公告编号", name.announcement() == null ? null : name.announcement().number());
    line(lines, "生效日期", name.validFrom() == null ? null : name.validFrom().toString());
    line(lines, "终止日期", name.validTo() == null ? null : name.validTo().toString());
    return lines.toString();
  }

  /** The sign record of a name's feature, or {@code null} when it has no signs. */
  private String signRecord(PlaceName name) {
    List<String> rows =
        jdbc.sql(
                """
                select s.code || '，' || s.sign_type || '，牌面「' || s.installed_text || '」'
                       || coalesce('，' || s.installed_romanization, '')
                       || coalesce('，设置单位 ' || s.installer, '')
                       || coalesce('，设置日期 ' || s.installed_on, '')
                       || '，状况 ' || s.condition
                       || coalesce('，撤除日期 ' || s.removed_on, '')
                       || '，巡查 ' || (select count(*) from gazetteer.sign_patrol p
                                         where p.sign_id = s.id) || ' 次'
                  from gazetteer.place_name_sign s
                 where s.place_name_code = :code order by s.code
                """)
            .param("code", name.code())
            .query(String.class)
            .list();
    if (rows.isEmpty()) {
      return null;
    }
    return "地名标志设置记录\n地名："
        + name.text().standardName()
        + "（"
        + name.code()
        + "）\n"
        + String.join("\n", rows)
        + "\n";
  }

  private LocalDate uploadedOn(long attachmentId) {
    return jdbc.sql("select uploaded_at from gazetteer.name_attachment where id = :id")
        .param("id", attachmentId)
        .query(java.time.OffsetDateTime.class)
        .single()
        .atZoneSameInstant(BEIJING)
        .toLocalDate();
  }

  private static void line(StringJoiner lines, String field, String value) {
    lines.add(field + "：" + (value == null || value.isBlank() ? "无" : value));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

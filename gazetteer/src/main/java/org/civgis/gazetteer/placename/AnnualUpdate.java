package org.civgis.gazetteer.placename;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual update of place-name information (地名信息更新上报, due before 30 June): the changes of one
 * calendar year, per county.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A row per change that took effect in the year: a new standard name (announced, replacing
 *       none), a renaming (announced, replacing an older name), a retirement, or a change of the
 *       attributes of a standard name (meaning, origin, history, aliases, transliteration,
 *       position).
 *   <li>Rows are ordered by county, then by the day of the change, then by name.
 * </ol>
 */
public final class AnnualUpdate {
  /** The kinds of change, with their names in the report. */
  public enum Change {
    NEW("新增"),
    RENAMED("更名"),
    RETIRED("注销"),
    ATTRIBUTES("属性变更");

    private final String chineseName;

    Change(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * One row of the report.
   *
   * @param countyCode 6-digit code of the county the name lies in
   * @param change what changed
   * @param effectiveOn the day the change took effect
   * @param code the place-name code
   * @param standardName the name (the new one for a renaming)
   * @param formerName the name before a renaming, else {@code null}
   * @param categoryCode the category
   * @param romanization its pinyin
   * @param approvalAuthority who approved it
   * @param approvalDate when
   * @param approvalDocumentNo by which document
   * @param announcementNo the announcement's number
   * @param note the note of the step
   */
  public record Row(
      String countyCode,
      Change change,
      LocalDate effectiveOn,
      String code,
      String standardName,
      String formerName,
      String categoryCode,
      String romanization,
      String approvalAuthority,
      LocalDate approvalDate,
      String approvalDocumentNo,
      String announcementNo,
      String note) {}

  /** The step note that marks a change of attributes of a standard name. */
  public static final String ATTRIBUTE_CHANGE_NOTE = "属性变更";

  private final JdbcClient jdbc;

  public AnnualUpdate(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The changes of {@code year} in the counties whose code starts with {@code divisionPrefix}. */
  public List<Row> changes(int year, String divisionPrefix) {
    return jdbc.sql(
            """
            select substr(n.division_code, 1, 6) as county_code,
                   case when t.to_status = 'RETIRED' then 'RETIRED'
                        when t.from_status = t.to_status then 'ATTRIBUTES'
                        when n.supersedes_id is not null then 'RENAMED'
                        else 'NEW' end as change,
                   t.occurred_on, n.code, n.standard_name, p.standard_name as former_name,
                   n.category_code, n.romanization, n.approval_authority, n.approval_date,
                   n.approval_document_no, n.announcement_no, t.note
              from gazetteer.name_transition t
              join gazetteer.place_name n on n.id = t.place_name_id
              left join gazetteer.place_name p on p.id = n.supersedes_id
             where t.occurred_on >= make_date(:year, 1, 1)
               and t.occurred_on < make_date(:year + 1, 1, 1)
               and (t.to_status in ('ANNOUNCED', 'RETIRED')
                    or (t.from_status = t.to_status and t.note like :attributes || '%'))
               and (cast(:prefix as text) is null or n.division_code like :prefix || '%')
             order by county_code, t.occurred_on, n.standard_name, t.id
            """)
        .param("year", year)
        .param("prefix", divisionPrefix)
        .param("attributes", ATTRIBUTE_CHANGE_NOTE)
        .query(
            (rs, row) ->
                new Row(
                    rs.getString("county_code"),
                    Change.valueOf(rs.getString("change")),
                    rs.getObject("occurred_on", LocalDate.class),
                    rs.getString("code"),
                    rs.getString("standard_name"),
                    rs.getString("former_name"),
                    rs.getString("category_code"),
                    rs.getString("romanization"),
                    rs.getString("approval_authority"),
                    rs.getObject("approval_date", LocalDate.class),
                    rs.getString("approval_document_no"),
                    rs.getString("announcement_no"),
                    rs.getString("note")))
        .list();
  }
}

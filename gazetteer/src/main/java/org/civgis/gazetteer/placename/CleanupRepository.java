package org.civgis.gazetteer.placename;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.gazetteer.placename.rules.CleanupStatus;
import org.civgis.gazetteer.placename.rules.CountyProgress;
import org.civgis.gazetteer.placename.rules.WorklistEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored cleanup worklist. A batch run records what it flagged; the status and note of a name
 * already on the list survive the rerun; a name that is no longer flagged is closed as DONE. Writes
 * join the caller's transaction.
 */
public final class CleanupRepository {
  /** The note of a name closed because a rerun found nothing wrong any more. */
  public static final String RECHECKED_NOTE = "复查已无问题";

  private final JdbcClient jdbc;

  public CleanupRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a run over the names {@code checkedIds}: {@code entries} are the flagged ones (each JSON
   * of its warnings in {@code warningsJson}, same order).
   */
  public void recordRun(
      List<WorklistEntry> entries,
      List<String> warningsJson,
      Collection<Long> checkedIds,
      Instant at) {
    Timestamp now = Timestamp.from(at);
    List<Long> flagged = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      WorklistEntry e = entries.get(i);
      long id = Long.parseLong(e.nameId());
      flagged.add(id);
      jdbc.sql(
              """
              insert into gazetteer.cleanup_item
                (place_name_id, county_code, name, reason_codes, severity, suggested_action,
                 warnings, status, checked_at)
              values (:id, :county, :name, string_to_array(:reasons, ','), :severity, :action,
                      cast(:warnings as jsonb), 'OPEN', :now)
              on conflict (place_name_id) do update set
                county_code = excluded.county_code, name = excluded.name,
                reason_codes = excluded.reason_codes, severity = excluded.severity,
                suggested_action = excluded.suggested_action, warnings = excluded.warnings,
                checked_at = excluded.checked_at,
                status = case when gazetteer.cleanup_item.status = 'DONE'
                                   and gazetteer.cleanup_item.note = :rechecked
                              then 'OPEN' else gazetteer.cleanup_item.status end
              """)
          .param("id", id)
          .param("county", e.countyCode())
          .param("name", e.name())
          .param("reasons", String.join(",", e.reasonCodes().stream().map(Enum::name).toList()))
          .param("severity", e.severity().name())
          .param("action", e.suggestedAction())
          .param("warnings", warningsJson.get(i))
          .param("now", now)
          .param("rechecked", RECHECKED_NOTE)
          .update();
    }
    List<Long> cleared = new ArrayList<>(checkedIds);
    cleared.removeAll(flagged);
    if (!cleared.isEmpty()) {
      jdbc.sql(
              """
              update gazetteer.cleanup_item
                 set status = 'DONE', note = :rechecked, checked_at = :now
               where place_name_id in (:ids) and status in ('OPEN', 'IN_PROGRESS')
              """)
          .param("rechecked", RECHECKED_NOTE)
          .param("now", now)
          .param("ids", cleared)
          .update();
    }
  }

  /** An item of the list. */
  public record Item(
      long placeNameId,
      String countyCode,
      String name,
      List<String> reasonCodes,
      String severity,
      String suggestedAction,
      String warningsJson,
      CleanupStatus status,
      String note) {}

  /**
   * The items under {@code countyPrefix} (or all), with {@code status} and {@code reason} if given.
   */
  public List<Item> items(String countyPrefix, CleanupStatus status, String reason) {
    return jdbc.sql(
            """
            select place_name_id, county_code, name, reason_codes, severity, suggested_action,
                   warnings::text as warnings, status, note
              from gazetteer.cleanup_item
             where (cast(:prefix as text) is null or county_code like :prefix || '%')
               and (cast(:status as text) is null or status = :status)
               and (cast(:reason as text) is null or :reason = any(reason_codes))
             order by county_code, case severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end,
                      name
            """)
        .param("prefix", countyPrefix)
        .param("status", status == null ? null : status.name())
        .param("reason", reason)
        .query(
            (rs, row) ->
                new Item(
                    rs.getLong("place_name_id"),
                    rs.getString("county_code"),
                    rs.getString("name"),
                    Arrays.asList((String[]) rs.getArray("reason_codes").getArray()),
                    rs.getString("severity"),
                    rs.getString("suggested_action"),
                    rs.getString("warnings"),
                    CleanupStatus.valueOf(rs.getString("status")),
                    rs.getString("note")))
        .list();
  }

  public Optional<Item> item(long placeNameId) {
    return items(null, null, null).stream().filter(i -> i.placeNameId() == placeNameId).findFirst();
  }

  /** Moves an item; the caller has checked the move. */
  public void setStatus(
      long placeNameId, CleanupStatus status, String note, String actor, Instant at) {
    jdbc.sql(
            """
            update gazetteer.cleanup_item
               set status = :status, note = :note, updated_by = :actor, updated_at = :at
             where place_name_id = :id
            """)
        .param("status", status.name())
        .param("note", note)
        .param("actor", actor)
        .param("at", Timestamp.from(at))
        .param("id", placeNameId)
        .update();
  }

  /**
   * Progress per county under {@code countyPrefix}: the current standard names of the county, and
   * its items by status.
   */
  public Map<String, CountyProgress> progress(String countyPrefix) {
    Map<String, CountyProgress> progress = new LinkedHashMap<>();
    jdbc.sql(
            """
            with names as (
              select substr(division_code, 1, 6) || '000000' as county, count(*) as total
                from gazetteer.place_name
               where status in ('ANNOUNCED', 'FILED') and upper_inf(valid)
                 and division_code is not null
               group by 1),
            items as (
              select county_code as county,
                     count(*) as flagged,
                     count(*) filter (where status = 'OPEN') as open,
                     count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                     count(*) filter (where status = 'DONE') as done,
                     count(*) filter (where status = 'WAIVED') as waived
                from gazetteer.cleanup_item group by 1)
            select n.county, n.total, coalesce(i.flagged, 0) as flagged, coalesce(i.open, 0) as open,
                   coalesce(i.in_progress, 0) as in_progress, coalesce(i.done, 0) as done,
                   coalesce(i.waived, 0) as waived
              from names n left join items i on i.county = n.county
             where (cast(:prefix as text) is null or n.county like :prefix || '%')
             order by n.county
            """)
        .param("prefix", countyPrefix)
        .query(
            (rs, row) ->
                new CountyProgress(
                    rs.getString("county"),
                    rs.getInt("total"),
                    rs.getInt("flagged"),
                    rs.getInt("open"),
                    rs.getInt("in_progress"),
                    rs.getInt("done"),
                    rs.getInt("waived")))
        .list()
        .forEach(p -> progress.put(p.countyCode(), p));
    return progress;
  }
}

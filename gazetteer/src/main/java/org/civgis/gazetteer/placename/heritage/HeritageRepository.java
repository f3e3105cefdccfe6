package org.civgis.gazetteer.placename.heritage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes the heritage list in the {@code gazetteer} schema. Writes join the caller's
 * transaction.
 */
public final class HeritageRepository {
  private static final String SELECT =
      """
      select h.id, h.place_name_id, h.criteria, h.in_use_since, h.story, h.sources, h.listed_on,
             h.listed_by,
             array(select p.attachment_id from gazetteer.name_heritage_photo p
                    where p.heritage_id = h.id order by p.attachment_id) as photos
        from gazetteer.name_heritage h
      """;

  private final JdbcClient jdbc;

  public HeritageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The entry of name {@code placeNameId}, if it is on the list. */
  public Optional<HeritageEntry> findByPlaceName(long placeNameId) {
    return jdbc.sql(SELECT + " where h.place_name_id = :id")
        .param("id", placeNameId)
        .query(HeritageRepository::map)
        .optional();
  }

  /** The entries whose names lie in divisions starting with {@code divisionPrefix} (or all). */
  public List<HeritageEntry> list(String divisionPrefix) {
    return jdbc.sql(
            SELECT
                + " join gazetteer.place_name n on n.id = h.place_name_id"
                + " where cast(:prefix as text) is null or n.division_code like :prefix || '%'"
                + " order by n.division_code, n.pinyin_key, h.id")
        .param("prefix", divisionPrefix)
        .query(HeritageRepository::map)
        .list();
  }

  /** Puts a name on the list or replaces its entry (photos stay); returns the stored entry. */
  public HeritageEntry save(HeritageEntry entry) {
    jdbc.sql(
            """
            insert into gazetteer.name_heritage
              (place_name_id, criteria, in_use_since, story, sources, listed_on, listed_by)
            values (:id, string_to_array(:criteria, ','), :since, :story, :sources, :on, :by)
            on conflict (place_name_id) do update set
              criteria = excluded.criteria, in_use_since = excluded.in_use_since,
              story = excluded.story, sources = excluded.sources,
              revision = gazetteer.name_heritage.revision + 1, recorded_at = now()
            """)
        .param("id", entry.placeNameId())
        .param(
            "criteria",
            String.join(
                ",", entry.criteria().stream().sorted().map(HeritageCriterion::name).toList()))
        .param("since", entry.inUseSince())
        .param("story", entry.story())
        .param("sources", entry.sources())
        .param("on", entry.listedOn())
        .param("by", entry.listedBy())
        .update();
    return findByPlaceName(entry.placeNameId()).orElseThrow();
  }

  /** Links a name attachment to the entry as one of its photos. */
  public void addPhoto(long heritageId, long attachmentId) {
    jdbc.sql(
            "insert into gazetteer.name_heritage_photo (heritage_id, attachment_id)"
                + " values (:h, :a) on conflict do nothing")
        .param("h", heritageId)
        .param("a", attachmentId)
        .update();
  }

  private static HeritageEntry map(ResultSet rs, int row) throws SQLException {
    Set<HeritageCriterion> criteria = EnumSet.noneOf(HeritageCriterion.class);
    for (String c : strings(rs.getArray("criteria"))) {
      criteria.add(HeritageCriterion.valueOf(c));
    }
    Array photos = rs.getArray("photos");
    List<Long> photoIds =
        photos == null
            ? List.of()
            : Arrays.stream((Object[]) photos.getArray())
                .map(o -> ((Number) o).longValue())
                .toList();
    return new HeritageEntry(
        rs.getLong("id"),
        rs.getLong("place_name_id"),
        criteria,
        rs.getString("in_use_since"),
        rs.getString("story"),
        rs.getString("sources"),
        rs.getObject("listed_on", LocalDate.class),
        rs.getString("listed_by"),
        photoIds);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}

package org.civgis.web.ogc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.civgis.web.replica.ReadRoute;
import org.civgis.web.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The ETag last served to each editor, per feature of an editable collection: the state that user's
 * client holds. A merge patch or a delete that carries neither {@code If-Match} nor a {@code
 * version} (QGIS sends neither) is checked against it, so a change by someone else since the user's
 * read fails with 412 instead of being overwritten (docs/adr 0013).
 *
 * <ol>
 *   <li>The marks are rows of {@code platform.read_mark}, keyed by user, collection and feature:
 *       every instance of the app reads what any of them recorded, also after a restart.
 *   <li>Recorded only for a user whose role edits the collection, and only for features that carry
 *       their {@code version} (current revisions of an editable collection); never for anonymous
 *       users, readers or read-only collections. An answer to a write records what it returned.
 *   <li>One statement per response, whatever its number of features (an upsert of arrays). A
 *       re-read of an unchanged feature leaves its mark as it is for a day (the row is only
 *       locked).
 *   <li>A recording that fails (the database briefly read-only, the pool exhausted) is logged and
 *       does not fail the read; the later patch or delete then finds no mark and answers 428.
 *   <li>{@link #prune} forgets marks older than {@code civgis.read-marks.max-age} (30 days) and the
 *       oldest of a user's marks beyond {@code civgis.read-marks.max-per-user} (100,000); each
 *       instance runs it every {@code civgis.read-marks.prune-every} (an hour).
 * </ol>
 *
 * <p>Known limitations: a forgotten mark (pruned, or its recording failed) means 428 until the
 * client reads the feature anew, never a silent overwrite. A user who reads the feature again in
 * another client moves the mark, so an older copy elsewhere is no longer recognised as stale. With
 * {@code civgis.read-marks.enabled=false} nothing is recorded (to measure what recording costs):
 * QGIS's patches and deletes then answer 428.
 */
@Component
class ReadMarks {
  private static final Logger log = LoggerFactory.getLogger(ReadMarks.class);

  private final JdbcClient jdbc;
  private final boolean enabled;
  private final Duration maxAge;
  private final int maxPerUser;

  ReadMarks(
      JdbcClient jdbc,
      @Value("${civgis.read-marks.enabled:true}") boolean enabled,
      @Value("${civgis.read-marks.max-age:P30D}") Duration maxAge,
      @Value("${civgis.read-marks.max-per-user:100000}") int maxPerUser) {
    this.jdbc = jdbc;
    this.enabled = enabled;
    this.maxAge = maxAge;
    this.maxPerUser = maxPerUser;
  }

  /**
   * Remembers that {@code actor} was served {@code features} of {@code source} at their {@code
   * version}, when {@code actor} edits {@code source}; features without a version are skipped.
   */
  void served(Actor actor, FeatureSource source, List<GeoFeature> features) {
    if (!(source instanceof EditableFeatureSource editable)
        || actor.role().filter(editable.editors()::contains).isEmpty()) {
      return;
    }
    // sorted: two responses that share features lock their rows in the same order
    TreeMap<String, String> etags = new TreeMap<>();
    for (GeoFeature feature : features) {
      if (feature.properties().get(FeatureVersion.PROPERTY) instanceof String version) {
        etags.put(feature.id(), "\"" + version + "\"");
      }
    }
    record(actor, source.id(), etags);
  }

  /** Remembers that {@code actor} was served feature {@code featureId} at {@code etag}: a write. */
  void served(Actor actor, String collection, String featureId, String etag) {
    if (etag != null) {
      TreeMap<String, String> etags = new TreeMap<>();
      etags.put(featureId, etag);
      record(actor, collection, etags);
    }
  }

  /** The ETag last served to {@code actor} for the feature, if one is remembered. */
  Optional<String> lastServed(Actor actor, String collection, String featureId) {
    if (actor.user() == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select etag from platform.read_mark"
                + " where user_id = :user and collection = :collection and feature_id = :feature")
        .param("user", actor.user().id())
        .param("collection", collection)
        .param("feature", featureId)
        .query(String.class)
        .optional();
  }

  /**
   * Forgets the marks older than the maximum age, and of each user with more than the maximum the
   * oldest beyond it. Two statements over the whole table (no index on {@code served_at}, see the
   * migration): run now and then, not per request.
   */
  @Scheduled(
      fixedDelayString = "${civgis.read-marks.prune-every:PT1H}",
      initialDelayString = "${civgis.read-marks.prune-first-after:PT10M}")
  void prune() {
    try {
      int old =
          jdbc.sql(
                  "delete from platform.read_mark"
                      + " where served_at < now() - make_interval(secs => :maxAgeSeconds)")
              .param("maxAgeSeconds", (double) maxAge.toSeconds())
              .update();
      int beyond =
          jdbc.sql(
                  """
                  delete from platform.read_mark m
                   using (select user_id, collection, feature_id
                            from (select user_id, collection, feature_id,
                                         row_number() over (partition by user_id
                                                            order by served_at desc) as newer
                                    from platform.read_mark
                                   where user_id in (select user_id from platform.read_mark
                                                      group by user_id
                                                     having count(*) > :maxPerUser)) ranked
                           where newer > :maxPerUser) beyond
                   where m.user_id = beyond.user_id and m.collection = beyond.collection
                     and m.feature_id = beyond.feature_id
                  """)
              .param("maxPerUser", maxPerUser)
              .update();
      if (old + beyond > 0) {
        log.info(
            "forgot {} read marks older than {} and {} beyond {} per user",
            old,
            maxAge,
            beyond,
            maxPerUser);
      }
    } catch (DataAccessException e) {
      log.warn("could not prune the read marks: {}", e.getMostSpecificCause().getMessage());
    }
  }

  /**
   * One upsert of all of {@code etags} (feature id to ETag); a failure is logged, not thrown.
   * Implementation note: a mark there already with the same ETag and younger than a day is left as
   * it is by the conflict clause. That still locks its row (a small write per feature), but each
   * feature is one probe of the primary key whatever the plan: leaving such marks out before the
   * upsert ({@code not exists}) was cheaper in isolation, but its plan, made while the table was
   * small or just vacuumed, turned a re-read of 1,000 features into seconds.
   */
  private void record(Actor actor, String collection, TreeMap<String, String> etags) {
    if (!enabled || actor.user() == null || etags.isEmpty()) {
      return;
    }
    try {
      // a write during a read: on the primary, also when the read itself is served by a replica
      ReadRoute.onPrimary(() -> upsert(actor, collection, etags));
    } catch (DataAccessException e) {
      // the read is answered anyway; a patch or delete without a precondition will get 428
      log.warn(
          "could not record the {} read marks of user {} in {}: {}",
          etags.size(),
          actor.user().id(),
          collection,
          e.getMostSpecificCause().getMessage());
    }
  }

  private void upsert(Actor actor, String collection, TreeMap<String, String> etags) {
    jdbc.sql(
            """
            insert into platform.read_mark as m
                   (user_id, collection, feature_id, etag, served_at)
            select :user, :collection, f.feature_id, f.etag, now()
              from unnest(cast(:featureIds as text[]), cast(:etags as text[]))
                   with ordinality as f(feature_id, etag, n)
             order by f.n
            on conflict (user_id, collection, feature_id) do update
               set etag = excluded.etag, served_at = excluded.served_at
             where m.etag <> excluded.etag or m.served_at < excluded.served_at - interval '1 day'
            """)
        .param("user", actor.user().id())
        .param("collection", collection)
        .param("featureIds", etags.keySet().toArray(String[]::new))
        .param("etags", etags.values().toArray(String[]::new))
        .update();
  }
}

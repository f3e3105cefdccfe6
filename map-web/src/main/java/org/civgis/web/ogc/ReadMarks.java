package org.civgis.web.ogc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civgis.web.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The ETag this instance last served to each user who may edit it, per feature of an editable
 * collection: the state that user's client holds. A merge patch or a delete that carries neither
 * {@code If-Match} nor a {@code version} (QGIS sends neither) is checked against it, so a change by
 * someone else since the user's read fails with 412 instead of being overwritten.
 *
 * <p>Known limitations (docs/adr 0013): the marks live in this instance's memory (another instance,
 * or a restart, knows none and answers 428); at most {@link #CAPACITY} are kept, the least recently
 * used go first (428 again, until the client reads anew); a user who reads the feature again in
 * another client moves the mark, so an older copy elsewhere is no longer recognised as stale.
 */
@Component
class ReadMarks {
  /** About 200 bytes each: some 20 MB at most. */
  static final int CAPACITY = 100_000;

  private record Key(long userId, String collection, String featureId) {}

  private final Map<Key, String> marks =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
          return size() > CAPACITY;
        }
      };

  /** Remembers that {@code actor} was served feature {@code featureId} at {@code etag}. */
  void served(Actor actor, String collection, String featureId, String etag) {
    if (actor.user() == null || etag == null) {
      return;
    }
    synchronized (marks) {
      marks.put(new Key(actor.user().id(), collection, featureId), etag);
    }
  }

  /** The ETag last served to {@code actor} for the feature, if this instance remembers one. */
  Optional<String> lastServed(Actor actor, String collection, String featureId) {
    if (actor.user() == null) {
      return Optional.empty();
    }
    synchronized (marks) {
      return Optional.ofNullable(marks.get(new Key(actor.user().id(), collection, featureId)));
    }
  }
}

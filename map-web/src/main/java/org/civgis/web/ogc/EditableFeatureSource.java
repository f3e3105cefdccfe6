package org.civgis.web.ogc;

import java.util.Optional;
import java.util.Set;
import org.civgis.web.security.Actor;
import org.civgis.web.security.Role;

/**
 * A collection that can be written through OGC API – Features Part 4.
 *
 * <p>Contract for every write:
 *
 * <ol>
 *   <li>validate the input (400 naming the property or position), then check the actor's role and
 *       jurisdiction (403), then the ETag (412), then write the new revision and its audit entry in
 *       one transaction and announce the change; on any failure nothing is written;
 *   <li>{@code ifMatch} is one strong ETag, the revision the client's precondition named (the
 *       controller decides {@code If-Match}, see {@link IfMatch}); the write compares it by plain
 *       equality with the current revision inside its transaction and fails with 412 if it is not;
 *   <li>every feature written out carries its {@link FeatureVersion} property; it is never input.
 * </ol>
 */
public interface EditableFeatureSource extends FeatureSource {

  /** The roles that may write this collection (inside their jurisdiction). */
  Set<Role> editors();

  /**
   * Throws {@link org.civgis.web.problem.ForbiddenException} (403, saying why) unless {@code actor}
   * may replace, update and delete feature {@code id} as it is now (role and jurisdiction); for a
   * feature that does not exist, the role alone decides. Every PUT, PATCH and DELETE passes this
   * first, and OPTIONS offers them exactly when it passes; the write still checks the rest (the
   * jurisdiction of a moved feature) on its own.
   */
  void checkWrite(String id, Actor actor);

  /** Whether {@link #checkWrite} lets {@code actor} write feature {@code id}. */
  default boolean mayWrite(String id, Actor actor) {
    try {
      checkWrite(id, actor);
      return true;
    } catch (org.civgis.web.problem.ForbiddenException e) {
      return false;
    }
  }

  /** The GeoJSON geometry types a feature of this collection may have. */
  Set<String> geometryTypes();

  /** The current revision of feature {@code id}, drafts included if asked. */
  Optional<VersionedFeature> current(String id, boolean includeDrafts);

  /** Creates a feature; its id comes from the input or the source. */
  VersionedFeature create(FeatureInput input, Actor actor);

  /** Replaces feature {@code id} if it is still at {@code ifMatch}. */
  VersionedFeature replace(String id, String ifMatch, FeatureInput input, Actor actor);

  /** Ends feature {@code id} if it is still at {@code ifMatch}; its history stays. */
  void delete(String id, String ifMatch, Actor actor);
}

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
 *   <li>{@code ifMatch} is the ETag the client read; writes against an older one fail with 412.
 * </ol>
 */
public interface EditableFeatureSource extends FeatureSource {

  /** The roles that may write this collection (inside their jurisdiction). */
  Set<Role> editors();

  /**
   * Whether {@code actor} may write feature {@code id} (role and jurisdiction), for OPTIONS and for
   * a client to offer editing; a write is still checked on its own.
   */
  default boolean mayWrite(String id, Actor actor) {
    return actor.role().filter(editors()::contains).isPresent();
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

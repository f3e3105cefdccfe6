package org.civgis.web.change;

import org.locationtech.jts.geom.Envelope;

/**
 * Something that keeps what it derived from a collection's features (a tile cache, say) and has to
 * forget it when they change. Implementations are beans; see the package contract.
 */
public interface FeatureChangeSubscriber {

  /**
   * Features of {@code collection} changed within {@code lonLatBboxOrNull} (CRS84 degrees), or
   * anywhere in it when {@code null}.
   */
  void onChange(String collection, Envelope lonLatBboxOrNull);

  /** Changes of any collection may have gone unheard: forget everything derived. */
  void onMissedChanges();
}

package org.civgis.boundary.change;

import java.util.List;

/**
 * Finds what a division change touches in one collection. The application registers one per
 * collection that refers to divisions (place names, addresses, facilities …); this module has its
 * own for lines, markers and child divisions.
 */
public interface ChangeImpactSource {

  /** The kind of feature this source reports, e.g. {@code PLACE_NAME}. */
  String kind();

  /** The features the change touches, each with its reason. */
  List<ImpactedFeature> find(ImpactQuery query);
}

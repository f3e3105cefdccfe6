package org.civgis.web.replica;

import org.civgis.web.change.FeatureChangeSubscriber;
import org.locationtech.jts.geom.Envelope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Raises the replica floor of this instance on every change it hears of, before the caches and
 * indexes hear of it (first in order): what they fill again from a replica then includes the
 * change.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ReplicaFloor implements FeatureChangeSubscriber {
  private final ReplicaServer replica;

  ReplicaFloor(ReplicaServer replica) {
    this.replica = replica;
  }

  @Override
  public void onChange(String collection, Envelope lonLatBboxOrNull) {
    replica.primaryMovedOn();
  }

  @Override
  public void onMissedChanges() {
    replica.primaryMovedOn();
  }
}

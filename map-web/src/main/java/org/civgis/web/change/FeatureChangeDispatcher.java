package org.civgis.web.change;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands changes to every {@link FeatureChangeSubscriber} bean. A subscriber that throws is logged
 * and does not keep the others from hearing of the change.
 */
@Component
class FeatureChangeDispatcher {
  private static final Logger log = LoggerFactory.getLogger(FeatureChangeDispatcher.class);

  // looked up per change, so that a subscriber may itself depend on the publisher
  private final ObjectProvider<FeatureChangeSubscriber> subscribers;

  FeatureChangeDispatcher(ObjectProvider<FeatureChangeSubscriber> subscribers) {
    this.subscribers = subscribers;
  }

  void changed(FeatureChange change) {
    subscribers
        .orderedStream()
        .forEach(
            subscriber -> {
              try {
                subscriber.onChange(change.collection(), change.lonLatBbox());
              } catch (RuntimeException e) {
                log.error("{} failed on a change of {}", subscriber, change.collection(), e);
              }
            });
  }

  void missedChanges() {
    subscribers
        .orderedStream()
        .forEach(
            subscriber -> {
              try {
                subscriber.onMissedChanges();
              } catch (RuntimeException e) {
                log.error("{} failed to forget missed changes", subscriber, e);
              }
            });
  }
}

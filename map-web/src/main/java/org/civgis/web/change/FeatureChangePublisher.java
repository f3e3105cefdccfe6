package org.civgis.web.change;

import java.nio.charset.StandardCharsets;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces that features changed: a {@code NOTIFY} in the caller's transaction for every instance,
 * and the same change to this instance's own subscribers once that transaction has committed. See
 * the package contract.
 */
@Component
public class FeatureChangePublisher {
  /** The PostgreSQL notification channel. */
  public static final String CHANNEL = "civgis_feature_changes";

  private final JdbcClient jdbc;
  private final FeatureChangeDispatcher dispatcher;

  FeatureChangePublisher(JdbcClient jdbc, FeatureChangeDispatcher dispatcher) {
    this.jdbc = jdbc;
    this.dispatcher = dispatcher;
  }

  /**
   * Publishes a change of {@code collection} within {@code lonLatBbox}.
   *
   * <p>Call it inside the writing transaction (the {@code NOTIFY} runs on its connection, so
   * PostgreSQL sends it on commit and drops it on rollback), after the write.
   *
   * @param collection the collection id, e.g. {@code divisions}
   * @param lonLatBbox the CRS84 envelope of the old and new geometries together; {@code null} (or
   *     an empty envelope) for anywhere in the collection
   */
  /**
   * Publishes a change of a feature of {@code collection} from geometry {@code before} to {@code
   * after} (either may be {@code null}): the union of their envelopes; nothing when neither has a
   * geometry (the feature is not on the map).
   */
  public void publishChange(String collection, Geometry before, Geometry after) {
    Envelope envelope = new Envelope();
    if (before != null) {
      envelope.expandToInclude(before.getEnvelopeInternal());
    }
    if (after != null) {
      envelope.expandToInclude(after.getEnvelopeInternal());
    }
    if (!envelope.isNull()) {
      publish(collection, envelope);
    }
  }

  public void publish(String collection, Envelope lonLatBbox) {
    FeatureChange change = new FeatureChange(collection, lonLatBbox);
    String payload = change.toPayload();
    if (payload.getBytes(StandardCharsets.UTF_8).length > FeatureChange.MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException(
          "collection id too long for a notification: " + collection);
    }
    jdbc.sql("select pg_notify(:channel, :payload)")
        .param("channel", CHANNEL)
        .param("payload", payload)
        .query()
        .listOfRows();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              dispatcher.changed(change);
            }
          });
    } else {
      // no transaction: the NOTIFY has been committed with its statement
      dispatcher.changed(change);
    }
  }
}

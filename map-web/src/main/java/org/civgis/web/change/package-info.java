/**
 * Feature changes across instances: a writer publishes what changed where, every instance's caches
 * hear of it.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A writer calls {@link org.civgis.web.change.FeatureChangePublisher#publish} inside the
 *       transaction that writes the features, once per collection, with the CRS84 lon/lat envelope
 *       of everything that changed: the union of the old and the new geometries' envelopes ({@code
 *       null}: anywhere in the collection).
 *   <li>The change travels as PostgreSQL {@code NOTIFY} on the channel {@code
 *       civgis_feature_changes} with the payload {@code
 *       {"collection":"divisions","bbox":[minLon,minLat,maxLon,maxLat]}} ({@code "bbox":null}: the
 *       whole collection). PostgreSQL delivers it when the transaction commits and never when it
 *       rolls back.
 *   <li>The writing instance also hands the change to its own subscribers right after the commit
 *       (at once without a transaction), so it never serves what it has just replaced; the NOTIFY
 *       reaches it again a moment later, which is harmless.
 *   <li>Every instance keeps one pooled connection listening. Notifications sent while it is
 *       disconnected are lost, so after each (re)connection every subscriber is told {@link
 *       org.civgis.web.change.FeatureChangeSubscriber#onMissedChanges}.
 *   <li>Subscribers are {@link org.civgis.web.change.FeatureChangeSubscriber} beans; they are
 *       called on the listener's thread or on the committing thread, must be quick and thread-safe,
 *       and may be told of one change more than once.
 * </ol>
 */
package org.civgis.web.change;

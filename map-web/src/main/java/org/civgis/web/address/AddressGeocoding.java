package org.civgis.web.address;

import io.micrometer.core.instrument.MeterRegistry;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.RegistryIndex;
import org.civgis.gazetteer.address.geocode.RegistryLoader;
import org.civgis.web.change.BackgroundRebuild;
import org.civgis.web.change.FeatureChangeSubscriber;
import org.civgis.web.replica.ReadRoute;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This instance's geocoder: the address library in memory. Built once at start, rebuilt in the
 * background when the change feed reports a change of addresses or place names (roads and divisions
 * are place names) on any instance, or that changes may have been missed; requests meanwhile use
 * the previous index.
 */
@Component
public class AddressGeocoding implements FeatureChangeSubscriber, DisposableBean {
  /** The OGC collection of the standard addresses. */
  public static final String ADDRESSES = "addresses";

  private static final String PLACE_NAMES = "place-names";
  private static final Logger log = LoggerFactory.getLogger(AddressGeocoding.class);

  private final RegistryLoader loader;
  private final BackgroundRebuild rebuilder;
  private volatile Geocoder geocoder;

  AddressGeocoding(RegistryLoader loader, MeterRegistry meters) {
    this.loader = loader;
    this.rebuilder =
        new BackgroundRebuild(
            "address index", this::build, () -> ReadRoute.replica(this::build), meters);
  }

  /** The geocoder over the current index (built now, or awaited, if none was yet). */
  public Geocoder geocoder() {
    Geocoder g = geocoder;
    if (g == null) {
      rebuilder.buildUnlessBuilt();
      g = geocoder;
    }
    return g;
  }

  /**
   * Builds the index at start, unless the rebuild the change listener asked for when it began to
   * listen has built it already (see {@link BackgroundRebuild}).
   */
  @EventListener(ApplicationReadyEvent.class)
  public void buildAtStart() {
    rebuilder.buildAtStart();
  }

  private void build() {
    long started = System.nanoTime();
    RegistryIndex index = loader.load();
    geocoder = new Geocoder(index);
    log.info(
        "address index: {} addresses, {} roads in {} ms",
        index.size(),
        index.roadCount(),
        (System.nanoTime() - started) / 1_000_000);
  }

  @Override
  public void onChange(String collection, Envelope lonLatBboxOrNull) {
    if (ADDRESSES.equals(collection) || PLACE_NAMES.equals(collection)) {
      rebuilder.request();
    }
  }

  @Override
  public void onMissedChanges() {
    rebuilder.request();
  }

  @Override
  public void destroy() {
    rebuilder.close();
  }
}

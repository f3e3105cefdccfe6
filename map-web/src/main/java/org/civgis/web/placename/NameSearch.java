package org.civgis.web.placename;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.search.NameSearchIndex;
import org.civgis.gazetteer.placename.search.SearchHit;
import org.civgis.gazetteer.placename.search.SearchQuery;
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
 * This instance's search index of the place-name library. It is built once at start and rebuilt in
 * the background whenever the change feed reports a change of place names (on any instance) or
 * changes may have been missed; searches meanwhile use the previous index.
 */
@Component
class NameSearch implements FeatureChangeSubscriber, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(NameSearch.class);

  private final PlaceNameRepository names;
  private final BackgroundRebuild rebuilder;
  private volatile NameSearchIndex index = NameSearchIndex.build(List.of());

  NameSearch(PlaceNameRepository names, MeterRegistry meters) {
    this.names = names;
    this.rebuilder =
        new BackgroundRebuild(
            "name search index", this::build, () -> ReadRoute.replica(this::build), meters);
  }

  List<SearchHit> search(SearchQuery query) {
    return index.search(query);
  }

  /**
   * Builds the index at start, unless the rebuild the change listener asked for when it began to
   * listen has built it already (see {@link BackgroundRebuild}).
   */
  @EventListener(ApplicationReadyEvent.class)
  void buildAtStart() {
    rebuilder.buildAtStart();
  }

  private void build() {
    long started = System.nanoTime();
    NameSearchIndex built = NameSearchIndex.build(names.searchEntries());
    index = built;
    log.info(
        "name search index: {} names in {} ms",
        built.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  @Override
  public void onChange(String collection, Envelope lonLatBboxOrNull) {
    if (PlaceNameService.COLLECTION.equals(collection)) {
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

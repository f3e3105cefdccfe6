package org.civgis.web.placename;

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
 * This instance's search index of the place-name library. It is built when the app is ready and
 * rebuilt in the background whenever the change feed reports a change of place names (on any
 * instance) or changes may have been missed; searches meanwhile use the previous index.
 */
@Component
class NameSearch implements FeatureChangeSubscriber, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(NameSearch.class);

  private final PlaceNameRepository names;
  private final BackgroundRebuild rebuilder =
      new BackgroundRebuild("name search index", () -> ReadRoute.replica(this::rebuild));
  private volatile NameSearchIndex index = NameSearchIndex.build(List.of());

  NameSearch(PlaceNameRepository names) {
    this.names = names;
  }

  List<SearchHit> search(SearchQuery query) {
    return index.search(query);
  }

  /**
   * Builds the index now (at start, and in tests that need it current). One build at a time: the
   * start's build and the listener's first rebuild (changes may have been missed before it
   * listened) would otherwise each hold a whole index under construction at once.
   */
  @EventListener(ApplicationReadyEvent.class)
  synchronized void rebuild() {
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

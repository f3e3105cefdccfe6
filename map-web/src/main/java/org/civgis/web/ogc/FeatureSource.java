package org.civgis.web.ogc;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.web.ogc.cql.Queryable;
import org.locationtech.jts.geom.Envelope;

/** A collection of OGC API – Features; implementations adapt a domain repository. */
public interface FeatureSource {

  /** The collection id, e.g. {@code divisions}. */
  String id();

  /** Chinese title. */
  String title();

  /** Chinese description, including what its own query parameters do. */
  String description();

  /**
   * The properties of the features: the one declaration {@code /schema}, {@code /queryables},
   * {@link #queryables()} and the filters derive from.
   */
  default FeatureSchema schema() {
    return FeatureSchema.builder().build();
  }

  /**
   * The properties a CQL2 filter (or a query parameter of the same name) may name, by name, with
   * the SQL each stands for; empty when the collection cannot be filtered. Derived from {@link
   * #schema()}.
   */
  default Map<String, Queryable> queryables() {
    return schema().queryables();
  }

  /** The query parameters this collection accepts beyond those of the standard. */
  Set<String> parameters();

  /** The extent of the current features in CRS84, or {@code null} when empty. */
  Envelope extent();

  /**
   * The features matching {@code request}; an {@link
   * org.civgis.web.problem.InvalidParameterException} for a bad value of a collection parameter.
   */
  FeaturePage items(ItemsRequest request);

  /** The feature {@code id} as it was during {@code period}; drafts only if asked. */
  Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts);
}

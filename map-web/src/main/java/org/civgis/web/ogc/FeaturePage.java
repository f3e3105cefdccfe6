package org.civgis.web.ogc;

import java.util.List;

/**
 * One page of a collection's items.
 *
 * @param features the features of the page
 * @param numberMatched how many features match the query regardless of paging
 */
public record FeaturePage(List<GeoFeature> features, long numberMatched) {}

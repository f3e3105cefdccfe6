package org.civgis.web.ogc;

/**
 * A feature with the entity tag of its current revision.
 *
 * @param feature the feature
 * @param etag quoted strong ETag, as HTTP writes it
 */
public record VersionedFeature(GeoFeature feature, String etag) {}

package org.civgis.web.ogc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read-only {@code version} property of every feature of an editable collection: the opaque tag
 * of the feature's ETag (without quotes). A client that cannot send {@code If-Match} (QGIS) sends
 * it back in the body of a PUT or PATCH, where it is checked like {@code If-Match}; it is never
 * stored and a body may carry it unchanged. See docs/adr 0013.
 */
public final class FeatureVersion {
  /** The name of the property. */
  public static final String PROPERTY = "version";

  private FeatureVersion() {}

  /** {@code feature} with the version of {@code etag} (a quoted strong ETag) as last property. */
  public static GeoFeature with(GeoFeature feature, String etag) {
    Map<String, Object> properties = new LinkedHashMap<>(feature.properties());
    properties.put(PROPERTY, opaque(etag));
    return new GeoFeature(feature.id(), feature.geometry(), properties);
  }

  /** The version written for {@code etag}: its opaque tag without the quotes. */
  static String opaque(String etag) {
    return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
        ? etag.substring(1, etag.length() - 1)
        : etag;
  }
}

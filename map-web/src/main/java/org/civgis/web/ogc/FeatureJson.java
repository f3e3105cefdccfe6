package org.civgis.web.ogc;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A feature as a GeoJSON Feature, as the API writes it (audit trail, JSON responses). */
@Component
public class FeatureJson {
  private final JsonMapper json;

  FeatureJson(JsonMapper json) {
    this.json = json;
  }

  public String write(GeoFeature feature) {
    return json.writeValueAsString(document(feature));
  }

  /** The feature as a GeoJSON Feature object for a JSON response body (CRS84). */
  public Object document(GeoFeature feature) {
    return GeoJsonDocuments.feature(feature, null);
  }
}

package org.civgis.web.ogc;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A feature as GeoJSON text, as the API writes it (for the audit trail). */
@Component
public class FeatureJson {
  private final JsonMapper json;

  FeatureJson(JsonMapper json) {
    this.json = json;
  }

  public String write(GeoFeature feature) {
    return json.writeValueAsString(GeoJsonDocuments.feature(feature, null));
  }
}

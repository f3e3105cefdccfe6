package org.civgis.web.ogc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.Map;
import org.civgis.geo.geom.GeoJsonGeometry;

/** The GeoJSON documents of the API (RFC 7946), as Jackson writes them. */
final class GeoJsonDocuments {
  /** Seven decimals of a degree are about a centimetre. */
  static final int DECIMALS = 7;

  private GeoJsonDocuments() {}

  /** A link of OGC API – Common. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Link(String href, String rel, String type, String title) {}

  /** A GeoJSON Feature; {@code geometry} is the GeoJSON text or {@code null}. */
  record Feature(
      String type,
      String id,
      @JsonRawValue String geometry,
      Map<String, Object> properties,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Link> links) {}

  /** A GeoJSON FeatureCollection with the members of OGC API – Features. */
  record FeatureCollection(
      String type,
      List<Feature> features,
      long numberMatched,
      int numberReturned,
      String timeStamp,
      List<Link> links) {}

  static Feature feature(GeoFeature feature, List<Link> links) {
    String geometry =
        feature.geometry() == null ? null : GeoJsonGeometry.write(feature.geometry(), DECIMALS);
    return new Feature("Feature", feature.id(), geometry, feature.properties(), links);
  }
}

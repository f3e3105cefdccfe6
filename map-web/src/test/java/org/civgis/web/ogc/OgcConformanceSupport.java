package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civgis.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * What the requirement-named conformance tests share: the collections of {@code /ogc}, walking
 * every page of an items query, and the bounding box of a GeoJSON geometry.
 */
abstract class OgcConformanceSupport extends WebIntegrationTest {
  static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  static final String GEO_JSON = "application/geo+json";

  /** The collection objects of {@code /ogc/collections}. */
  List<JsonNode> collections() {
    List<JsonNode> collections = new ArrayList<>();
    getJson("/ogc/collections", 200).path("collections").forEach(collections::add);
    assertThat(collections).isNotEmpty();
    return collections;
  }

  List<String> collectionIds() {
    return collections().stream().map(c -> c.path("id").asString()).toList();
  }

  /** Every feature of an items query, following its {@code next} links. */
  List<JsonNode> allFeatures(String pathAndQuery) {
    List<JsonNode> features = new ArrayList<>();
    String next = pathAndQuery;
    int pages = 0;
    while (next != null) {
      JsonNode page = getJson(next, 200);
      page.path("features").forEach(features::add);
      String href = link(page, "next");
      next = href == null ? null : relative(href);
      assertThat(++pages).as("pages of " + pathAndQuery).isLessThan(1000);
    }
    return features;
  }

  /** The path and query of an absolute link of this server. */
  String relative(String href) {
    assertThat(href).startsWith(baseUrl());
    return href.substring(baseUrl().length());
  }

  static String link(JsonNode document, String rel) {
    for (JsonNode link : document.path("links")) {
      if (link.path("rel").asString().equals(rel)) {
        return link.path("href").asString();
      }
    }
    return null;
  }

  static List<JsonNode> featuresOf(JsonNode page) {
    List<JsonNode> features = new ArrayList<>();
    page.path("features").forEach(features::add);
    return features;
  }

  static List<String> ids(List<JsonNode> features) {
    return features.stream().map(f -> f.path("id").asString()).toList();
  }

  /**
   * minX, minY, maxX, maxY of a GeoJSON geometry's positions (in its own axis order); {@code null}
   * for a null geometry.
   */
  static double[] envelope(JsonNode geometry) {
    if (geometry == null || geometry.isNull()) {
      return null;
    }
    double[] box = {
      Double.POSITIVE_INFINITY,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.NEGATIVE_INFINITY
    };
    if (geometry.has("geometries")) {
      geometry.path("geometries").forEach(part -> extend(box, envelope(part)));
    } else {
      addPositions(box, geometry.path("coordinates"));
    }
    return box;
  }

  private static void addPositions(double[] box, JsonNode coordinates) {
    if (coordinates.isArray() && coordinates.size() > 0 && coordinates.get(0).isNumber()) {
      double x = coordinates.get(0).asDouble();
      double y = coordinates.get(1).asDouble();
      extend(box, new double[] {x, y, x, y});
      return;
    }
    coordinates.forEach(child -> addPositions(box, child));
  }

  private static void extend(double[] box, double[] other) {
    if (other == null) {
      return;
    }
    box[0] = Math.min(box[0], other[0]);
    box[1] = Math.min(box[1], other[1]);
    box[2] = Math.max(box[2], other[2]);
    box[3] = Math.max(box[3], other[3]);
  }

  static boolean intersects(double[] a, double[] b) {
    return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
  }

  static boolean inside(double[] inner, double[] outer) {
    double eps = 1e-9;
    return inner[0] >= outer[0] - eps
        && inner[1] >= outer[1] - eps
        && inner[2] <= outer[2] + eps
        && inner[3] <= outer[3] + eps;
  }

  /** The first bbox of a collection's spatial extent, or {@code null}. */
  static double[] extentOf(JsonNode collection) {
    JsonNode bbox = collection.path("extent").path("spatial").path("bbox");
    if (!bbox.isArray() || bbox.isEmpty()) {
      return null;
    }
    JsonNode first = bbox.get(0);
    return new double[] {
      first.get(0).asDouble(),
      first.get(1).asDouble(),
      first.get(2).asDouble(),
      first.get(3).asDouble()
    };
  }

  static String bboxParameter(double[] box) {
    return box[0] + "," + box[1] + "," + box[2] + "," + box[3];
  }
}

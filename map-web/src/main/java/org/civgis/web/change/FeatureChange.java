package org.civgis.web.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One change as it travels in a notification: {@code
 * {"collection":"divisions","bbox":[minLon,minLat,maxLon,maxLat]}}, {@code "bbox":null} for the
 * whole collection.
 *
 * @param collection the collection id, e.g. {@code divisions}
 * @param lonLatBbox the CRS84 envelope of what changed, {@code null} for anywhere
 */
record FeatureChange(String collection, Envelope lonLatBbox) {
  /** PostgreSQL refuses payloads of 8000 bytes or more; ours stay far below. */
  static final int MAX_PAYLOAD_BYTES = 7999;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  FeatureChange {
    if (collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("a feature change needs its collection");
    }
    if (lonLatBbox != null && lonLatBbox.isNull()) {
      // an empty envelope says nothing narrower than "somewhere in the collection"
      lonLatBbox = null;
    }
    if (lonLatBbox != null
        && !(Double.isFinite(lonLatBbox.getMinX())
            && Double.isFinite(lonLatBbox.getMinY())
            && Double.isFinite(lonLatBbox.getMaxX())
            && Double.isFinite(lonLatBbox.getMaxY()))) {
      throw new IllegalArgumentException("the envelope of a change must be finite: " + lonLatBbox);
    }
  }

  /** The notification payload. */
  String toPayload() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("collection", collection);
    payload.put(
        "bbox",
        lonLatBbox == null
            ? null
            : List.of(
                lonLatBbox.getMinX(),
                lonLatBbox.getMinY(),
                lonLatBbox.getMaxX(),
                lonLatBbox.getMaxY()));
    return JSON.writeValueAsString(payload);
  }

  /**
   * Reads a notification payload.
   *
   * @throws IllegalArgumentException when it is not a change as the package contract defines it
   */
  static FeatureChange parse(String payload) {
    JsonNode node;
    try {
      node = JSON.readTree(payload);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + payload, e);
    }
    JsonNode collection = node.path("collection");
    if (!collection.isString()) {
      throw new IllegalArgumentException("no \"collection\" string: " + payload);
    }
    JsonNode bbox = node.path("bbox");
    if (bbox.isMissingNode() || bbox.isNull()) {
      return new FeatureChange(collection.asString(), null);
    }
    if (!bbox.isArray() || bbox.size() != 4) {
      throw new IllegalArgumentException("\"bbox\" is not 4 numbers: " + payload);
    }
    List<Double> n = new ArrayList<>(4);
    for (JsonNode number : bbox) {
      if (!number.isNumber()) {
        throw new IllegalArgumentException("\"bbox\" is not 4 numbers: " + payload);
      }
      n.add(number.asDouble());
    }
    if (n.get(0) > n.get(2) || n.get(1) > n.get(3)) {
      throw new IllegalArgumentException("\"bbox\" minimum above maximum: " + payload);
    }
    return new FeatureChange(
        collection.asString(), new Envelope(n.get(0), n.get(2), n.get(1), n.get(3)));
  }
}

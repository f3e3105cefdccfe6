package org.civgis.web.ogc;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.web.ogc.GeoJsonDocuments.Feature;
import org.civgis.web.ogc.GeoJsonDocuments.FeatureCollection;
import org.civgis.web.ogc.GeoJsonDocuments.Link;
import org.civgis.web.problem.NotFoundException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** OGC API – Features Part 1 over the {@link FeatureSource} beans; see the package contract. */
@RestController
@RequestMapping("/ogc")
class OgcApiController {
  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
  static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  static final List<String> CONFORMANCE =
      List.of(
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");

  private final Map<String, FeatureSource> sources = new LinkedHashMap<>();
  private final Clock clock;

  OgcApiController(List<FeatureSource> sources, Clock clock) {
    sources.forEach(source -> this.sources.put(source.id(), source));
    this.clock = clock;
  }

  @GetMapping({"", "/"})
  Map<String, Object> landingPage() {
    String base = base();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("title", "民政地理信息平台 OGC API – Features");
    page.put("description", "行政区划、界线界桩、地名地址与民政服务设施的要素服务（GeoJSON，CRS84）");
    page.put(
        "links",
        List.of(
            new Link(base + "/ogc", "self", "application/json", "本页"),
            new Link(
                base + "/v3/api-docs",
                "service-desc",
                "application/vnd.oai.openapi+json;version=3.0",
                "OpenAPI 描述"),
            new Link(base + "/swagger-ui.html", "service-doc", "text/html", "接口文档"),
            new Link(base + "/ogc/conformance", "conformance", "application/json", "符合性声明"),
            new Link(base + "/ogc/collections", "data", "application/json", "要素集合")));
    return page;
  }

  @GetMapping("/conformance")
  Map<String, Object> conformance() {
    return Map.of("conformsTo", CONFORMANCE);
  }

  @GetMapping("/collections")
  Map<String, Object> collections() {
    String base = base();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "links", List.of(new Link(base + "/ogc/collections", "self", "application/json", "要素集合")));
    body.put("collections", sources.values().stream().map(s -> describe(s, base)).toList());
    return body;
  }

  @GetMapping("/collections/{collectionId}")
  Map<String, Object> collection(@PathVariable String collectionId) {
    return describe(source(collectionId), base());
  }

  @GetMapping("/collections/{collectionId}/items")
  ResponseEntity<FeatureCollection> items(
      @PathVariable String collectionId, @RequestParam MultiValueMap<String, String> query) {
    FeatureSource source = source(collectionId);
    ItemsRequest request = ItemsParameters.parse(query, source.parameters(), clock);
    FeaturePage page = source.items(request);
    String base = base();
    List<Feature> features =
        page.features().stream().map(f -> GeoJsonDocuments.feature(f, null)).toList();

    List<Link> links = new ArrayList<>();
    links.add(new Link(pageLink(request.offset()), "self", GEO_JSON.toString(), "本页"));
    if (request.offset() + features.size() < page.numberMatched()) {
      links.add(
          new Link(
              pageLink(request.offset() + request.limit()), "next", GEO_JSON.toString(), "下一页"));
    }
    if (request.offset() > 0) {
      links.add(
          new Link(
              pageLink(Math.max(0, request.offset() - request.limit())),
              "prev",
              GEO_JSON.toString(),
              "上一页"));
    }
    links.add(
        new Link(base + "/ogc/collections/" + source.id(), "collection", "application/json", "集合"));
    FeatureCollection body =
        new FeatureCollection(
            "FeatureCollection",
            features,
            page.numberMatched(),
            features.size(),
            Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
            links);
    return ResponseEntity.ok().contentType(GEO_JSON).body(body);
  }

  @GetMapping("/collections/{collectionId}/items/{featureId}")
  ResponseEntity<Feature> item(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestParam(required = false) String datetime) {
    FeatureSource source = source(collectionId);
    TimePeriod period = ItemsParameters.datetime(datetime, clock);
    GeoFeature feature =
        source
            .item(featureId, period)
            .orElseThrow(() -> new NotFoundException("集合 " + collectionId + " 中没有要素 " + featureId));
    String collectionUrl = base() + "/ogc/collections/" + source.id();
    List<Link> links =
        List.of(
            new Link(collectionUrl + "/items/" + featureId, "self", GEO_JSON.toString(), "本要素"),
            new Link(collectionUrl, "collection", "application/json", "集合"));
    return ResponseEntity.ok().contentType(GEO_JSON).body(GeoJsonDocuments.feature(feature, links));
  }

  private FeatureSource source(String collectionId) {
    FeatureSource source = sources.get(collectionId);
    if (source == null) {
      throw new NotFoundException(
          "没有集合 " + collectionId + "；现有集合：" + String.join(", ", sources.keySet()));
    }
    return source;
  }

  private Map<String, Object> describe(FeatureSource source, String base) {
    String url = base + "/ogc/collections/" + source.id();
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("id", source.id());
    collection.put("title", source.title());
    collection.put("description", source.description());
    collection.put("itemType", "feature");
    collection.put("crs", List.of(CRS84));
    Envelope extent = source.extent();
    if (extent != null) {
      collection.put(
          "extent",
          Map.of(
              "spatial",
              Map.of(
                  "bbox",
                  List.of(
                      List.of(
                          extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY())),
                  "crs",
                  CRS84)));
    }
    collection.put(
        "links",
        List.of(
            new Link(url, "self", "application/json", source.title()),
            new Link(url + "/items", "items", GEO_JSON.toString(), source.title() + "要素")));
    return collection;
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }

  private static String pageLink(long offset) {
    return ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam("offset", offset)
        .build()
        .toUriString();
  }
}

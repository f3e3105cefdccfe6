package org.civgis.web.ogc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.web.ogc.GeoJsonDocuments.Feature;
import org.civgis.web.ogc.GeoJsonDocuments.FeatureCollection;
import org.civgis.web.ogc.GeoJsonDocuments.Link;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OGC API – Features over the {@link FeatureSource} beans: Part 1 (core, GeoJSON), Part 2 (CRS) and
 * Part 4 (create, replace, update, delete); see the package contract.
 */
@RestController
@RequestMapping("/ogc")
class OgcApiController {
  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
  static final String CRS84 = OgcCrs.CRS84.uri();
  static final List<String> CONFORMANCE =
      List.of(
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
          "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
          "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
          "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
          "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
          "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
          "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
          "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
          "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
          "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
          "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
          "http://www.opengis.net/spec/cql2/1.0/conf/case-insensitive-comparison",
          "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
          "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
          "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
          "http://www.opengis.net/spec/ogcapi-features-5/1.0/conf/schemas");

  private final Map<String, FeatureSource> sources = new LinkedHashMap<>();
  private static final String VERSION = FeatureVersion.PROPERTY;

  private final JsonMapper json;
  private final Clock clock;
  private final ReadMarks readMarks;

  /** The collections in the order of the design's table; others follow in bean order. */
  static final List<String> DESIGN_ORDER =
      List.of(
          "divisions",
          "boundary-lines",
          "boundary-markers",
          "topology-findings",
          "place-names",
          "addresses",
          "signs",
          "facilities",
          "communities",
          "inspection-records",
          "disputes");

  OgcApiController(List<FeatureSource> sources, JsonMapper json, Clock clock, ReadMarks readMarks) {
    List<FeatureSource> ordered = new java.util.ArrayList<>(sources);
    ordered.sort(
        java.util.Comparator.comparingInt(
            source -> {
              int at = DESIGN_ORDER.indexOf(source.id());
              return at < 0 ? DESIGN_ORDER.size() : at;
            }));
    ordered.forEach(source -> this.sources.put(source.id(), source));
    this.json = json;
    this.clock = clock;
    this.readMarks = readMarks;
  }

  // ---- Part 1: the documents

  @GetMapping({"", "/"})
  Map<String, Object> landingPage() {
    String base = base();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("title", "民政地理信息平台 OGC API – Features");
    page.put("description", "行政区划、界线界桩、地名地址与民政服务设施的要素服务（GeoJSON）");
    page.put(
        "links",
        List.of(
            new Link(base + "/ogc", "self", "application/json", "本页"),
            new Link(
                base + "/ogc/api",
                "service-desc",
                OgcApiDefinitionController.OPENAPI_JSON_3_0,
                "API 定义（OpenAPI 3.0）"),
            new Link(base + "/ogc/api", "service-doc", "text/html", "接口文档"),
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
    body.put("crs", crsUris());
    return body;
  }

  @GetMapping("/collections/{collectionId}")
  Map<String, Object> collection(@PathVariable String collectionId) {
    return describe(source(collectionId), base());
  }

  /**
   * The queryables of a collection as a JSON Schema (Part 3): the properties of {@link
   * FeatureSource#schema()} a filter may name, each also a query parameter unless a geometry.
   */
  @GetMapping(
      path = "/collections/{collectionId}/queryables",
      produces = {"application/schema+json", "application/json"})
  Map<String, Object> queryables(@PathVariable String collectionId) {
    FeatureSource source = source(collectionId);
    return source
        .schema()
        .jsonSchema(
            base() + "/ogc/collections/" + source.id() + "/queryables", source.title(), true);
  }

  /** The schema of a collection's features (Part 5 conventions, JSON Schema 2020-12). */
  @GetMapping(
      path = "/collections/{collectionId}/schema",
      produces = {"application/schema+json", "application/json"})
  Map<String, Object> schema(@PathVariable String collectionId) {
    FeatureSource source = source(collectionId);
    return source
        .schema()
        .jsonSchema(base() + "/ogc/collections/" + source.id() + "/schema", source.title(), false);
  }

  @GetMapping("/collections/{collectionId}/items")
  ResponseEntity<FeatureCollection> items(
      @PathVariable String collectionId, @RequestParam MultiValueMap<String, String> query) {
    FeatureSource source = source(collectionId);
    ItemsRequest request =
        ItemsParameters.parse(
            query, source.parameters(), source.queryables(), Actor.current().seesDrafts(), clock);
    OgcCrs crs = OgcCrs.parse(query.getFirst("crs"), "crs");
    FeaturePage page = source.items(request);
    if (!query.containsKey("datetime")) {
      served(source, page.features());
    }
    List<Feature> features =
        page.features().stream().map(f -> GeoJsonDocuments.feature(inCrs(f, crs), null)).toList();

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
        new Link(
            base() + "/ogc/collections/" + source.id(), "collection", "application/json", "集合"));
    FeatureCollection body =
        new FeatureCollection(
            "FeatureCollection",
            features,
            page.numberMatched(),
            features.size(),
            Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
            links);
    return ResponseEntity.ok()
        .contentType(GEO_JSON)
        .header("Content-Crs", "<" + crs.uri() + ">")
        .body(body);
  }

  @GetMapping("/collections/{collectionId}/items/{featureId}")
  ResponseEntity<Feature> item(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestParam(required = false) String datetime,
      @RequestParam(required = false) String crs) {
    FeatureSource source = source(collectionId);
    OgcCrs outputCrs = OgcCrs.parse(crs, "crs");
    boolean drafts = Actor.current().seesDrafts();
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(GEO_JSON)
            .header("Content-Crs", "<" + outputCrs.uri() + ">");
    GeoFeature feature;
    if (datetime == null && source instanceof EditableFeatureSource editable) {
      // the current revision carries the ETag an edit must send back
      VersionedFeature current =
          editable.current(featureId, drafts).orElseThrow(() -> notFound(collectionId, featureId));
      response.eTag(current.etag());
      feature = current.feature();
      served(source, List.of(feature));
    } else {
      feature =
          source
              .item(featureId, ItemsParameters.datetime(datetime, clock), drafts)
              .orElseThrow(() -> notFound(collectionId, featureId));
    }
    return response.body(
        GeoJsonDocuments.feature(inCrs(feature, outputCrs), itemLinks(source, featureId)));
  }

  // ---- Part 4: writes

  @PostMapping(
      path = "/collections/{collectionId}/items",
      consumes = {"application/geo+json", "application/json"})
  ResponseEntity<Feature> create(
      @PathVariable String collectionId,
      @RequestHeader(name = "Content-Crs", required = false) String contentCrs,
      @RequestBody byte[] body) {
    EditableFeatureSource source = editable(collectionId);
    FeatureInput input =
        withoutVersion(
            GeoJsonFeatureReader.read(
                body, source.geometryTypes(), OgcCrs.parse(contentCrs, "Content-Crs"), json));
    Actor actor = Actor.current();
    VersionedFeature created = source.create(input, actor);
    String id = created.feature().id();
    readMarks.served(actor, source.id(), id, created.etag());
    return ResponseEntity.created(
            ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/ogc/collections/{c}/items/{id}")
                .buildAndExpand(source.id(), id)
                .toUri())
        .eTag(created.etag())
        .contentType(GEO_JSON)
        .body(GeoJsonDocuments.feature(created.feature(), itemLinks(source, id)));
  }

  /**
   * Replaces a feature. The precondition is {@code If-Match}, or else the {@code version} property
   * of the body (what QGIS sends back); without either: 428.
   */
  @PutMapping(
      path = "/collections/{collectionId}/items/{featureId}",
      consumes = {"application/geo+json", "application/json"})
  ResponseEntity<Feature> replace(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = "Content-Crs", required = false) String contentCrs,
      @RequestBody byte[] body) {
    EditableFeatureSource source = editable(collectionId);
    IfMatch header = ifMatchHeader(ifMatch);
    FeatureInput sent =
        GeoJsonFeatureReader.read(
            body, source.geometryTypes(), OgcCrs.parse(contentCrs, "Content-Crs"), json);
    Actor actor = Actor.current();
    source.checkWrite(featureId, actor);
    IfMatch condition = header != null ? header : versionOf(sent.properties().get(VERSION));
    if (condition == null) {
      throw PreconditionFailedException.missing();
    }
    String expected = expected(source, featureId, condition, actor).etag();
    VersionedFeature replaced = source.replace(featureId, expected, withoutVersion(sent), actor);
    return written(source, replaced, actor);
  }

  /**
   * JSON Merge Patch (RFC 7396) of a feature: properties merge, a given geometry replaces. The
   * precondition is {@code If-Match}, or the patch's {@code version} property, or else the version
   * last served to this user (QGIS patches only what changed and sends neither); see docs/adr 0013.
   */
  @PatchMapping(
      path = "/collections/{collectionId}/items/{featureId}",
      consumes = {"application/merge-patch+json", "application/json", "application/geo+json"})
  ResponseEntity<Feature> update(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = "Content-Crs", required = false) String contentCrs,
      @RequestBody byte[] body) {
    EditableFeatureSource source = editable(collectionId);
    IfMatch header = ifMatchHeader(ifMatch);
    JsonNode patch = GeoJsonFeatureReader.parse(body, json);
    if (!patch.isObject()) {
      throw new InvalidFeatureException("body", "合并补丁须为 JSON 对象");
    }
    JsonNode patchProperties = patch.path("properties");
    if (!patchProperties.isObject() && !patchProperties.isMissingNode()) {
      throw new InvalidFeatureException("properties", "须为 JSON 对象");
    }
    Geometry patchGeometry = null;
    if (patch.has("geometry") && !patch.get("geometry").isNull()) {
      patchGeometry =
          GeoJsonFeatureReader.geometry(
              patch.get("geometry"),
              source.geometryTypes(),
              OgcCrs.parse(contentCrs, "Content-Crs"));
    }
    Actor actor = Actor.current();
    source.checkWrite(featureId, actor);
    JsonNode version = patchProperties.path(VERSION);
    IfMatch condition =
        header != null
            ? header
            : versionOf(version.isMissingNode() ? null : json.treeToValue(version, Object.class));
    if (condition == null) {
      condition =
          readMarks
              .lastServed(actor, source.id(), featureId)
              .map(IfMatch::of)
              .orElseThrow(PreconditionFailedException::missing);
    }
    // the patch applies to the revision the condition named; the write checks it is still current
    VersionedFeature current = expected(source, featureId, condition, actor);
    Map<String, Object> properties = new LinkedHashMap<>(current.feature().properties());
    if (patchProperties.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = patchProperties.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (entry.getValue().isNull()) {
          properties.remove(entry.getKey());
        } else {
          properties.put(entry.getKey(), json.treeToValue(entry.getValue(), Object.class));
        }
      }
    }
    properties.remove(VERSION);
    Geometry geometry = patch.has("geometry") ? patchGeometry : current.feature().geometry();
    VersionedFeature updated =
        source.replace(featureId, current.etag(), new FeatureInput(geometry, properties), actor);
    return written(source, updated, actor);
  }

  /**
   * Ends a feature. The precondition is {@code If-Match}, or else the version last served to this
   * user (QGIS sends a DELETE without any); see docs/adr 0013.
   */
  @DeleteMapping("/collections/{collectionId}/items/{featureId}")
  ResponseEntity<Void> delete(
      @PathVariable String collectionId,
      @PathVariable String featureId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    EditableFeatureSource source = editable(collectionId);
    IfMatch header = ifMatchHeader(ifMatch);
    Actor actor = Actor.current();
    source.checkWrite(featureId, actor);
    IfMatch condition =
        header != null
            ? header
            : readMarks
                .lastServed(actor, source.id(), featureId)
                .map(IfMatch::of)
                .orElseThrow(PreconditionFailedException::missing);
    source.delete(featureId, expected(source, featureId, condition, actor).etag(), actor);
    return ResponseEntity.noContent().build();
  }

  // ---- OPTIONS: what this user may do (QGIS decides from it whether a layer is editable)

  /** POST is offered to the roles that write the collection (where is checked per feature). */
  @RequestMapping(path = "/collections/{collectionId}/items", method = RequestMethod.OPTIONS)
  ResponseEntity<Void> itemsOptions(@PathVariable String collectionId) {
    FeatureSource source = source(collectionId);
    return allow(
        source instanceof EditableFeatureSource editable
            && Actor.current().role().filter(editable.editors()::contains).isPresent(),
        HttpMethod.POST);
  }

  /**
   * PUT, PATCH and DELETE are offered exactly when a write of this feature by this user passes the
   * same check the write makes first ({@link EditableFeatureSource#checkWrite}).
   */
  @RequestMapping(
      path = "/collections/{collectionId}/items/{featureId}",
      method = RequestMethod.OPTIONS)
  ResponseEntity<Void> itemOptions(
      @PathVariable String collectionId, @PathVariable String featureId) {
    FeatureSource source = source(collectionId);
    boolean mayWrite =
        source instanceof EditableFeatureSource editable
            && editable.mayWrite(featureId, Actor.current());
    return allow(mayWrite, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
  }

  private static ResponseEntity<Void> allow(boolean mayWrite, HttpMethod... writes) {
    List<HttpMethod> allowed =
        new ArrayList<>(List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS));
    if (mayWrite) {
      allowed.addAll(List.of(writes));
    }
    return ResponseEntity.ok()
        .allow(allowed.toArray(HttpMethod[]::new))
        .header(HttpHeaders.ACCEPT_PATCH, "application/merge-patch+json")
        .build();
  }

  // ---- helpers

  private ResponseEntity<Feature> written(
      EditableFeatureSource source, VersionedFeature feature, Actor actor) {
    readMarks.served(actor, source.id(), feature.feature().id(), feature.etag());
    return ResponseEntity.ok()
        .eTag(feature.etag())
        .contentType(GEO_JSON)
        .body(
            GeoJsonDocuments.feature(feature.feature(), itemLinks(source, feature.feature().id())));
  }

  /**
   * Remembers the versions an editor of the collection was served (current revisions only), the
   * precondition of a later patch or delete that brings none ({@link ReadMarks}).
   */
  private void served(FeatureSource source, List<GeoFeature> features) {
    readMarks.served(Actor.current(), source, features);
  }

  private static IfMatch ifMatchHeader(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : IfMatch.parse(ifMatch);
  }

  /** The condition of a {@code version} property sent back; {@code null} when none was. */
  private static IfMatch versionOf(Object version) {
    return version == null ? null : IfMatch.ofVersion(version);
  }

  /** The current revision of the feature, if {@code condition} holds for it; 412 otherwise. */
  private static VersionedFeature expected(
      EditableFeatureSource source, String featureId, IfMatch condition, Actor actor) {
    java.util.Optional<VersionedFeature> current = source.current(featureId, actor.seesDrafts());
    String etag =
        condition.expected(
            current.map(VersionedFeature::etag), "集合 " + source.id() + " 中的要素 " + featureId);
    return current.filter(c -> c.etag().equals(etag)).orElseThrow();
  }

  /** The input without the read-only {@code version}: it is a precondition, never data. */
  private static FeatureInput withoutVersion(FeatureInput input) {
    if (!input.properties().containsKey(VERSION)) {
      return input;
    }
    Map<String, Object> properties = new LinkedHashMap<>(input.properties());
    properties.remove(VERSION);
    return new FeatureInput(input.geometry(), properties);
  }

  private static GeoFeature inCrs(GeoFeature feature, OgcCrs crs) {
    return crs == OgcCrs.CRS84
        ? feature
        : new GeoFeature(feature.id(), crs.fromStorage(feature.geometry()), feature.properties());
  }

  private FeatureSource source(String collectionId) {
    FeatureSource source = sources.get(collectionId);
    if (source == null) {
      throw new NotFoundException(
          "没有集合 " + collectionId + "；现有集合：" + String.join(", ", sources.keySet()));
    }
    return source;
  }

  private EditableFeatureSource editable(String collectionId) {
    if (source(collectionId) instanceof EditableFeatureSource editable) {
      return editable;
    }
    throw new org.civgis.web.problem.ForbiddenException("集合 " + collectionId + " 是只读的");
  }

  private static NotFoundException notFound(String collectionId, String featureId) {
    return new NotFoundException("集合 " + collectionId + " 中没有要素 " + featureId);
  }

  private List<Link> itemLinks(FeatureSource source, String featureId) {
    String collectionUrl = base() + "/ogc/collections/" + source.id();
    return List.of(
        new Link(collectionUrl + "/items/" + featureId, "self", GEO_JSON.toString(), "本要素"),
        new Link(collectionUrl, "collection", "application/json", "集合"));
  }

  private static List<String> crsUris() {
    return java.util.Arrays.stream(OgcCrs.values()).map(OgcCrs::uri).toList();
  }

  private Map<String, Object> describe(FeatureSource source, String base) {
    String url = base + "/ogc/collections/" + source.id();
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("id", source.id());
    collection.put("title", source.title());
    collection.put("description", source.description());
    collection.put("itemType", "feature");
    collection.put("crs", crsUris());
    collection.put("storageCrs", OgcCrs.EPSG_4490.uri());
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
                          roundDown(extent.getMinX()),
                          roundDown(extent.getMinY()),
                          roundUp(extent.getMaxX()),
                          roundUp(extent.getMaxY()))),
                  "crs",
                  CRS84)));
    }
    collection.put(
        "links",
        List.of(
            new Link(url, "self", "application/json", source.title()),
            new Link(url + "/items", "items", GEO_JSON.toString(), source.title() + "要素"),
            new Link(
                url + "/queryables",
                "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                "application/schema+json",
                "可查询属性"),
            new Link(
                url + "/schema",
                "http://www.opengis.net/def/rel/ogc/1.0/schema",
                "application/schema+json",
                "要素属性结构")));
    return collection;
  }

  /**
   * Extents are rounded outwards to the decimals of the features' coordinates, so that they hold
   * the coordinates as written (/req/core/fc-md-extent).
   */
  private static double roundDown(double degrees) {
    return BigDecimal.valueOf(degrees)
        .setScale(GeoJsonDocuments.DECIMALS, RoundingMode.FLOOR)
        .doubleValue();
  }

  private static double roundUp(double degrees) {
    return BigDecimal.valueOf(degrees)
        .setScale(GeoJsonDocuments.DECIMALS, RoundingMode.CEILING)
        .doubleValue();
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

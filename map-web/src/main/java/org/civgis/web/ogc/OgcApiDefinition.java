package org.civgis.web.ogc;

import static org.civgis.web.ogc.OgcApiComponents.GEO_JSON;
import static org.civgis.web.ogc.OgcApiComponents.MERGE_PATCH_JSON;
import static org.civgis.web.ogc.OgcApiComponents.SCHEMA_JSON;
import static org.civgis.web.ogc.OgcApiComponents.object;
import static org.civgis.web.ogc.OgcApiComponents.ref;
import static org.civgis.web.ogc.OgcApiComponents.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civgis.web.ogc.cql.Queryable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI 3.0 definition of the OGC API – Features under {@code /ogc}, generated from the
 * {@link FeatureSource} beans.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The one server is {@code <base>/ogc}; paths are relative to it ({@code /collections/…}), as
 *       the OGC test suite and GDAL join them.
 *   <li>Each collection has its own explicit paths {@code /collections/<id>/items}, {@code
 *       …/items/{featureId}}, {@code …/queryables} and, where the app serves it, {@code …/schema}:
 *       clients (GDAL) look up a collection's query parameters under its explicit items path.
 *   <li>The items parameters are those of the standard (Part 1's {@code limit}, {@code bbox},
 *       {@code datetime} exactly as its OpenAPI fragments define them, {@code offset}, Part 2's
 *       {@code bbox-crs} and {@code crs}, Part 3's {@code filter}, {@code filter-lang}, {@code
 *       filter-crs}), then the collection's own parameters, then each queryable not already named,
 *       as an equality condition {@code ?name=value}.
 *   <li>Responses carry their real codes and media types; writes are documented only for {@link
 *       EditableFeatureSource}s, and only they need the bearer token.
 * </ol>
 *
 * <p>Known limitations: geometry queryables are not offered as query parameters (equality of
 * geometries is a filter's business); the response schemas of GeoJSON are those of Part 1, not the
 * properties of each collection.
 */
@Component
class OgcApiDefinition {
  private static final String SCHEMA_PATH = "/ogc/collections/{}/schema";

  private final List<FeatureSource> sources;
  private final ObjectProvider<RequestMappingHandlerMapping> mappings;
  private volatile Boolean schemaServed;

  OgcApiDefinition(
      List<FeatureSource> sources,
      @Qualifier("requestMappingHandlerMapping")
          ObjectProvider<RequestMappingHandlerMapping> mappings) {
    List<FeatureSource> ordered = new ArrayList<>(sources);
    ordered.sort(
        Comparator.comparingInt(
            source -> {
              int at = OgcApiController.DESIGN_ORDER.indexOf(source.id());
              return at < 0 ? OgcApiController.DESIGN_ORDER.size() : at;
            }));
    this.sources = List.copyOf(ordered);
    this.mappings = mappings;
  }

  /** The definition as seen from {@code baseUrl} (scheme, host and context path of the app). */
  Map<String, Object> document(String baseUrl) {
    Map<String, Object> paths = new LinkedHashMap<>();
    paths.put("/", get("landingPage", "服务", "着陆页：本服务的链接。", jsonDocument("landingPage")));
    paths.put("/api", apiPath());
    paths.put(
        "/conformance", get("getConformance", "服务", "本服务实现的符合性类。", jsonDocument("confClasses")));
    paths.put("/collections", get("getCollections", "服务", "全部要素集合。", jsonDocument("collections")));
    paths.put("/collections/{collectionId}", collectionPath());
    for (FeatureSource source : sources) {
      String at = "/collections/" + source.id();
      paths.put(at + "/items", itemsPath(source));
      paths.put(at + "/items/{featureId}", itemPath(source));
      paths.put(at + "/queryables", queryablesPath(source));
      if (schemaServed()) {
        paths.put(at + "/schema", schemaPath(source));
      }
    }
    List<Object> tags = new ArrayList<>();
    tags.add(object("name", "服务", "description", "着陆页、API 定义、符合性声明与集合列表"));
    sources.forEach(source -> tags.add(object("name", source.id(), "description", source.title())));
    return object(
        "openapi",
        OgcApiComponents.OPENAPI_VERSION,
        "info",
        object(
            "title",
            "民政地理信息平台 OGC API – Features",
            "version",
            "1.0.0",
            "description",
            "行政区划、界线界桩、地名地址与民政服务设施的要素服务：OGC API – Features 第 1 部分（核心、GeoJSON）、"
                + "第 2 部分（坐标参照系）、第 3 部分（过滤）、第 4 部分（创建、替换、更新、删除）。"
                + "读取无需登录；写入须提供 API 令牌。"),
        "servers",
        List.of(object("url", baseUrl + "/ogc", "description", "本服务")),
        "tags",
        tags,
        "paths",
        paths,
        "components",
        OgcApiComponents.components());
  }

  // ---- the documents of the service

  private Map<String, Object> apiPath() {
    Map<String, Object> operation =
        operation(
            "getApiDefinition",
            "服务",
            "本 API 定义：Accept 为 application/vnd.oai.openapi+json;version=3.0 或 application/json 时为"
                + " OpenAPI 3.0 文档，text/html 时转到供人阅读的接口文档页。");
    Map<String, Object> schema = ref("schemas", "openApiDocument");
    operation.put(
        "responses",
        object(
            "200",
            response(
                "API 定义。", schema, OgcApiDefinitionController.OPENAPI_JSON_3_0, "application/json"),
            "303",
            object(
                "description",
                "text/html：转到接口文档页（Location）。",
                "headers",
                object("Location", object("schema", object("type", "string", "format", "uri")))),
            "406",
            ref("responses", "NotAcceptable")));
    return object("get", operation);
  }

  private Map<String, Object> collectionPath() {
    Map<String, Object> operation = operation("describeCollection", "服务", "一个要素集合的说明：范围、坐标参照系与链接。");
    operation.put(
        "parameters",
        List.of(
            object(
                "name",
                "collectionId",
                "in",
                "path",
                "description",
                "集合的标识。",
                "required",
                true,
                "schema",
                object(
                    "type", "string", "enum", sources.stream().map(FeatureSource::id).toList()))));
    operation.put(
        "responses",
        object(
            "200",
            response("集合说明。", ref("schemas", "collection"), "application/json"),
            "404",
            ref("responses", "NotFound")));
    return object("get", operation);
  }

  // ---- one collection

  private Map<String, Object> itemsPath(FeatureSource source) {
    Map<String, Object> get =
        operation(
            "getFeatures." + source.id(),
            source.id(),
            source.title() + "：要素（GeoJSON 要素集合，分页）。" + source.description());
    get.put("parameters", itemsParameters(source));
    get.put(
        "responses",
        object(
            "200",
            withHeaders(
                response(
                    "要素集合；links 中的 next、prev 为下一页、上一页。",
                    ref("schemas", "featureCollectionGeoJSON"),
                    GEO_JSON),
                "Content-Crs"),
            "400",
            ref("responses", "InvalidParameter")));
    Map<String, Object> path = object("get", get);
    if (source instanceof EditableFeatureSource) {
      Map<String, Object> post =
          write("createFeature." + source.id(), source, "新建要素；标识由请求体给出或由服务生成。");
      post.put("parameters", List.of(ref("parameters", "Content-Crs")));
      post.put("requestBody", featureBody(GEO_JSON, "application/json"));
      post.put(
          "responses",
          writeResponses(
              "201",
              withHeaders(
                  response("已新建；Location 为新要素的地址。", ref("schemas", "featureGeoJSON"), GEO_JSON),
                  "Location",
                  "ETag"),
              "400",
              "409",
              "422"));
      path.put("post", post);
    }
    return path;
  }

  private List<Object> itemsParameters(FeatureSource source) {
    List<Object> parameters = new ArrayList<>();
    Set<String> named = new LinkedHashSet<>();
    for (String standard : OgcApiComponents.ITEMS_PARAMETERS) {
      parameters.add(ref("parameters", standard));
      named.add(standard);
    }
    named.add("f");
    for (String own : new TreeSet<>(source.parameters())) {
      if (named.add(own)) {
        parameters.add(
            OgcApiComponents.query(
                own, "本集合的参数 " + own + "。" + source.description(), object("type", "string")));
      }
    }
    for (Map.Entry<String, Queryable> queryable : source.queryables().entrySet()) {
      Queryable.Type type = queryable.getValue().type();
      if (type != Queryable.Type.GEOMETRY && named.add(queryable.getKey())) {
        parameters.add(
            OgcApiComponents.query(
                queryable.getKey(),
                "只返回属性 " + queryable.getKey() + " 等于此值的要素（可查询属性，见 queryables）。",
                OgcApiComponents.schemaOf(type)));
      }
    }
    return parameters;
  }

  private Map<String, Object> itemPath(FeatureSource source) {
    boolean editable = source instanceof EditableFeatureSource;
    Map<String, Object> get =
        operation("getFeature." + source.id(), source.id(), source.title() + "：一个要素。");
    get.put(
        "parameters",
        List.of(
            ref("parameters", "featureId"),
            ref("parameters", "datetime"),
            ref("parameters", "crs")));
    Map<String, Object> found = response("要素。", ref("schemas", "featureGeoJSON"), GEO_JSON);
    get.put(
        "responses",
        object(
            "200",
            editable
                ? withHeaders(found, "Content-Crs", "ETag")
                : withHeaders(found, "Content-Crs"),
            "400",
            ref("responses", "InvalidParameter"),
            "404",
            ref("responses", "NotFound")));
    Map<String, Object> path = object("get", get);
    if (editable) {
      List<Object> preconditions =
          List.of(
              ref("parameters", "featureId"),
              ref("parameters", "If-Match"),
              ref("parameters", "Content-Crs"));
      Map<String, Object> written =
          withHeaders(response("已写入的要素。", ref("schemas", "featureGeoJSON"), GEO_JSON), "ETag");

      Map<String, Object> put = write("replaceFeature." + source.id(), source, "以请求体替换要素（保留历史版本）。");
      put.put("parameters", preconditions);
      put.put("requestBody", featureBody(GEO_JSON, "application/json"));
      put.put(
          "responses", writeResponses("200", written, "400", "404", "409", "412", "422", "428"));
      path.put("put", put);

      Map<String, Object> patch =
          write(
              "updateFeature." + source.id(),
              source,
              "以 JSON Merge Patch（RFC 7396）修改要素：properties 逐项合并（null 删除该项），给出的 geometry 替换原几何。");
      patch.put("parameters", preconditions);
      patch.put("requestBody", featureBody(MERGE_PATCH_JSON, "application/json", GEO_JSON));
      patch.put(
          "responses", writeResponses("200", written, "400", "404", "409", "412", "422", "428"));
      path.put("patch", patch);

      Map<String, Object> delete =
          write("deleteFeature." + source.id(), source, "结束要素的有效期（历史版本保留）。");
      delete.put(
          "parameters", List.of(ref("parameters", "featureId"), ref("parameters", "If-Match")));
      delete.put(
          "responses",
          writeResponses("204", object("description", "已删除。"), "404", "409", "412", "422", "428"));
      path.put("delete", delete);
    }
    return path;
  }

  private Map<String, Object> queryablesPath(FeatureSource source) {
    Map<String, Object> get =
        operation(
            "getQueryables." + source.id(),
            source.id(),
            source.title() + "：可在 filter 中使用、也可作为同名查询参数（等于）使用的属性（JSON Schema）。");
    get.put(
        "responses",
        object(
            "200",
            response("可查询属性。", ref("schemas", "jsonSchema"), SCHEMA_JSON, "application/json")));
    return object("get", get);
  }

  private Map<String, Object> schemaPath(FeatureSource source) {
    Map<String, Object> get =
        operation("getSchema." + source.id(), source.id(), source.title() + "：要素属性的 JSON Schema。");
    get.put(
        "responses", object("200", response("要素的模式。", ref("schemas", "jsonSchema"), SCHEMA_JSON)));
    return object("get", get);
  }

  // ---- helpers

  private static Map<String, Object> get(
      String operationId, String tag, String summary, Map<String, Object> ok) {
    Map<String, Object> operation = operation(operationId, tag, summary);
    operation.put("responses", object("200", ok));
    return object("get", operation);
  }

  private static Map<String, Object> operation(String operationId, String tag, String summary) {
    return object("tags", List.of(tag), "summary", summary, "operationId", operationId);
  }

  private static Map<String, Object> jsonDocument(String schema) {
    return response("文档。", ref("schemas", schema), "application/json");
  }

  /** A write operation: it needs the bearer token. */
  private static Map<String, Object> write(
      String operationId, FeatureSource source, String summary) {
    Map<String, Object> operation = operation(operationId, source.id(), summary);
    operation.put("security", List.of(object(OgcApiComponents.SECURITY_SCHEME, List.of())));
    return operation;
  }

  private static Map<String, Object> featureBody(String... mediaTypes) {
    Map<String, Object> content = new LinkedHashMap<>();
    for (String mediaType : mediaTypes) {
      content.put(mediaType, object("schema", ref("schemas", "featureGeoJSON")));
    }
    return object("required", true, "content", content);
  }

  /** The success response, then the refusals a write can give, each with its problem response. */
  private static Map<String, Object> writeResponses(
      String successCode, Map<String, Object> success, String... refusals) {
    Map<String, Object> responses = object(successCode, success);
    Set<String> codes = new TreeSet<>(List.of(refusals));
    codes.addAll(List.of("401", "403"));
    for (String code : codes) {
      responses.put(
          code,
          ref(
              "responses",
              switch (code) {
                case "400" -> "InvalidFeature";
                case "401" -> "Unauthorized";
                case "403" -> "Forbidden";
                case "404" -> "NotFound";
                case "409" -> "Conflict";
                case "412" -> "PreconditionFailed";
                case "422" -> "Unprocessable";
                case "428" -> "PreconditionRequired";
                default -> throw new IllegalArgumentException(code);
              }));
    }
    return responses;
  }

  private static Map<String, Object> withHeaders(Map<String, Object> response, String... names) {
    Map<String, Object> headers = new LinkedHashMap<>();
    for (String name : names) {
      headers.put(name, ref("headers", name));
    }
    Map<String, Object> copy = new LinkedHashMap<>(response);
    copy.put("headers", headers);
    return copy;
  }

  /**
   * Whether the app serves {@code /ogc/collections/{collectionId}/schema} (Part 5's schema of a
   * collection): it is documented only if so.
   */
  private boolean schemaServed() {
    Boolean served = schemaServed;
    if (served == null) {
      served = false;
      for (RequestMappingInfo info : mappings.getObject().getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
        if (get
            && info.getPatternValues().stream()
                .anyMatch(p -> p.replaceAll("\\{[^}]*}", "{}").equals(SCHEMA_PATH))) {
          served = true;
        }
      }
      schemaServed = served;
    }
    return served;
  }
}

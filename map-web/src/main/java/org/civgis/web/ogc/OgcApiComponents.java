package org.civgis.web.ogc;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.web.ogc.cql.Queryable;

/**
 * The reusable parts of the OpenAPI 3.0 definition of the OGC API ({@code components}): the
 * standard parameters exactly as the OpenAPI fragments of OGC API – Features Parts 1–4 define them,
 * the GeoJSON and OGC API document schemas, the problem responses and the bearer security scheme.
 *
 * <p>Values that the code decides ({@code limit}'s default and maximum, the CRSs) are read from the
 * code that decides them, so the definition cannot drift from the behaviour.
 */
final class OgcApiComponents {
  static final String OPENAPI_VERSION = "3.0.3";
  static final String SECURITY_SCHEME = "bearerAuth";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String GEO_JSON = "application/geo+json";
  static final String MERGE_PATCH_JSON = "application/merge-patch+json";
  static final String SCHEMA_JSON = "application/schema+json";

  /** The query parameters of a collection's items that OGC API – Features itself defines. */
  static final List<String> ITEMS_PARAMETERS =
      List.of(
          "limit",
          "offset",
          "bbox",
          "bbox-crs",
          "datetime",
          "crs",
          "filter",
          "filter-lang",
          "filter-crs");

  private OgcApiComponents() {}

  /** A JSON object with the given members in order; {@code null} values are left out. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        object.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return object;
  }

  static Map<String, Object> ref(String kind, String name) {
    return object("$ref", "#/components/" + kind + "/" + name);
  }

  /** A response whose body is {@code schema} in each of {@code mediaTypes}. */
  static Map<String, Object> response(
      String description, Map<String, Object> schema, String... mediaTypes) {
    Map<String, Object> content = new LinkedHashMap<>();
    for (String mediaType : mediaTypes) {
      content.put(mediaType, object("schema", schema));
    }
    return object("description", description, "content", content);
  }

  /** The OpenAPI type of a queryable's value, as a query parameter carries it. */
  static Map<String, Object> schemaOf(Queryable.Type type) {
    return switch (type) {
      case STRING -> object("type", "string");
      case INTEGER -> object("type", "integer");
      case NUMBER -> object("type", "number");
      case BOOLEAN -> object("type", "boolean");
      case DATE -> object("type", "string", "format", "date");
      case TIMESTAMP -> object("type", "string", "format", "date-time");
      case GEOMETRY -> object("type", "string", "description", "几何（WKT）");
    };
  }

  static Map<String, Object> components() {
    return object(
        "schemas", schemas(),
        "parameters", parameters(),
        "responses", responses(),
        "headers", headers(),
        "securitySchemes",
            object(
                SECURITY_SCHEME,
                object(
                    "type",
                    "http",
                    "scheme",
                    "bearer",
                    "description",
                    "API 令牌：请求头 Authorization: Bearer <令牌>。读取无需登录；写入（POST、PUT、PATCH、DELETE）须提供。")));
  }

  // ---- parameters

  private static Map<String, Object> parameters() {
    List<String> crsUris = Arrays.stream(OgcCrs.values()).map(OgcCrs::uri).toList();
    String crsList = String.join("、", crsUris);
    return object(
        "limit",
        query(
            "limit",
            "每页最多返回的要素数：1 到 "
                + ItemsParameters.MAX_LIMIT
                + "，缺省 "
                + ItemsParameters.DEFAULT_LIMIT
                + "；超过最大值时按最大值返回，不报错。",
            object(
                "type",
                "integer",
                "minimum",
                1,
                "maximum",
                ItemsParameters.MAX_LIMIT,
                "default",
                ItemsParameters.DEFAULT_LIMIT)),
        "offset",
        query(
            "offset",
            "跳过前面多少个要素（分页；响应的 next、prev 链接已带上）。",
            object("type", "integer", "minimum", 0, "default", 0)),
        "bbox",
        query(
            "bbox",
            "只返回几何与此范围相交的要素：最小经度,最小纬度,最大经度,最大纬度（或含高程的 6 个数），" + "坐标系由 bbox-crs 给出，缺省为 CRS84（经度在前）。",
            object(
                "type", "array", "minItems", 4, "maxItems", 6, "items", object("type", "number"))),
        "bbox-crs",
        query(
            "bbox-crs",
            "bbox 的坐标参照系，可用：" + crsList + "。",
            object("type", "string", "format", "uri", "default", OgcCrs.CRS84.uri())),
        "datetime",
        query(
            "datetime",
            "只返回在此时刻或时段内有效的要素：日期或 RFC 3339 时刻（如 2023-06-30、2023-06-30T12:00:00Z），"
                + "或时段 开始/结束（一端可为 .. 或空）；缺省为今天。",
            object("type", "string")),
        "crs",
        query(
            "crs",
            "返回几何的坐标参照系，可用：" + crsList + "；响应头 Content-Crs 给出所用的。",
            object("type", "string", "format", "uri", "default", OgcCrs.CRS84.uri())),
        "filter",
        query(
            "filter",
            "CQL2 过滤条件，可用的属性见集合的 queryables；语言由 filter-lang 给出。",
            object("type", "string")),
        "filter-lang",
        query(
            "filter-lang",
            "filter 的语言：cql2-text（缺省）或 cql2-json。",
            object(
                "type",
                "string",
                "enum",
                List.of("cql2-text", "cql2-json"),
                "default",
                "cql2-text")),
        "filter-crs",
        query(
            "filter-crs",
            "filter 中几何字面量的坐标参照系：CRS84（缺省）或 EPSG:3857。",
            object(
                "type",
                "string",
                "format",
                "uri",
                "enum",
                List.of(OgcCrs.CRS84.uri(), OgcCrs.EPSG_3857.uri()),
                "default",
                OgcCrs.CRS84.uri())),
        "featureId",
        object(
            "name",
            "featureId",
            "in",
            "path",
            "description",
            "要素的标识（即 GeoJSON 的 id）。",
            "required",
            true,
            "schema",
            object("type", "string")),
        "If-Match",
        object(
            "name",
            "If-Match",
            "in",
            "header",
            "description",
            "读取要素时得到的 ETag（强比较）；要素已被他人修改时答 412，缺少时答 428。",
            "required",
            false,
            "schema",
            object("type", "string")),
        "Content-Crs",
        object(
            "name",
            "Content-Crs",
            "in",
            "header",
            "description",
            "请求体中几何的坐标参照系（如 <" + OgcCrs.CRS84.uri() + ">），缺省为 CRS84。可用：" + crsList + "。",
            "required",
            false,
            "schema",
            object("type", "string")));
  }

  /** A query parameter with OGC API's serialisation: style form, not exploded. */
  static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
    return object(
        "name",
        name,
        "in",
        "query",
        "description",
        description,
        "required",
        false,
        "schema",
        schema,
        "style",
        "form",
        "explode",
        false);
  }

  // ---- responses and headers

  private static Map<String, Object> responses() {
    Map<String, Object> problem = ref("schemas", "exception");
    return object(
        "InvalidParameter",
        response("请求参数无效：detail 与 invalidParams 给出参数名和原因。", problem, PROBLEM_JSON),
        "InvalidFeature",
        response("请求体不是有效的要素：detail 与 invalidParams 给出位置和原因。", problem, PROBLEM_JSON),
        "NotFound",
        response("没有这个资源。", problem, PROBLEM_JSON),
        "NotAcceptable",
        response("不能以 Accept 请求的媒体类型提供。", problem, PROBLEM_JSON),
        "Unauthorized",
        response("未登录或令牌无效：写入须提供 Authorization: Bearer 令牌。", problem, PROBLEM_JSON),
        "Forbidden",
        response("当前用户的角色或辖区无权写入此要素，或集合只读。", problem, PROBLEM_JSON),
        "Conflict",
        response("与现有数据冲突（如标识已存在）。", problem, PROBLEM_JSON),
        "PreconditionFailed",
        response("If-Match 的 ETag 已过时：要素已被他人修改，请重新读取后再改。", problem, PROBLEM_JSON),
        "PreconditionRequired",
        response("缺少 If-Match：先读取要素得到 ETag。", problem, PROBLEM_JSON),
        "Unprocessable",
        response("要素违反业务规则（如拓扑、编码规则），未写入。", problem, PROBLEM_JSON));
  }

  private static Map<String, Object> headers() {
    return object(
        "ETag",
        object("description", "要素当前版本的实体标签；修改时放在 If-Match 中。", "schema", object("type", "string")),
        "Location",
        object("description", "新要素的地址。", "schema", object("type", "string", "format", "uri")),
        "Content-Crs",
        object("description", "响应中几何的坐标参照系（尖括号中的 URI）。", "schema", object("type", "string")));
  }

  // ---- schemas

  private static Map<String, Object> schemas() {
    Map<String, Object> string = object("type", "string");
    Map<String, Object> links = array(ref("schemas", "link"));
    return object(
        "link",
        object(
            "type",
            "object",
            "required",
            List.of("href", "rel"),
            "properties",
            object("href", string, "rel", string, "type", string, "title", string)),
        "landingPage",
        object(
            "type",
            "object",
            "required",
            List.of("links"),
            "properties",
            object("title", string, "description", string, "links", links)),
        "confClasses",
        object(
            "type",
            "object",
            "required",
            List.of("conformsTo"),
            "properties",
            object("conformsTo", array(string))),
        "collections",
        object(
            "type",
            "object",
            "required",
            List.of("links", "collections"),
            "properties",
            object(
                "links",
                links,
                "collections",
                array(ref("schemas", "collection")),
                "crs",
                array(string))),
        "collection",
        object(
            "type",
            "object",
            "required",
            List.of("id", "links"),
            "properties",
            object(
                "id",
                string,
                "title",
                string,
                "description",
                string,
                "links",
                links,
                "extent",
                ref("schemas", "extent"),
                "itemType",
                string,
                "crs",
                array(string),
                "storageCrs",
                string)),
        "extent",
        object(
            "type",
            "object",
            "properties",
            object(
                "spatial",
                object(
                    "type",
                    "object",
                    "properties",
                    object(
                        "bbox",
                        object(
                            "type",
                            "array",
                            "minItems",
                            1,
                            "items",
                            object(
                                "type",
                                "array",
                                "minItems",
                                4,
                                "maxItems",
                                6,
                                "items",
                                object("type", "number"))),
                        "crs",
                        object("type", "string", "enum", List.of(OgcCrs.CRS84.uri())))))),
        "featureCollectionGeoJSON",
        object(
            "type",
            "object",
            "required",
            List.of("type", "features"),
            "properties",
            object(
                "type",
                object("type", "string", "enum", List.of("FeatureCollection")),
                "features",
                array(ref("schemas", "featureGeoJSON")),
                "links",
                links,
                "timeStamp",
                object("type", "string", "format", "date-time"),
                "numberMatched",
                object("type", "integer", "minimum", 0),
                "numberReturned",
                object("type", "integer", "minimum", 0))),
        "featureGeoJSON",
        object(
            "type",
            "object",
            "required",
            List.of("type", "geometry", "properties"),
            "properties",
            object(
                "type",
                object("type", "string", "enum", List.of("Feature")),
                "geometry",
                ref("schemas", "geometryGeoJSON"),
                "properties",
                object("type", "object", "nullable", true),
                "id",
                object("oneOf", List.of(string, object("type", "integer"))),
                "links",
                links)),
        "geometryGeoJSON",
        object(
            "type",
            "object",
            "nullable",
            true,
            "description",
            "GeoJSON 几何（RFC 7946）；无几何时为 null。",
            "required",
            List.of("type"),
            "properties",
            object(
                "type",
                object(
                    "type",
                    "string",
                    "enum",
                    List.of(
                        "Point",
                        "MultiPoint",
                        "LineString",
                        "MultiLineString",
                        "Polygon",
                        "MultiPolygon",
                        "GeometryCollection")),
                "coordinates",
                object("type", "array", "items", object()),
                "geometries",
                object("type", "array", "items", ref("schemas", "geometryGeoJSON")))),
        "exception",
        object(
            "type",
            "object",
            "description",
            "问题详情（RFC 9457）。",
            "properties",
            object(
                "type",
                string,
                "title",
                string,
                "status",
                object("type", "integer"),
                "detail",
                string,
                "instance",
                string,
                "invalidParams",
                array(
                    object(
                        "type",
                        "object",
                        "properties",
                        object("name", string, "reason", string))))),
        "jsonSchema",
        object("type", "object", "description", "JSON Schema（2020-12）文档。"),
        "openApiDocument",
        object("type", "object", "description", "OpenAPI 3.0 文档。"));
  }

  private static Map<String, Object> array(Map<String, Object> items) {
    return object("type", "array", "items", items);
  }
}

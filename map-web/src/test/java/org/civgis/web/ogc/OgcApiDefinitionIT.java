package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.reprezen.kaizen.oasparser.OpenApi3Parser;
import com.reprezen.kaizen.oasparser.model3.OpenApi3;
import com.reprezen.kaizen.oasparser.model3.Operation;
import com.reprezen.kaizen.oasparser.model3.Parameter;
import com.reprezen.kaizen.oasparser.model3.Path;
import com.reprezen.kaizen.oasparser.model3.Schema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civgis.web.WebIntegrationTest;
import org.civgis.web.ogc.cql.Queryable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The API definition of the OGC API (OGC API – Features Part 1, requirements classes "core" and
 * "OpenAPI 3.0"), checked the way the OGC conformance suite (ets-ogcapi-features10) checks it:
 * found through the landing page's {@code service-desc}, parsed and validated with the same parser
 * (KaiZen), parameters looked up per collection under the server URL it declares.
 */
class OgcApiDefinitionIT extends WebIntegrationTest {
  static final String OPENAPI_3_0 = "application/vnd.oai.openapi+json;version=3.0";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired List<FeatureSource> sources;

  static HttpResponse<String> fetch(String url, String accept) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode landingLink(String rel) {
    for (JsonNode link : getJson("/ogc", 200).path("links")) {
      if (link.path("rel").asString().equals(rel)) {
        return link;
      }
    }
    throw new AssertionError("no link " + rel + " on the landing page");
  }

  /** The definition as the suite reads it: the service-desc link, asked for with its type. */
  private HttpResponse<String> serviceDesc() {
    JsonNode link = landingLink("service-desc");
    return fetch(link.path("href").asString(), link.path("type").asString());
  }

  private OpenApi3 parsedAndValidated() throws Exception {
    HttpResponse<String> response = serviceDesc();
    assertThat(response.statusCode()).isEqualTo(200);
    OpenApi3 model =
        new OpenApi3Parser()
            .parse(response.body(), URI.create(response.uri().toString()).toURL(), true);
    assertThat(model.isValid())
        .as(
            "validation items: "
                + model.getValidationItems().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining("\n")))
        .isTrue();
    return model;
  }

  /** The items path of each collection: the paths the suite selects with /collections/.*\/items. */
  private static List<String> itemsPaths(OpenApi3 model) {
    return model.getPaths().keySet().stream()
        .filter(p -> p.matches("/collections/[^/{}]+/items"))
        .toList();
  }

  /** A parameter of a path's GET, as the suite's OpenApiUtils.retrieveParameterByName finds it. */
  private static Parameter parameter(OpenApi3 model, String path, String name) {
    Path item = model.getPath(path);
    for (Parameter parameter : item.getParameters()) {
      if (name.equals(parameter.getName())) {
        return parameter;
      }
    }
    for (Parameter parameter : item.getOperation("get").getParameters()) {
      if (name.equals(parameter.getName())) {
        return parameter;
      }
    }
    return null;
  }

  private static void assertFormNotExploded(Parameter parameter) {
    assertThat(parameter.getIn()).isEqualTo("query");
    assertThat(parameter.getRequired()).isNotEqualTo(Boolean.TRUE);
    assertThat(parameter.getStyle()).isEqualTo("form");
    assertThat(parameter.getExplode()).isEqualTo(Boolean.FALSE);
  }

  private List<String> collectionIds() {
    List<String> ids = new ArrayList<>();
    getJson("/ogc/collections", 200)
        .path("collections")
        .forEach(c -> ids.add(c.path("id").asString()));
    return ids;
  }

  // ---- regression: the suite's first step

  @Test
  @DisplayName("service-desc answers its own media type (was 406) with an OpenAPI 3.0.3 document")
  void serviceDescAnswersTheOpenApi30MediaType() {
    JsonNode link = landingLink("service-desc");
    assertThat(link.path("type").asString()).isEqualTo(OPENAPI_3_0);

    HttpResponse<String> response = fetch(link.path("href").asString(), OPENAPI_3_0);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(OPENAPI_3_0);
    assertThat(JSON.readTree(response.body()).path("openapi").asString()).isEqualTo("3.0.3");
  }

  @Test
  @DisplayName("the API definition: application/json and */* too, 406 with a problem otherwise")
  void contentNegotiationOfTheDefinition() {
    HttpResponse<String> json = get("/ogc/api", "application/json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(JSON.readTree(json.body()).path("openapi").asString()).isEqualTo("3.0.3");

    HttpResponse<String> any = get("/ogc/api", "*/*");
    assertThat(any.statusCode()).isEqualTo(200);
    assertThat(any.headers().firstValue("Content-Type")).hasValue(OPENAPI_3_0);

    // GDAL's Accept: the first of its list wins
    HttpResponse<String> gdal =
        get("/ogc/api", OPENAPI_3_0 + ", application/openapi+json;version=3.0, application/json");
    assertThat(gdal.headers().firstValue("Content-Type")).hasValue(OPENAPI_3_0);

    for (String refused :
        List.of("application/vnd.oai.openapi+json;version=3.1", "image/png", "application/xml")) {
      HttpResponse<String> response = get("/ogc/api", refused);
      assertThat(response.statusCode()).as(refused).isEqualTo(406);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.path("status").asInt()).isEqualTo(406);
      assertThat(problem.path("detail").asString()).contains(refused, OPENAPI_3_0);
    }
  }

  // ---- core: the API definition

  @Test
  @DisplayName("/req/core/api-definition-op")
  void apiDefinitionOp() {
    assertThat(serviceDesc().statusCode()).isEqualTo(200);

    JsonNode doc = landingLink("service-doc");
    assertThat(doc.path("type").asString()).isEqualTo("text/html");
    HttpResponse<String> redirect = fetch(doc.path("href").asString(), "text/html");
    assertThat(redirect.statusCode()).isEqualTo(303);
    String page = redirect.headers().firstValue("Location").orElseThrow();
    assertThat(page).contains("/swagger-ui/index.html", "urls.primaryName=");
    HttpResponse<String> html = fetch(page, "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");

    // the interactive page offers the OGC API's definition under the name the redirect selects
    JsonNode config = getJson("/v3/api-docs/swagger-config", 200);
    List<String> urls = new ArrayList<>();
    config.path("urls").forEach(u -> urls.add(u.path("name") + " " + u.path("url").asString()));
    assertThat(urls)
        .contains("\"" + OgcApiDefinitionController.SWAGGER_UI_NAME + "\" /ogc/api")
        .anyMatch(u -> u.endsWith(" /v3/api-docs"));
  }

  @Test
  @DisplayName("/req/core/api-definition-success")
  void apiDefinitionSuccess() throws Exception {
    OpenApi3 model = parsedAndValidated();
    assertThat(model.getOpenApi()).isEqualTo("3.0.3");
    assertThat(model.getPaths().keySet())
        .contains("/", "/api", "/conformance", "/collections", "/collections/{collectionId}");
  }

  @Test
  @DisplayName("/req/core/fc-limit-definition")
  void fcLimitDefinition() throws Exception {
    OpenApi3 model = parsedAndValidated();
    assertThat(itemsPaths(model)).hasSize(collectionIds().size());
    for (String path : itemsPaths(model)) {
      Parameter limit = parameter(model, path, "limit");
      assertThat(limit).as(path).isNotNull();
      assertFormNotExploded(limit);
      Schema schema = limit.getSchema();
      assertThat(schema.getType()).isEqualTo("integer");
      assertThat(schema.getMinimum().intValue()).isEqualTo(1);
      assertThat(schema.getMaximum().intValue()).isEqualTo(ItemsParameters.MAX_LIMIT);
      assertThat(((Number) schema.getDefault()).intValue())
          .isEqualTo(ItemsParameters.DEFAULT_LIMIT);
    }
  }

  @Test
  @DisplayName("/req/core/fc-bbox-definition")
  void fcBboxDefinition() throws Exception {
    OpenApi3 model = parsedAndValidated();
    assertThat(itemsPaths(model)).hasSize(collectionIds().size());
    for (String path : itemsPaths(model)) {
      Parameter bbox = parameter(model, path, "bbox");
      assertThat(bbox).as(path).isNotNull();
      assertFormNotExploded(bbox);
      Schema schema = bbox.getSchema();
      assertThat(schema.getType()).isEqualTo("array");
      assertThat(schema.getMinItems()).isEqualTo(4);
      assertThat(schema.getMaxItems()).isEqualTo(6);
      assertThat(schema.getItemsSchema().getType()).isEqualTo("number");
    }
  }

  @Test
  @DisplayName("/req/core/fc-time-definition")
  void fcTimeDefinition() throws Exception {
    OpenApi3 model = parsedAndValidated();
    assertThat(itemsPaths(model)).hasSize(collectionIds().size());
    for (String path : itemsPaths(model)) {
      Parameter datetime = parameter(model, path, "datetime");
      assertThat(datetime).as(path).isNotNull();
      assertFormNotExploded(datetime);
      assertThat(datetime.getSchema().getType()).isEqualTo("string");
    }
  }

  @Test
  @DisplayName("/req/core/query-param-unknown can be tested: no free-form parameter is declared")
  void noFreeFormParameters() throws Exception {
    OpenApi3 model = parsedAndValidated();
    for (String path : itemsPaths(model)) {
      for (Parameter parameter : model.getPath(path).getOperation("get").getParameters()) {
        assertThat(parameter.getSchema().isAdditionalProperties())
            .as(path + " " + parameter.getName())
            .isFalse();
      }
    }
  }

  // ---- OpenAPI 3.0

  @Test
  @DisplayName("/req/oas30/oas-definition-1")
  void oasDefinition1() {
    HttpResponse<String> json = get("/ogc/api", OPENAPI_3_0);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type")).hasValue(OPENAPI_3_0);

    // what a browser sends
    HttpResponse<String> html =
        get("/ogc/api", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertThat(html.statusCode()).isEqualTo(303);
    HttpResponse<String> page = fetch(html.headers().firstValue("Location").orElseThrow(), "*/*");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsIgnoringCase("swagger");
  }

  @Test
  @DisplayName("/req/oas30/oas-definition-2")
  void oasDefinition2() throws Exception {
    OpenApi3 model = parsedAndValidated();
    assertThat(model.getOpenApi()).startsWith("3.0.");
    // every operation has an id of its own and its responses
    Set<String> ids = new HashSet<>();
    for (Path path : model.getPaths().values()) {
      for (Operation operation : path.getOperations().values()) {
        assertThat(ids.add(operation.getOperationId())).as(operation.getOperationId()).isTrue();
        assertThat(operation.getResponses()).isNotEmpty();
      }
    }
  }

  @Test
  @DisplayName("the server URL joined with each path gives the links of the landing page")
  void serverUrlAndPathsResolveToTheLinks() {
    JsonNode definition = JSON.readTree(get("/ogc/api", OPENAPI_3_0).body());
    String server = definition.path("servers").get(0).path("url").asString();
    JsonNode landing = getJson("/ogc", 200);
    Map<String, String> links = new java.util.HashMap<>();
    landing
        .path("links")
        .forEach(l -> links.put(l.path("rel").asString(), l.path("href").asString()));
    assertThat(server + "/conformance").isEqualTo(links.get("conformance"));
    assertThat(server + "/collections").isEqualTo(links.get("data"));
    assertThat(server + "/api").isEqualTo(links.get("service-desc"));
    for (JsonNode collection : getJson("/ogc/collections", 200).path("collections")) {
      String id = collection.path("id").asString();
      String items = null;
      for (JsonNode link : collection.path("links")) {
        if (link.path("rel").asString().equals("items")) {
          items = link.path("href").asString();
        }
      }
      assertThat(definition.path("paths").has("/collections/" + id + "/items")).as(id).isTrue();
      assertThat(server + "/collections/" + id + "/items").isEqualTo(items);
    }
  }

  // ---- the parameters of each collection

  @Test
  @DisplayName("every collection's items path declares its own parameters and its queryables")
  void itemsPathsDeclareTheCollectionParametersAndQueryables() {
    JsonNode definition = JSON.readTree(get("/ogc/api", OPENAPI_3_0).body());
    assertThat(sources).hasSize(collectionIds().size());
    for (FeatureSource source : sources) {
      JsonNode parameters =
          definition
              .path("paths")
              .path("/collections/" + source.id() + "/items")
              .path("get")
              .path("parameters");
      List<String> names = new ArrayList<>();
      Map<String, JsonNode> inline = new java.util.HashMap<>();
      for (JsonNode parameter : parameters) {
        JsonNode resolved = parameter;
        if (parameter.has("$ref")) {
          String ref = parameter.path("$ref").asString();
          resolved =
              definition
                  .path("components")
                  .path("parameters")
                  .path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        names.add(resolved.path("name").asString());
        inline.put(resolved.path("name").asString(), resolved);
      }
      assertThat(names).as(source.id()).doesNotHaveDuplicates();
      assertThat(names)
          .as(source.id())
          .contains(
              "limit",
              "offset",
              "bbox",
              "bbox-crs",
              "datetime",
              "crs",
              "filter",
              "filter-lang",
              "filter-crs")
          .containsAll(source.parameters());
      for (String own : source.parameters()) {
        assertThat(inline.get(own).path("description").asString()).contains(source.description());
      }
      // the queryables as the API publishes them, each a query parameter of its type
      JsonNode queryables =
          getJson("/ogc/collections/" + source.id() + "/queryables", 200).path("properties");
      Set<String> published = new TreeSet<>(queryables.propertyNames());
      assertThat(published).isEqualTo(source.queryables().keySet());
      for (Map.Entry<String, Queryable> queryable : source.queryables().entrySet()) {
        if (queryable.getValue().type() == Queryable.Type.GEOMETRY) {
          continue;
        }
        assertThat(names).as(source.id()).contains(queryable.getKey());
        if (!source.parameters().contains(queryable.getKey())) {
          assertThat(inline.get(queryable.getKey()).path("schema").path("type").asString())
              .isEqualTo(queryables.path(queryable.getKey()).path("type").asString());
        }
      }
    }
    // divisions has queryables: the check above is not vacuous
    assertThat(
            definition
                .path("paths")
                .path("/collections/divisions/items")
                .path("get")
                .path("parameters")
                .toString())
        .contains("\"name\":\"parentCode\"", "\"name\":\"level\"");
  }

  @Test
  @DisplayName("each collection's schema path is documented exactly when it is served")
  void schemaPathsAreDocumentedWhenServed() {
    JsonNode paths = JSON.readTree(get("/ogc/api", OPENAPI_3_0).body()).path("paths");
    for (String id : collectionIds()) {
      boolean served = get("/ogc/collections/" + id + "/schema").statusCode() == 200;
      assertThat(paths.has("/collections/" + id + "/schema")).as(id).isEqualTo(served);
    }
  }
}

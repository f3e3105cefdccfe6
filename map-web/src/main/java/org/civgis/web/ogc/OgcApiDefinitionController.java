package org.civgis.web.ogc;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ogc/api}, the API definition of the OGC API (the landing page's {@code service-desc} and
 * {@code service-doc}), by content negotiation on {@code Accept}:
 *
 * <ol>
 *   <li>{@code application/vnd.oai.openapi+json;version=3.0} (also without the version), {@code
 *       application/json} and {@code *}{@code /*}: the OpenAPI 3.0 document, with the media type
 *       that was asked for ({@code *}{@code /*} gets the OpenAPI one);
 *   <li>{@code text/html}: 303 to the interactive documentation (Swagger UI) showing that document;
 *   <li>anything else, such as {@code version=3.1}: 406 with a problem detail.
 * </ol>
 *
 * The first type of the {@code Accept} list, by quality, that can be served decides.
 */
@RestController
class OgcApiDefinitionController {
  static final String OPENAPI_JSON_3_0 = "application/vnd.oai.openapi+json;version=3.0";
  static final String SWAGGER_UI_NAME = "OGC API – Features";
  private static final MediaType OPENAPI_3_0 = MediaType.parseMediaType(OPENAPI_JSON_3_0);

  private final OgcApiDefinition definition;
  private final JsonMapper json;

  OgcApiDefinitionController(OgcApiDefinition definition, JsonMapper json) {
    this.definition = definition;
    this.json = json;
  }

  @GetMapping("/ogc/api")
  ResponseEntity<byte[]> apiDefinition(
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    Optional<MediaType> chosen = choose(accept);
    if (chosen.isEmpty()) {
      return notAcceptable(accept);
    }
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    if (chosen.get().equals(MediaType.TEXT_HTML)) {
      URI page =
          UriComponentsBuilder.fromUriString(base + "/swagger-ui/index.html")
              .queryParam("urls.primaryName", SWAGGER_UI_NAME)
              .encode()
              .build()
              .toUri();
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page).build();
    }
    return ResponseEntity.ok()
        .contentType(chosen.get())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
        .body(json.writeValueAsBytes(definition.document(base)));
  }

  /** The media type to answer {@code accept} with, or empty when none can be served. */
  static Optional<MediaType> choose(String accept) {
    List<MediaType> accepted;
    try {
      accepted =
          accept == null || accept.isBlank()
              ? List.of(MediaType.ALL)
              : new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (InvalidMediaTypeException e) {
      return Optional.empty();
    }
    // stable: equal qualities keep the client's order
    accepted = new ArrayList<>(accepted);
    accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : accepted) {
      if (type.getQualityValue() <= 0) {
        continue;
      }
      Optional<MediaType> served = served(type);
      if (served.isPresent()) {
        return served;
      }
    }
    return Optional.empty();
  }

  private static Optional<MediaType> served(MediaType type) {
    String version = type.getParameter("version");
    if (type.isWildcardType()) {
      return Optional.of(OPENAPI_3_0);
    }
    if (type.getType().equals("application")) {
      if (type.getSubtype().equals("vnd.oai.openapi+json")) {
        return version == null || version.equals("3.0")
            ? Optional.of(OPENAPI_3_0)
            : Optional.empty();
      }
      if (type.getSubtype().equals("json")) {
        return Optional.of(MediaType.APPLICATION_JSON);
      }
      if (type.isWildcardSubtype()) {
        return Optional.of(OPENAPI_3_0);
      }
    }
    if (type.getType().equals("text")
        && (type.getSubtype().equals("html") || type.isWildcardSubtype())) {
      return Optional.of(MediaType.TEXT_HTML);
    }
    return Optional.empty();
  }

  private ResponseEntity<byte[]> notAcceptable(String accept) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_ACCEPTABLE,
            "不能以 Accept 中的媒体类型（"
                + accept
                + "）提供 API 定义；可用："
                + OPENAPI_JSON_3_0
                + "、application/json、text/html");
    problem.setType(URI.create("/problems/not-acceptable"));
    problem.setTitle("不能提供所请求的媒体类型");
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(json.writeValueAsBytes(problem));
  }
}

package org.civgis.web.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.civgis.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, for every endpoint, text that cannot be read or stored, with 400 and a problem detail
 * naming the part, before any handler sees it.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>A query parameter whose percent-encoding is broken (a {@code %} without two hex digits, or
 *       bytes that are no UTF-8) is refused, naming the parameter.
 *   <li>A NUL character (U+0000, which PostgreSQL cannot store in text) is refused in a query
 *       parameter, a field of a form body ({@code application/x-www-form-urlencoded}) and a string
 *       or member name of a JSON body (any {@code json} media type), naming the parameter, the form
 *       field or the JSON Pointer of the value.
 *   <li>Anything else Tomcat cannot parse as parameters is refused as well (without a name).
 * </ol>
 *
 * <p>Known limitations: the parts of a multipart body are not looked at (their readers check them);
 * a JSON body that is not well-formed is passed on, for its handler to report.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestTextFilter extends OncePerRequestFilter {
  static final String NUL_REASON = "含有 NUL 字符（U+0000），不能保存；请删除后重试";
  static final String ENCODING_REASON = "百分号编码无效：% 后须为两位十六进制数，且解码后须为 UTF-8 文本";

  private final JsonMapper json;

  RequestTextFilter(JsonMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (refusedQuery(request.getQueryString(), response)) {
      return;
    }
    MediaType type = mediaType(request);
    boolean multipart = type != null && "multipart".equalsIgnoreCase(type.getType());
    if (!multipart) {
      // parses the query, and a form body, as every later reader will see them
      Map<String, String[]> parameters;
      try {
        parameters = request.getParameterMap();
      } catch (IllegalStateException e) {
        Problems.writeInvalidParameter(response, json, "query", "请求参数无法解析：" + e.getMessage());
        return;
      }
      for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
        if (hasNul(parameter.getKey())) {
          Problems.writeInvalidParameter(response, json, "(参数名)", NUL_REASON);
          return;
        }
        for (String value : parameter.getValue()) {
          if (hasNul(value)) {
            Problems.writeInvalidParameter(response, json, parameter.getKey(), NUL_REASON);
            return;
          }
        }
      }
    }
    if (type != null && isJson(type) && hasBody(request)) {
      CachedBodyRequest cached = CachedBodyRequest.of(request);
      String pointer = nulInJson(cached.body());
      if (pointer != null) {
        Problems.writeInvalidParameter(response, json, pointer, NUL_REASON);
        return;
      }
      request = cached;
    }
    chain.doFilter(request, response);
  }

  /**
   * Checks each {@code name=value} of a raw query strictly; answers the first bad one and returns
   * whether it did.
   */
  private boolean refusedQuery(String query, HttpServletResponse response) throws IOException {
    if (query == null || query.isEmpty()) {
      return false;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = decodeOrNull(rawName);
      if (name == null) {
        Problems.writeInvalidParameter(response, json, shortened(rawName), ENCODING_REASON);
        return true;
      }
      if (hasNul(name)) {
        Problems.writeInvalidParameter(response, json, "(参数名)", NUL_REASON);
        return true;
      }
      String value = eq < 0 ? "" : decodeOrNull(pair.substring(eq + 1));
      if (value == null || hasNul(value)) {
        Problems.writeInvalidParameter(
            response, json, name, value == null ? ENCODING_REASON : NUL_REASON);
        return true;
      }
    }
    return false;
  }

  /** {@code x-www-form-urlencoded} decoding that fails instead of guessing. */
  static String decodeOrNull(String raw) {
    ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.put((byte) (high * 16 + low));
        i += 2;
      } else if (c == '+') {
        bytes.put((byte) ' ');
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A name that does not decode, shown as it came (at most 40 characters). */
  private static String shortened(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }

  /**
   * The JSON Pointer of the first string or member name with a NUL in {@code body}, or {@code
   * null}. Bodies without a raw zero byte or a {@code \}{@code u0000} escape are not parsed.
   */
  String nulInJson(byte[] body) {
    if (!mayHoldNul(body)) {
      return null;
    }
    try (JsonParser parser = json.createParser(body)) {
      try {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.PROPERTY_NAME && hasNul(parser.currentName())) {
            return parent(parser) + "/(成员名)";
          }
          if (token == JsonToken.VALUE_STRING && hasNul(parser.getString())) {
            return pointer(parser);
          }
        }
      } catch (JacksonException e) {
        // a raw NUL is a control character JSON forbids in strings: the parser stops on it
        return hasRawZero(body) ? pointer(parser) : null;
      }
    }
    return null;
  }

  private static String pointer(JsonParser parser) {
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    return pointer.isEmpty() ? "/" : pointer;
  }

  private static String parent(JsonParser parser) {
    var parent = parser.streamReadContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  private static boolean mayHoldNul(byte[] body) {
    if (hasRawZero(body)) {
      return true;
    }
    for (int i = 0; i + 5 < body.length; i++) {
      if (body[i] == '\\'
          && (body[i + 1] == 'u' || body[i + 1] == 'U')
          && body[i + 2] == '0'
          && body[i + 3] == '0'
          && body[i + 4] == '0'
          && body[i + 5] == '0') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRawZero(byte[] body) {
    for (byte b : body) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNul(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }

  private static MediaType mediaType(HttpServletRequest request) {
    String header = request.getContentType();
    if (header == null) {
      return null;
    }
    try {
      return MediaType.parseMediaType(header);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isJson(MediaType type) {
    String subtype = type.getSubtype().toLowerCase();
    return subtype.equals("json") || subtype.endsWith("+json");
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }
}

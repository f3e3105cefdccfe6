package org.civgis.web.ogc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.PreconditionFailedException;

/**
 * The precondition of a write (RFC 9110 §13.1.1), decided here for every editable collection:
 *
 * <ol>
 *   <li>{@code *} holds when the feature exists now;
 *   <li>a list of entity tags holds when one of them equals the current ETag by <em>strong</em>
 *       comparison: a weak tag ({@code W/"…"}) never holds for a write;
 *   <li>the answer is the one strong tag the write then checks again inside its transaction, so a
 *       concurrent write between this decision and the transaction still fails with 412.
 * </ol>
 *
 * <p>The condition comes from the {@code If-Match} header, or, when a client cannot send headers
 * (QGIS), from the feature's read-only {@code version} property or from what the server last served
 * to the user; see docs/adr 0013.
 */
final class IfMatch {
  private final boolean any;
  private final List<String> tags;

  private IfMatch(boolean any, List<String> tags) {
    this.any = any;
    this.tags = tags;
  }

  /**
   * Parses an {@code If-Match} header ({@code *} or a comma-separated list of entity tags); a
   * malformed one is refused with 400 naming {@code If-Match}.
   */
  static IfMatch parse(String header) {
    String value = header.strip();
    if (value.equals("*")) {
      return new IfMatch(true, List.of());
    }
    List<String> tags = new ArrayList<>();
    int at = 0;
    while (at < value.length()) {
      char c = value.charAt(at);
      if (c == ',' || c == ' ' || c == '\t') {
        at++;
        continue;
      }
      int start = at;
      if (value.startsWith("W/", at)) {
        at += 2;
      }
      if (at >= value.length() || value.charAt(at) != '"') {
        throw malformed(header);
      }
      int close = value.indexOf('"', at + 1);
      if (close < 0) {
        throw malformed(header);
      }
      for (int i = at + 1; i < close; i++) {
        if (!isEtagChar(value.charAt(i))) {
          throw malformed(header);
        }
      }
      tags.add(value.substring(start, close + 1));
      at = close + 1;
      // the next element starts after optional whitespace and a comma
      while (at < value.length() && (value.charAt(at) == ' ' || value.charAt(at) == '\t')) {
        at++;
      }
      if (at < value.length() && value.charAt(at) != ',') {
        throw malformed(header);
      }
    }
    if (tags.isEmpty()) {
      throw malformed(header);
    }
    return new IfMatch(false, List.copyOf(tags));
  }

  /**
   * The condition of a feature's {@code version} property as a client sent it back: the opaque tag
   * of the ETag, without quotes (the ETag itself, quoted, is also taken).
   */
  static IfMatch ofVersion(Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw new org.civgis.web.problem.InvalidFeatureException(
          "properties." + FeatureVersion.PROPERTY, "须为读取要素时得到的版本（文本）");
    }
    String tag = s.strip();
    if (!tag.startsWith("\"") && !tag.startsWith("W/\"")) {
      tag = "\"" + tag + "\"";
    }
    try {
      IfMatch condition = parse(tag);
      if (condition.tags.size() == 1) {
        return condition;
      }
    } catch (InvalidParameterException e) {
      // reported below under the property's name
    }
    throw new org.civgis.web.problem.InvalidFeatureException(
        "properties." + FeatureVersion.PROPERTY, "不是有效的版本：" + s);
  }

  /** The condition that the feature is still at {@code etag} (a strong ETag the server sent). */
  static IfMatch of(String etag) {
    return new IfMatch(false, List.of(etag));
  }

  /**
   * The strong ETag the write must find inside its transaction, given the feature's current ETag
   * (empty when {@code what} does not exist); 412 when the condition does not hold.
   */
  String expected(Optional<String> currentEtag, String what) {
    if (currentEtag.isEmpty()) {
      throw PreconditionFailedException.absent(what);
    }
    String current = currentEtag.get();
    if (any || tags.contains(current)) {
      return current;
    }
    tags.stream()
        .filter(tag -> tag.startsWith("W/"))
        .findFirst()
        .ifPresent(
            weak -> {
              throw PreconditionFailedException.weak(weak);
            });
    throw PreconditionFailedException.mismatch(current);
  }

  boolean isAny() {
    return any;
  }

  /** The entity tags listed, as sent ({@code W/} kept); empty for {@code *}. */
  List<String> tags() {
    return tags;
  }

  /** etagc of RFC 9110: visible ASCII but the double quote, and obs-text. */
  private static boolean isEtagChar(char c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
  }

  private static InvalidParameterException malformed(String header) {
    return new InvalidParameterException(
        "If-Match", "须为 * 或以逗号分隔的 ETag 列表（如 \"12-3\"，带双引号），收到 " + header);
  }
}

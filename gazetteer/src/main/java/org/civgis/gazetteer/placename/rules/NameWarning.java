package org.civgis.gazetteer.placename.rules;

import java.util.List;
import java.util.Objects;

/**
 * One finding of one rule about one name.
 *
 * @param reasonCode why the name is non-standard
 * @param explanation the rule and what matched, in Chinese, e.g. 名称使用外国地名：“曼哈顿”
 * @param suggestedAction what to do, in Chinese
 * @param severity how serious it is
 * @param matched the text that matched (a word, characters, a generic), or {@code null}
 * @param relatedNameIds ids of other names involved (the duplicates), possibly empty
 */
public record NameWarning(
    ReasonCode reasonCode,
    String explanation,
    String suggestedAction,
    Severity severity,
    String matched,
    List<String> relatedNameIds) {

  public NameWarning {
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(suggestedAction, "suggestedAction");
    Objects.requireNonNull(severity, "severity");
    relatedNameIds = relatedNameIds == null ? List.of() : List.copyOf(relatedNameIds);
  }

  /**
   * A warning with the code's defaults: the explanation is the code's rule followed by {@code
   * detail} (when not null).
   */
  public static NameWarning of(ReasonCode code, String matched, String detail) {
    return of(code, code.severity(), matched, detail);
  }

  /** As {@link #of(ReasonCode, String, String)} with another severity. */
  public static NameWarning of(ReasonCode code, Severity severity, String matched, String detail) {
    String explanation = detail == null ? code.rule() : code.rule() + "：" + detail;
    return new NameWarning(code, explanation, code.suggestedAction(), severity, matched, List.of());
  }

  /** This warning naming the other names involved. */
  public NameWarning withRelated(List<String> ids) {
    return new NameWarning(reasonCode, explanation, suggestedAction, severity, matched, ids);
  }

  /** This warning with another suggested action. */
  public NameWarning withSuggestedAction(String action) {
    return new NameWarning(reasonCode, explanation, action, severity, matched, relatedNameIds);
  }
}

package org.civgis.web.placename;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.boundary.division.DivisionCode;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.romanization.NameParts;
import org.civgis.gazetteer.placename.romanization.NotRomanizableException;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.web.problem.InvalidFeatureException;

/** Reads the properties of a place-name feature sent by a client into a {@link NameText}. */
final class NameInput {
  /** Properties a client may write. */
  static final Set<String> WRITABLE =
      Set.of(
          "standardName",
          "specificPart",
          "genericPart",
          "shortName",
          "aliases",
          "categoryCode",
          "romanization",
          "officialTransliteration",
          "minorityWrittenForm",
          "minorityLanguage",
          "meaning",
          "origin",
          "history",
          "divisionCode");

  /** Properties the API writes itself; a client may send them back, they are not input. */
  static final Set<String> DERIVED =
      Set.of(
          "code",
          "status",
          "statusName",
          "validFrom",
          "validTo",
          "approvalAuthority",
          "approvalDate",
          "approvalDocumentNo",
          "announcementNo",
          "announcementDate",
          "source",
          "registrant",
          "supersedesId",
          "geometryGenerated",
          "divisionCodes",
          "formerNames");

  /** The most aliases (别名) a name may have; real names have a handful. */
  static final int MAX_ALIASES = 20;

  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();

  private NameInput() {}

  static NameText text(Map<String, Object> p) {
    for (String key : p.keySet()) {
      if (!WRITABLE.contains(key) && !DERIVED.contains(key)) {
        throw new InvalidFeatureException(
            "properties." + key, "未知属性；可写属性：" + String.join(", ", WRITABLE));
      }
    }
    String standardName = name(p, "standardName", true);
    String category = string(p, "categoryCode", 40);
    if (category == null) {
      throw new InvalidFeatureException("properties.categoryCode", "须给出地名类别");
    }
    NameAdvisor.category(category);
    String specific = name(p, "specificPart", false);
    String generic = name(p, "genericPart", false);
    if (specific != null
        && generic != null
        && !standardName.equals(specific + generic)
        && !standardName.startsWith(specific)) {
      throw new InvalidFeatureException(
          "properties.specificPart", "专名「" + specific + "」与通名「" + generic + "」须组成标准名称");
    }
    String romanization = string(p, "romanization", 200);
    if (romanization == null) {
      // the place-name spelling rules, read through the polyphone dictionary
      romanization = romanize(standardName, specific, generic);
    }
    return new NameText(
        standardName,
        specific,
        generic,
        name(p, "shortName", false),
        aliases(p.get("aliases")),
        category,
        romanization,
        string(p, "officialTransliteration", 200),
        string(p, "minorityWrittenForm", 200),
        string(p, "minorityLanguage", 40),
        string(p, "meaning", 4000),
        string(p, "origin", 4000),
        string(p, "history", 8000));
  }

  /**
   * The pinyin of a name by the spelling rules; 400 naming {@code properties.romanization} when the
   * name holds what the rules cannot spell (G216国道, 新华路（东）): then the officer gives it.
   */
  static String romanize(String standardName, String specific, String generic) {
    try {
      return ROMANIZER
          .romanize(
              specific != null && generic != null
                  ? NameParts.of(specific, generic)
                  : ROMANIZER.split(standardName))
          .pinyin();
    } catch (NotRomanizableException e) {
      throw new InvalidFeatureException(
          "properties.romanization", "名称中的「" + e.character() + "」不是汉字或数字，无法按地名拼写规则自动拼写，请填写罗马字母拼写");
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidFeatureException(
          "properties.romanization", "无法按地名拼写规则自动拼写「" + standardName + "」，请填写罗马字母拼写");
    }
  }

  static String divisionCode(Map<String, Object> p) {
    Object value = p.get("divisionCode");
    if (!(value instanceof String s) || !DivisionCode.isValid(s.trim())) {
      throw new InvalidFeatureException("properties.divisionCode", "须为所在区划的 12 位代码");
    }
    return s.trim();
  }

  private static String name(Map<String, Object> p, String key, boolean required) {
    String value = string(p, key, 100);
    value = value == null ? null : org.civgis.web.input.NameText.normalize(value);
    if (required && (value == null || value.isEmpty())) {
      throw new InvalidFeatureException("properties." + key, "不能为空");
    }
    return value == null || value.isEmpty() ? null : value;
  }

  private static String string(Map<String, Object> p, String key, int maxChars) {
    Object value = p.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new InvalidFeatureException("properties." + key, "须为文本");
    }
    if (s.length() > maxChars) {
      throw new InvalidFeatureException("properties." + key, "不能超过 " + maxChars + " 个字符");
    }
    return s.isBlank() ? null : s.strip();
  }

  private static List<String> aliases(Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new InvalidFeatureException("properties.aliases", "须为文本数组");
    }
    if (list.size() > MAX_ALIASES) {
      throw new InvalidFeatureException(
          "properties.aliases", "别名不能超过 " + MAX_ALIASES + " 个，收到 " + list.size() + " 个");
    }
    List<String> aliases = new ArrayList<>();
    for (Object alias : list) {
      if (!(alias instanceof String s) || s.isBlank()) {
        throw new InvalidFeatureException("properties.aliases", "须为文本数组");
      }
      if (s.length() > 100) {
        throw new InvalidFeatureException("properties.aliases", "每个别名不能超过 100 个字符");
      }
      String normalized = org.civgis.web.input.NameText.normalize(s);
      if (!aliases.contains(normalized)) {
        aliases.add(normalized);
      }
    }
    return aliases;
  }
}

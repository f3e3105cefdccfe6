package org.civgis.gazetteer.sign;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares what a sign shows with what it should show (GB 17733: the standard name and its
 * romanization by the place-name spelling rules, in capitals).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Texts are compared after NFKC normalisation without white space; romanizations after
 *       trimming and collapsing white space, letter for letter including case (the sign form is in
 *       capitals) and word division (Beijing Nanlu is two words, not four).
 *   <li>The first finding wins, in this order: the feature has no current name (NAME_NOT_CURRENT);
 *       the text is a former name (OUTDATED_NAME); the text differs otherwise (WRONG_TEXT); the
 *       romanization differs or is missing where one is expected (WRONG_ROMANIZATION); else
 *       COMPLIANT.
 * </ol>
 */
public final class ComplianceCheck {
  private ComplianceCheck() {}

  /**
   * A finding.
   *
   * @param compliance the verdict
   * @param detail what is wrong and what is expected, in Chinese; {@code null} when compliant
   */
  public record Finding(Compliance compliance, String detail) {}

  /** Checks a sign showing {@code installedText} and {@code installedRomanization}. */
  public static Finding check(
      String installedText, String installedRomanization, SignExpectation expected) {
    String text = normalizeText(installedText);
    if (!expected.current()) {
      return new Finding(Compliance.NAME_NOT_CURRENT, "标志所示地名或地址已不再使用，应拆除或更换");
    }
    if (!text.equals(normalizeText(expected.text()))) {
      for (String former : expected.formerTexts()) {
        if (text.equals(normalizeText(former))) {
          return new Finding(
              Compliance.OUTDATED_NAME,
              "标志仍为原名「" + installedText.strip() + "」，现标准名称为「" + expected.text() + "」");
        }
      }
      return new Finding(
          Compliance.WRONG_TEXT,
          "标志文字「" + installedText.strip() + "」与标准名称「" + expected.text() + "」不一致");
    }
    if (expected.romanization() != null) {
      String romanization = normalizeRomanization(installedRomanization);
      String wanted = normalizeRomanization(expected.romanization());
      if (!romanization.equals(wanted)) {
        String why =
            romanization.isEmpty()
                ? "缺少罗马字母拼写"
                : romanization.equalsIgnoreCase(wanted)
                    ? "罗马字母拼写应全部大写"
                    : romanization.replace(" ", "").equalsIgnoreCase(wanted.replace(" ", ""))
                        ? "罗马字母拼写分写连写有误"
                        : "罗马字母拼写有误";
        return new Finding(
            Compliance.WRONG_ROMANIZATION, why + "：标志为「" + romanization + "」，应为「" + wanted + "」");
      }
    }
    return new Finding(Compliance.COMPLIANT, null);
  }

  /** The sign form of a romanization: capitals, single spaces. */
  public static String signForm(String romanization) {
    return romanization == null
        ? null
        : normalizeRomanization(romanization).toUpperCase(Locale.ROOT);
  }

  static String normalizeText(String text) {
    return text == null
        ? ""
        : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
  }

  static String normalizeRomanization(String text) {
    return text == null
        ? ""
        : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
  }
}

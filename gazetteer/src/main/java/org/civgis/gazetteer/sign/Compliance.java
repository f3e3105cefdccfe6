package org.civgis.gazetteer.sign;

/** Whether a sign shows what it should: the current standard name and its sign romanization. */
public enum Compliance {
  /** Not checked yet. */
  UNCHECKED("未核查"),
  COMPLIANT("规范"),
  /** The text is a former name of the feature: the sign was not replaced after a renaming. */
  OUTDATED_NAME("名称已变更"),
  /** The text is not the standard name (a wrong character, a non-standard form). */
  WRONG_TEXT("名称不规范"),
  /** The text is right but the romanization is not the sign form of the standard name. */
  WRONG_ROMANIZATION("罗马字母拼写不规范"),
  /** The feature has no current standard name (retired), or the address is no longer current. */
  NAME_NOT_CURRENT("地名已注销");

  private final String chineseName;

  Compliance(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Whether the sign must be replaced or corrected. */
  public boolean isViolation() {
    return this != UNCHECKED && this != COMPLIANT;
  }
}

package org.civgis.gazetteer.placename.rules;

/** How serious a warning is; the order is from the most to the least serious. */
public enum Severity {
  /** The name breaks an explicit naming rule: change it, or record a justified waiver. */
  ERROR("错误"),
  /** The name is non-standard: review it and change it unless there is a reason to keep it. */
  WARNING("警告"),
  /** Worth a look; often legitimate (e.g. a historic name). */
  INFO("提示");

  private final String chineseName;

  Severity(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese word shown to a user. */
  public String chineseName() {
    return chineseName;
  }
}

package org.civgis.geo.topology;

/** How much a finding matters: an error blocks publishing, a warning asks for review. */
public enum Severity {
  ERROR("错误"),
  WARNING("警告"),
  INFO("提示");

  private final String chineseName;

  Severity(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}

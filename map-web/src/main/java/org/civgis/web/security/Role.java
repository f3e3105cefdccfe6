package org.civgis.web.security;

/** The roles of the bureau's users. */
public enum Role {
  ADMIN("系统管理员"),
  NAME_OFFICER("区划地名管理员"),
  INSPECTOR("界线联检人员"),
  PLANNER("规划人员"),
  VIEWER("查看人员");

  private final String chineseName;

  Role(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Officers see drafts and proposals; viewers and anonymous users only published data. */
  public boolean isOfficer() {
    return this != VIEWER;
  }

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}

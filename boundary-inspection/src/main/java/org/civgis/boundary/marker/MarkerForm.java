package org.civgis.boundary.marker;

import java.util.Set;

/** How a marker is set: alone, or as a pair or triple sharing one number. */
public enum MarkerForm {
  /** 单立: one marker; type code empty, or Q for a three-sided marker at a junction. */
  SINGLE("单立", Set.of("", "Q")),
  /** 同号双立: two markers with one number, type codes A and B. */
  DOUBLE("同号双立", Set.of("A", "B")),
  /** 同号三立: three markers with one number, type codes C, D and E. */
  TRIPLE("同号三立", Set.of("C", "D", "E"));

  private final String chineseName;
  private final Set<String> typeCodes;

  MarkerForm(String chineseName, Set<String> typeCodes) {
    this.chineseName = chineseName;
    this.typeCodes = typeCodes;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The type codes a marker of this form may have. */
  public Set<String> typeCodes() {
    return typeCodes;
  }
}

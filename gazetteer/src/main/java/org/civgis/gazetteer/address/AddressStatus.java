package org.civgis.gazetteer.address;

/** Where a version of a standard address stands. Nothing is deleted: old versions stay. */
public enum AddressStatus {
  /** The address in use now. */
  CURRENT("现行"),
  /**
   * Replaced by a newer version of the same address (its road was renamed, or it was renumbered);
   * the newer version supersedes it.
   */
  SUPERSEDED("已变更"),
  /** No longer an address (the building is gone). */
  RETIRED("已注销");

  private final String chineseName;

  AddressStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}

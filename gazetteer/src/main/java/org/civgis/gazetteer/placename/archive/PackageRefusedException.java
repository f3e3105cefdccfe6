package org.civgis.gazetteer.placename.archive;

/** A transfer package that cannot be read back; names the entry (or none) and the reason. */
public class PackageRefusedException extends RuntimeException {
  private final String entry;
  private final String reason;

  /**
   * @param entry the path of the entry in the package, or {@code null} for the package as a whole
   * @param reason why, in Chinese
   */
  public PackageRefusedException(String entry, String reason) {
    super(entry == null ? reason : "文件「" + entry + "」：" + reason);
    this.entry = entry;
    this.reason = reason;
  }

  public String entry() {
    return entry;
  }

  public String reason() {
    return reason;
  }
}

package org.civgis.gazetteer.placename.archive;

import java.util.Arrays;
import java.util.Optional;

/** How long an archived document is kept (保管期限), with its code in the archive number. */
public enum Retention {
  PERMANENT("永久", "Y"),
  YEARS_30("30年", "D30"),
  YEARS_10("10年", "D10");

  private final String chineseName;
  private final String code;

  Retention(String chineseName, String code) {
    this.chineseName = chineseName;
    this.code = code;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The code in the archive number (DA/T 22: Y, D30, D10). */
  public String code() {
    return code;
  }

  public static Optional<Retention> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  public static Optional<Retention> ofChineseName(String name) {
    return Arrays.stream(values()).filter(r -> r.chineseName.equals(name)).findFirst();
  }
}

package org.civgis.gazetteer.placename.archive;

import java.util.Arrays;
import java.util.Optional;

/** The security classification of an archived document (密级). */
public enum Classification {
  PUBLIC("公开"),
  INTERNAL("内部"),
  SECRET("秘密");

  private final String chineseName;

  Classification(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  public static Optional<Classification> ofChineseName(String name) {
    return Arrays.stream(values()).filter(c -> c.chineseName.equals(name)).findFirst();
  }
}

package org.civgis.gazetteer.placename.archive;

import java.util.Arrays;
import java.util.Optional;

/** What an archived document records. */
public enum ArchiveCategory {
  /** A document of the naming procedure: application, evaluation, consultation, approval … */
  PROCEDURE("命名程序文件", Retention.PERMANENT),
  /** The name's survey record (地名普查登记表): what the library holds about it. */
  SURVEY("地名普查登记", Retention.PERMANENT),
  /** The record of the name's signs (地名标志设置记录) and their patrols. */
  SIGN("地名标志记录", Retention.YEARS_30);

  private final String chineseName;
  private final Retention defaultRetention;

  ArchiveCategory(String chineseName, Retention defaultRetention) {
    this.chineseName = chineseName;
    this.defaultRetention = defaultRetention;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The retention a document of this category gets when it is catalogued. */
  public Retention defaultRetention() {
    return defaultRetention;
  }

  public static Optional<ArchiveCategory> ofChineseName(String name) {
    return Arrays.stream(values()).filter(c -> c.chineseName.equals(name)).findFirst();
  }
}

package org.civgis.data.changji;

/** A data file that cannot be loaded: names the file, where in it, and why. */
public final class DataFileException extends RuntimeException {
  private final String file;
  private final String location;
  private final String reason;

  /**
   * @param file the file name relative to the data folder, e.g. {@code changji/townships_2021.csv}
   * @param location e.g. {@code line 12} or {@code feature 3 (呼图壁县)}; {@code null} for the whole
   *     file
   * @param reason what is wrong
   */
  public DataFileException(String file, String location, String reason) {
    super(file + (location == null ? "" : ": " + location) + ": " + reason);
    this.file = file;
    this.location = location;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public String location() {
    return location;
  }

  public String reason() {
    return reason;
  }
}

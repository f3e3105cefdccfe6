package org.civgis.gazetteer.indicator;

/**
 * An area an indicator is given for.
 *
 * @param code its 12-digit division code
 * @param name its name
 * @param level {@code PREFECTURE}, {@code COUNTY} or {@code TOWNSHIP}
 * @param street whether it is an urban street (街道), for the township level
 */
public record IndicatorArea(String code, String name, String level, boolean street) {

  /** The leading digits its sub-areas and facilities share: 4 (prefecture), 6 or 9. */
  public String prefix() {
    return switch (level) {
      case "PREFECTURE" -> code.substring(0, 4);
      case "COUNTY" -> code.substring(0, 6);
      default -> code.substring(0, 9);
    };
  }
}

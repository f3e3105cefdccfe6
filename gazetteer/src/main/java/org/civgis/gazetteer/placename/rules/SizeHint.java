package org.civgis.gazetteer.placename.rules;

/**
 * What is known of the size of a feature, to judge whether a generic such as 城, 广场 or 大道 claims
 * more than the feature is. Every part is optional ({@code null}: unknown).
 *
 * @param areaSquareKm area in km² (compound, square, building complex)
 * @param lengthMetres length in metres (street, bridge)
 * @param heightMetres height in metres (building)
 */
public record SizeHint(Double areaSquareKm, Double lengthMetres, Double heightMetres) {

  public SizeHint {
    check("area", areaSquareKm);
    check("length", lengthMetres);
    check("height", heightMetres);
  }

  /** A hint with only an area in km². */
  public static SizeHint area(double squareKm) {
    return new SizeHint(squareKm, null, null);
  }

  /** A hint with only a length in metres. */
  public static SizeHint length(double metres) {
    return new SizeHint(null, metres, null);
  }

  /** A hint with only a height in metres. */
  public static SizeHint height(double metres) {
    return new SizeHint(null, null, metres);
  }

  private static void check(String what, Double value) {
    if (value != null && !(Double.isFinite(value) && value >= 0)) {
      throw new IllegalArgumentException(what + " must be a finite number >= 0, not " + value);
    }
  }
}

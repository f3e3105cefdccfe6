package org.civgis.gazetteer.address.geocode;

/**
 * The best match of one free-text address in the library.
 *
 * @param input the text as given
 * @param level how far down the library the match reached
 * @param confidence from 0 (nothing) to 1 (every part found as written)
 * @param code the address code of the matched address; for a road its place-name code, for a
 *     division its code; {@code null} for an interpolated number or no match
 * @param text the standard text of what was matched (an interpolated number: the road and the
 *     number as asked)
 * @param county the county-level unit
 * @param township the township or street
 * @param community the community or village
 * @param road the road's current name
 * @param houseNumber the house number (standard text, e.g. 12之1号)
 * @param building the building
 * @param unit the unit
 * @param room the room
 * @param lon longitude of the point (CGCS2000), {@code NaN} when nothing matched
 * @param lat latitude of the point
 * @param note what was assumed, in Chinese (曾用名, 错一字, 插值 …), or empty
 */
public record GeocodeResult(
    String input,
    MatchLevel level,
    double confidence,
    String code,
    String text,
    String county,
    String township,
    String community,
    String road,
    String houseNumber,
    String building,
    String unit,
    String room,
    double lon,
    double lat,
    String note) {

  /** Nothing of the library was recognised. */
  static GeocodeResult none(String input) {
    return none(input, "");
  }

  /** Nothing of the library was recognised, and why. */
  static GeocodeResult none(String input, String note) {
    return new GeocodeResult(
        input,
        MatchLevel.NONE,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Double.NaN,
        Double.NaN,
        note);
  }

  /** This result for another input, with another confidence and note. */
  GeocodeResult with(String otherInput, double otherConfidence, String otherNote) {
    return new GeocodeResult(
        otherInput,
        level,
        otherConfidence,
        code,
        text,
        county,
        township,
        community,
        road,
        houseNumber,
        building,
        unit,
        room,
        lon,
        lat,
        otherNote);
  }
}

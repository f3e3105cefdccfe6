package org.civgis.gazetteer.address.geocode;

import java.util.List;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Division;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Road;

/**
 * What the parser recognised in a free-text address: the parts of the library it names and the
 * numbers after them. Every part may be {@code null}.
 *
 * @param normalized the address in matching form ({@link AddressNormalizer#address})
 * @param prefecture the prefecture-level unit named
 * @param county the county-level unit named
 * @param township the township or street named
 * @param community the community or village named
 * @param roads the roads the text names (several when a name with a wrong character fits more than
 *     one), best first
 * @param roadMatch how the road was recognised
 * @param compound the entrance of the compound (小区) named, or {@code null}
 * @param houseNumber the house number
 * @param building the building, e.g. {@code 3}
 * @param unit the unit, e.g. {@code 2}
 * @param floor the floor, e.g. {@code 3}
 * @param room the room, e.g. {@code 301}
 * @param unparsed characters that were not recognised (noise, names unknown to the library)
 * @param typoSound for a road found with a wrong character: how alike the wrong character sounds to
 *     the road's (1 a homophone, 0.7 a near-homophone, 0 unrelated); {@code NaN} otherwise
 */
public record ParsedAddress(
    String normalized,
    Division prefecture,
    Division county,
    Division township,
    Division community,
    List<Road> roads,
    RoadMatch roadMatch,
    StandardAddress compound,
    HouseNumber houseNumber,
    String building,
    String unit,
    String floor,
    String room,
    String unparsed,
    double typoSound) {

  /** How a road name was found in the text. */
  public enum RoadMatch {
    /** Its current name. */
    NAME,
    /** A former name (before a renaming). */
    FORMER_NAME,
    /** Its name with one character wrong. */
    ONE_CHARACTER_WRONG
  }

  public ParsedAddress {
    roads = roads == null ? List.of() : List.copyOf(roads);
  }
}

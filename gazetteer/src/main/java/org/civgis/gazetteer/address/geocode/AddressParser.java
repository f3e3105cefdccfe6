package org.civgis.gazetteer.address.geocode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.address.geocode.ParsedAddress.RoadMatch;
import org.civgis.gazetteer.address.geocode.RegistryIndex.CompoundToken;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Division;
import org.civgis.gazetteer.address.geocode.RegistryIndex.DivisionToken;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Road;
import org.civgis.gazetteer.address.geocode.RegistryIndex.RoadToken;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Token;
import org.civgis.gazetteer.placename.romanization.CharacterSounds;

/**
 * Splits a free-text address into the parts of the library it names.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The text is normalized ({@link AddressNormalizer#address}: noise, full-width digits,
 *       Chinese numerals), then read from the left: at each position the longest name of the
 *       library that starts there wins, so a road whose name contains a place name (昌吉东路, 北京南路) is
 *       the road and a street named after a road (北京南路街道) is the street. Divisions are taken coarse
 *       to fine; a name of the province (新疆) is skipped; characters that start no name are kept as
 *       unparsed.
 *   <li>After a road or a compound come, each optional and in this order: the house number (12号,
 *       12之1号, 12-1号, 12号附1号), a compound's name, the building (3栋, 3幢, 3号楼, 3座), the unit (2单元),
 *       the floor (3层, 3楼) and the room (301室, 301); or all three as 3-2-301.
 *   <li>When no road's name appears, a name that differs from a road's in one character (not its
 *       last, the generic 路 街 巷) and is followed by a number is taken as that road.
 * </ol>
 */
public final class AddressParser {
  static final Pattern PROVINCE = Pattern.compile("^(新疆维吾尔自治区|新疆自治区|新疆省|新疆)");

  /**
   * A house number with its suffix in any order: 3号, 3之1号, 3-1号, 3附1号, 3号之1, 3号-1, 3号附1(号), 3号附.
   */
  private static final Pattern HOUSE_NUMBER =
      Pattern.compile(
          "^(\\d{1,5})(?:(之|-|附)(\\d{1,3}))?(号(?!楼))?(?:(之|-|附)(\\d{1,3})号?(?![\\d栋幢座单]|号楼))?(附(?!\\d)号?)?");

  private static final Pattern BUILDING_FIRST = Pattern.compile("^\\d{1,3}号楼");
  private static final Pattern BUILDING_UNIT_ROOM =
      Pattern.compile("^(\\d{1,3})-(\\d{1,2})-(\\d{3,4})(?:室|号|户)?");
  private static final Pattern BUILDING = Pattern.compile("^(\\d{1,3})(?:栋|幢|号楼|座|#)");
  private static final Pattern UNIT = Pattern.compile("^(\\d{1,2})单元");
  private static final Pattern UNIT_DASH_ROOM = Pattern.compile("^(\\d{1,2})-(\\d{3,4})(?:室|号|户)?");
  private static final Pattern FLOOR = Pattern.compile("^(\\d{1,2})(?:层|楼)(?=\\d)");
  private static final Pattern ROOM = Pattern.compile("^(\\d{3,4})(?:室|号|户)?");

  private final RegistryIndex index;

  public AddressParser(RegistryIndex index) {
    this.index = index;
  }

  public ParsedAddress parse(String text) {
    String s = AddressNormalizer.address(text);
    Matcher province = PROVINCE.matcher(s);
    int p = province.find() ? province.end() : 0;
    Division prefecture = null;
    Division county = null;
    Division township = null;
    Division community = null;
    List<Road> roads = new ArrayList<>();
    RoadMatch roadMatch = null;
    StandardAddress compound = null;
    boolean[] skipped = new boolean[s.length()];
    boolean[] levelsSeen = new boolean[RegistryIndex.DivisionLevel.values().length];
    int afterName = -1;
    boolean communityNumber = false;
    double[] sound = {Double.NaN};
    while (p < s.length()) {
      Token token = best(index.tokensAt(s, p), county, levelsSeen);
      if (token == null) {
        skipped[p] = true;
        p++;
        continue;
      }
      p += token.key().length();
      if (token instanceof DivisionToken d) {
        Division division = d.division();
        levelsSeen[division.level().ordinal()] = true;
        switch (division.level()) {
          case PREFECTURE -> prefecture = division;
          case COUNTY -> county = division;
          case TOWNSHIP -> township = division;
          case COMMUNITY -> community = division;
        }
        if (division.level() == RegistryIndex.DivisionLevel.COMMUNITY
            && p < s.length()
            && Character.isDigit(s.charAt(p))
            && index.tokensAt(s, p).isEmpty()) {
          // a community and a house number (天池社区16号): the number is the community's
          afterName = p;
          communityNumber = true;
          break;
        }
        continue;
      }
      if (token instanceof RoadToken r) {
        int start = p - r.key().length();
        List<Road> longer = new ArrayList<>();
        int[] fuzzy =
            p < s.length() && !Character.isDigit(s.charAt(p))
                ? oneCharacterWrongAt(s, start, r.key().length(), county, longer, sound)
                : null;
        if (fuzzy != null) {
          roads.addAll(longer);
          roadMatch = RoadMatch.ONE_CHARACTER_WRONG;
          p = fuzzy[1];
        } else {
          roads.add(r.road());
          roadMatch = r.former() ? RoadMatch.FORMER_NAME : RoadMatch.NAME;
        }
      } else if (token instanceof CompoundToken c) {
        compound = c.entrance();
      }
      afterName = p;
      break;
    }
    if (afterName < 0) {
      int[] fuzzy = oneCharacterWrong(s, county, roads, sound);
      if (fuzzy != null) {
        roadMatch = RoadMatch.ONE_CHARACTER_WRONG;
        afterName = fuzzy[1];
        for (int i = fuzzy[0]; i < skipped.length; i++) {
          skipped[i] = false;
        }
      }
    }
    HouseNumber houseNumber = null;
    String building = null;
    String unit = null;
    String floor = null;
    String room = null;
    StringBuilder unparsed = new StringBuilder();
    for (int i = 0; i < skipped.length; i++) {
      if (skipped[i]) {
        unparsed.append(s.charAt(i));
      }
    }
    if (afterName >= 0) {
      p = afterName;
      String rest = s.substring(p);
      Matcher m = HOUSE_NUMBER.matcher(rest);
      if (compound == null
          && m.find()
          && !BUILDING_UNIT_ROOM.matcher(rest).lookingAt()
          && !BUILDING_FIRST.matcher(rest).lookingAt()) {
        int value = Integer.parseInt(m.group(1));
        String suffix = "";
        if (m.group(2) != null) {
          suffix = m.group(2) + Integer.parseInt(m.group(3));
        } else if (m.group(5) != null) {
          suffix = m.group(5) + Integer.parseInt(m.group(6));
        } else if (m.group(7) != null) {
          suffix = "附";
        }
        if (value >= 1) {
          houseNumber = new HouseNumber(value, suffix);
        }
        rest = rest.substring(m.end());
      }
      for (Token t : index.tokensAt(rest, 0)) {
        if (t instanceof CompoundToken c) {
          if (compound == null) {
            compound = c.entrance();
          }
          rest = rest.substring(c.key().length());
          break;
        }
      }
      Matcher bur = BUILDING_UNIT_ROOM.matcher(rest);
      if (bur.lookingAt()) {
        building = bur.group(1);
        unit = bur.group(2);
        room = bur.group(3);
        rest = rest.substring(bur.end());
      } else {
        Matcher b = BUILDING.matcher(rest);
        if (b.lookingAt()) {
          building = strip(b.group(1));
          rest = rest.substring(b.end());
        }
        Matcher ur = UNIT_DASH_ROOM.matcher(rest);
        Matcher u = UNIT.matcher(rest);
        if (building != null && ur.lookingAt()) {
          unit = strip(ur.group(1));
          room = strip(ur.group(2));
          rest = rest.substring(ur.end());
        } else if (u.lookingAt()) {
          unit = strip(u.group(1));
          rest = rest.substring(u.end());
        }
        Matcher f = FLOOR.matcher(rest);
        if (f.lookingAt()) {
          floor = strip(f.group(1));
          rest = rest.substring(f.end());
        }
        Matcher r = ROOM.matcher(rest);
        if (building != null && room == null && r.lookingAt()) {
          room = strip(r.group(1));
          rest = rest.substring(r.end());
        }
      }
      unparsed.append(rest);
    }
    return new ParsedAddress(
        s,
        prefecture,
        county,
        township,
        community,
        roads,
        roadMatch,
        compound,
        houseNumber,
        building,
        unit,
        floor,
        room,
        unparsed.toString(),
        sound[0]);
  }

  private static String strip(String digits) {
    return Integer.toString(Integer.parseInt(digits));
  }

  /** The longest name; among names of one length roads, then compounds, then divisions. */
  private static Token best(List<Token> tokens, Division county, boolean[] levelsSeen) {
    Token best = null;
    for (Token t : tokens) {
      if (best != null && t.key().length() < best.key().length()) {
        break;
      }
      if (t instanceof DivisionToken d && levelsSeen[d.division().level().ordinal()]) {
        continue;
      }
      if (t instanceof RoadToken r
          && county != null
          && r.road().countyCode() != null
          && !r.road().countyCode().equals(county.code())) {
        continue;
      }
      if (best == null || RegistryIndex.PREFERENCE.compare(t, best) < 0) {
        best = t;
      }
    }
    return best;
  }

  /**
   * The roads whose name (current or former) differs in one character, not the last, from the text
   * at some position, followed by a digit or the end; returns {start, end} of the name in {@code s}
   * and adds the roads to {@code roads}, or {@code null}.
   */
  private int[] oneCharacterWrong(String s, Division county, List<Road> roads, double[] sound) {
    for (int p = 0; p < s.length(); p++) {
      int[] found = oneCharacterWrongAt(s, p, 0, county, roads, sound);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The longest road names longer than {@code minLength} that differ from the text at {@code p} in
   * one character (not the last) and are followed by a digit or the end of the text; among those
   * the ones whose wrong character sounds most like theirs ({@link CharacterSounds}). A name of two
   * characters (西街) is taken only when its wrong character sounds alike (栖街). Adds the roads to
   * {@code roads}, puts the sound similarity into {@code sound[0]}, and returns {start, end}, or
   * {@code null}.
   */
  private int[] oneCharacterWrongAt(
      String s, int p, int minLength, Division county, List<Road> roads, double[] sound) {
    int bestEnd = -1;
    double bestSound = -1;
    List<Road> best = new ArrayList<>();
    for (RoadToken r : index.roadNames()) {
      String name = r.key();
      int end = p + name.length();
      if (name.length() < 2
          || name.length() <= minLength
          || end > s.length()
          || end < bestEnd
          || (end < s.length() && !Character.isDigit(s.charAt(end)))
          || s.charAt(end - 1) != name.charAt(name.length() - 1)
          || (county != null
              && r.road().countyCode() != null
              && !r.road().countyCode().equals(county.code()))) {
        continue;
      }
      int wrong = 0;
      double similarity = 0;
      for (int i = 0; i < name.length() - 1 && wrong < 2; i++) {
        if (s.charAt(p + i) != name.charAt(i)) {
          wrong++;
          similarity = CharacterSounds.similarity(s.charAt(p + i), name.charAt(i));
        }
      }
      if (wrong != 1 || (name.length() == 2 && similarity < CharacterSounds.NEAR)) {
        continue;
      }
      if (end > bestEnd || similarity > bestSound) {
        best.clear();
        bestEnd = end;
        bestSound = similarity;
      } else if (similarity < bestSound) {
        continue;
      }
      if (!best.contains(r.road())) {
        best.add(r.road());
      }
    }
    if (bestEnd < 0) {
      return null;
    }
    roads.addAll(best);
    sound[0] = bestSound;
    return new int[] {p, bestEnd};
  }
}
